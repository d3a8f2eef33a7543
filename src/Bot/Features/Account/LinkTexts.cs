namespace SchoolSupport.Bot.Features.Account;

internal static class LinkTexts
{
    /// <param name="links">For each other messenger: its name and the link that opens the bot there with the code.</param>
    public static string Code(string code, IReadOnlyList<(string Title, string Link)> links, string until) =>
        $"🔗 Код для подключения другого мессенджера: {code}\n\n" +
        string.Concat(links.Select(l => $"Откройте бота в {l.Title} по ссылке:\n{l.Link}\n")) +
        $"или отправьте боту там:\n/link {code}\n\n" +
        $"Код одноразовый и действует до {until}. Роли, согласия, начатые анкеты и история останутся общими, " +
        "а рассылки будут приходить в один мессенджер — его можно выбрать в профиле (/me).";

    public const string OnlyOneMessenger =
        "Сейчас бот работает только в одном мессенджере, подключать второй пока некуда.";

    public const string HowToEnter = "Чтобы подключить этот мессенджер к своему профилю, получите код командой /link в мессенджере, где вы уже подключены, и отправьте здесь: /link КОД";

    public const string BadCode = "Код не подошёл: проверьте его или получите новый командой /link в другом мессенджере. Код действует 15 минут.";

    public const string SameMessenger = "Этот код нужно отправить боту в другом мессенджере — не в том, где вы его получили.";

    public static string AlreadyLinked(string title) => $"К вашему профилю уже подключён аккаунт {title}.";

    public const string SeparateParticipant =
        "Этот аккаунт уже подключён к боту как отдельный участник, поэтому объединить профили нельзя. " +
        "Если он больше не нужен, удалите его данные командой /forget и отправьте код ещё раз.";

    public static string Linked(string title) => $"Готово! Аккаунт {title} подключён к вашему профилю: здесь доступно всё то же самое.";

    public static string LinkedElsewhere(string title) => $"К вашему профилю подключён аккаунт {title}. Если это были не вы, нажмите кнопку: аккаунт будет отключён, а его доступ закрыт.";

    public const string NotMe = "🚫 Это не я — отключить";

    public static string Unlinked(string title) => $"Аккаунт {title} отключён от вашего профиля: у него больше нет ваших ролей и данных. Чтобы подключить мессенджер снова, отправьте /link.";

    public static string Preferred(string title) => $"Рассылки и напоминания приходят в {title}.";

    public static string PreferButton(string title) => $"📌 Получать рассылки в {title}";

    public static string PreferredSet(string title) => $"Готово: рассылки и напоминания будут приходить в {title}. Если там бот окажется заблокирован, сообщение придёт в другой подключённый мессенджер.";
}
