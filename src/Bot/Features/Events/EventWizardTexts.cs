using SchoolSupport.Domain.Events;

namespace SchoolSupport.Bot;

/// <summary>The event creation wizard.</summary>
internal static class EventWizardTexts
{
    public const string NotAllowed = "Мероприятия создают координаторы и школьные команды. Ваши приглашения на мероприятия: /myevents";
    public const string ChooseKind = "📅 Новое мероприятие. Какой формат?";
    public const string AskDescription = "Коротко опишите мероприятие: тема, для кого, что подготовить. Если описание не нужно, отправьте «-».";
    public const string AskDuration = "Сколько продлится? Например: 90 (минут), 1:30 или 1,5 ч.";
    public const string AskLink = "Ссылка для подключения (начинается с http:// или https://). Если мероприятие очное, отправьте «-».";
    public const string AskMaterials = "Материалы к мероприятию: пришлите файл (до 5 МБ) — он придёт вместе с анонсом. Или нажмите «Без материалов».";
    public const string NoMaterials = "Без материалов";
    public const string SendFileOrSkip = "Пришлите файл с материалами или нажмите «Без материалов».";
    public const string UseButtons = "Выберите вариант кнопкой выше или отправьте /cancel, чтобы выйти.";
    public const string TestCopy = "🧪 Тестовая копия мне";
    public const string SendNow = "🚀 Отправить сейчас";
    public const string SendLater = "🕒 Отправить позже";
    public const string ChangeAudience = "👥 Изменить аудиторию";
    public const string TestSent = "Тестовая копия отправлена вам ниже.";
    public const string StartPassed = "Время начала уже прошло. Создайте мероприятие заново: /newevent";
    public const string AnnounceBeforeStart = "Анонс должен уйти раньше начала мероприятия. Укажите более раннее время.";
    public const string Open = "📋 Открыть мероприятие";

    public static string AskTitle(EventKind kind) => $"{EventTexts.KindTitle(kind)}. Как он называется? Напишите название одним сообщением.";

    public static string AskStart(string zone) => $"Когда начало? Дата и время по вашему времени ({zone}), например: 28.11 15:00";

    public static string AskSendAt(string zone) => $"Когда отправить анонс? Дата и время по вашему времени ({zone}), например: 27.11 09:00";

    public static string FileTooBig(long maxBytes) => $"Файл слишком большой: материалы — до {maxBytes / (1024 * 1024)} МБ. Пришлите файл поменьше или нажмите «Без материалов».";

    public static string FileAttached(string name) => $"📎 Файл «{name}» прикреплён.";

    public static string Preview(string announcement, string audience, string summary) =>
        $"👀 Предпросмотр. Так анонс увидят получатели (время у каждого — в часовом поясе его муниципалитета):\n\n" +
        $"────────\n{announcement}\n────────\n\n👥 {audience}\n{summary}\n\nОтправить?";

    public static string Sent(int recipients) =>
        $"🚀 Анонс отправляется: {Texts.Plural(recipients, "получатель", "получателя", "получателей")}. Ответы, посещаемость и выгрузка — в /events.";

    public static string Scheduled(string date) => $"🕒 Анонс будет отправлен {date}. Изменить или отменить — в /events.";

    /// <summary>«UTC+5, Екатеринбург»-style hint of the zone a typed time is read in.</summary>
    public static string Zone(TimeZoneInfo zone, DateTime utc)
    {
        var offset = zone.GetUtcOffset(utc);
        var sign = offset < TimeSpan.Zero ? "−" : "+";
        return $"UTC{sign}{Math.Abs(offset.Hours)}{(offset.Minutes != 0 ? $":{Math.Abs(offset.Minutes):00}" : "")}";
    }
}
