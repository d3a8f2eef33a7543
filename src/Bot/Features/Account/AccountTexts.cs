using SchoolSupport.Domain.Participants;

namespace SchoolSupport.Bot;

internal static class AccountTexts
{
    public const string HelpGuest =
        "Это бот программы поддержки школ (ШНОР, ШНСУ, проект «500+»): анкеты, мероприятия, документы дорожной карты и статус школы.\n\n" +
        "Чтобы начать, откройте ссылку-приглашение от координатора, куратора или школы, или пришлите код приглашения.\n\n" +
        "/start — начать по приглашению\n/cancel — отменить текущее действие\n/forget — удалить мои данные";

    public static string Help(Participant p)
    {
        var lines = new List<string> { "Что я умею:", "" };
        if (p.Has(Role.Coordinator))
        {
            lines.Add("Координатор:");
            lines.Add("/schools — школы: список, добавление по одной и загрузка списком из CSV-файла (просто пришлите файл .csv)");
            lines.Add("/invite — пригласить куратора, школьную команду, учителей, родителей и обучающихся (ссылка и QR-код)");
            lines.Add("/invites — мои приглашения: сколько раз использованы, отзыв");
            lines.Add("");
        }
        if (p.Has(Role.Curator))
        {
            lines.Add("Куратор:");
            lines.Add("/schools — мои школы");
            lines.Add("");
        }
        if (p.Has(Role.SchoolTeam))
        {
            lines.Add("Школьная команда:");
            lines.Add("/schools — моя школа");
            lines.Add("/invite — пригласить учителей, родителей и обучающихся своей школы");
            lines.Add("/invites — мои приглашения");
            lines.Add("");
        }
        if (p.Has(Role.Teacher)) { lines.Add("Учитель: здесь будут анкеты и мероприятия для вас."); lines.Add(""); }
        if (p.Has(Role.Parent))
        {
            lines.Add("Родитель:");
            lines.Add("/child — подключить ребёнка (6 или 9 класс) с вашим согласием");
            lines.Add("");
        }
        if (p.Has(Role.Student)) { lines.Add("Здесь будут короткие анонимные анкеты и объявления для учеников."); lines.Add(""); }
        lines.Add("Всегда доступно:");
        lines.Add("/menu — главное меню");
        lines.Add("/me — мой профиль, роли и согласия");
        lines.Add("/cancel — отменить текущее действие (введённое сохраняется)");
        lines.Add("/forget — удалить мои персональные данные");
        return string.Join('\n', lines);
    }

    public const string ForgetAsk =
        "Удалить ваши персональные данные? Я забуду ваше имя, роли, согласия и переписку со мной. " +
        "Анонимные ответы на анкеты останутся, но связать их с вами будет нельзя.\n\nЭто действие нельзя отменить.";
    public const string ForgetYes = "🗑 Да, удалить мои данные";
    public const string ForgetNo = "Нет, оставить";
    public const string Forgotten = "Ваши данные удалены. Если захотите вернуться, понадобится новое приглашение.";
    public const string ForgetKept = "Хорошо, ничего не удаляю.";
    public const string NothingStored = "О вас ничего не хранится, кроме этой переписки. Удалил и её.";
}
