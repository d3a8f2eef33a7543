namespace SchoolSupport.Bot.Channels.Console;

internal static class ConsoleTexts
{
    public static string Banner(string who) =>
        "━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━\n" +
        " Бот программы поддержки школ — локальный режим (без Telegram)\n" +
        "━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━\n" +
        $" Вы — {who}. Начните с /start.\n" +
        " Пишите как в чате: команды (/help, /menu), текст, номер кнопки.\n" +
        " Команды консоли:\n" +
        "   /as Имя        — действовать от имени другого участника\n" +
        "   /who           — список участников консоли\n" +
        "   /file путь [подпись] — отправить файл (например, CSV со школами)\n" +
        "   /quit          — выйти\n";

    public static string NowYouAre(string name, long id) => $"👤 Теперь вы — {name} (участник №{id}). Отправьте /start или откройте приглашение: /start КОД";

    public static string Personas(IEnumerable<(string Name, bool Current)> all) =>
        "Участники консоли:\n" + string.Join('\n', all.Select(p => $"  {(p.Current ? "→" : " ")} {p.Name}"));

    public static string NoSuchButton(int number) => $"Нет кнопки с номером {number} в последнем сообщении.";

    public static string Link(string url) => $"Ссылка: {url}";

    public static string NoFile(string path) => $"Файл не найден: {path}";
}
