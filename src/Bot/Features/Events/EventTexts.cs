using Humanizer;
using SchoolSupport.Domain.Events;

namespace SchoolSupport.Bot;

/// <summary>What recipients of an event see: the announcement, reminders, change notices, the attendance question.</summary>
internal static class EventTexts
{
    public const string Going = "✅ Буду";
    public const string NotGoing = "❌ Не смогу";
    public const string Join = "🔗 Подключиться";
    public const string AttendedYes = "✅ Да, был(а)";
    public const string AttendedNo = "Нет";
    public const string SkipFeedback = "Пропустить";
    public const string CalendarCaption = "📆 Добавьте мероприятие в календарь: откройте этот файл.";
    public const string AskRsvp = "Придёте? Ответьте кнопкой — перед началом я напомню.";
    public const string InPerson = "очно, без ссылки";
    public const string LocalTime = "по вашему времени";
    public const string TestCopyHeader = "🧪 Тестовая копия — так анонс увидят получатели:\n\n";
    public const string TestCopyButton = "Это тестовая копия: кнопки работают у получателей.";

    public static string KindName(EventKind kind) => kind switch
    {
        EventKind.Webinar => "вебинар",
        EventKind.Seminar => "семинар",
        EventKind.Marathon => "марафон",
        EventKind.RoundTable => "круглый стол",
        EventKind.Meeting => "совещание",
        EventKind.Conference => "конференция",
        _ => "мероприятие",
    };

    public static string KindTitle(EventKind kind) => char.ToUpper(KindName(kind)[0], Texts.Ru) + KindName(kind)[1..];

    public static string Named(Event e) => $"{KindName(e.Kind)} «{e.Title}»";

    public static string Headline(Event e) => $"📅 {KindTitle(e.Kind)} «{e.Title}»";

    /// <summary>«28 ноября (пт) в 15:00»; the year is added when it is not the current one.</summary>
    public static string Date(DateTime local, DateTime localNow) =>
        local.ToString(local.Year == localNow.Year ? "d MMMM (ddd) в HH:mm" : "d MMMM yyyy (ddd) в HH:mm", Texts.Ru);

    /// <summary>«1 час 30 минут»</summary>
    public static string Duration(int minutes) =>
        TimeSpan.FromMinutes(minutes).Humanize(2, Texts.Ru, maxUnit: Humanizer.TimeUnit.Hour, minUnit: Humanizer.TimeUnit.Minute, collectionSeparator: " ");

    /// <summary>«через 2 часа (в 15:00)», «сегодня в 15:00», «завтра в 15:00», «28 ноября в 15:00».</summary>
    public static string When(RelativeWhen when, DateTime nowUtc) => when.Kind switch
    {
        WhenKind.Started => $"уже началось (в {when.Local:HH:mm})",
        WhenKind.Soon => $"{(nowUtc + when.Until).Humanize(utcDate: true, dateToCompareAgainst: nowUtc, culture: Texts.Ru)} (в {when.Local:HH:mm})",
        WhenKind.Today => $"сегодня в {when.Local:HH:mm}",
        WhenKind.Tomorrow => $"завтра в {when.Local:HH:mm}",
        _ => when.Local.ToString("d MMMM в HH:mm", Texts.Ru),
    };

    public static string Announcement(Event e, string date, string organiser, string? answer)
    {
        var lines = new List<string> { Headline(e), "" };
        if (e.Description.Length > 0) lines.AddRange([e.Description, ""]);
        lines.Add($"🕒 {date} ({LocalTime}), {Duration(e.DurationMinutes)}");
        lines.Add($"🔗 {e.Link ?? InPerson}");
        if (e.Materials is not null) lines.Add("📎 Материалы — в файле ниже.");
        lines.Add($"Организатор: {organiser}");
        lines.Add("");
        lines.Add(answer is null ? AskRsvp : $"Ваш ответ: {answer}. Передумали — нажмите другую кнопку.");
        return string.Join('\n', lines);
    }

    public static string Answer(Rsvp rsvp) => rsvp switch
    {
        Rsvp.Going => Going,
        Rsvp.NotGoing => NotGoing,
        _ => "нет ответа",
    };

    public static string OrganiserName(string? name) => name ?? "школьная команда";

    public static string MaterialsCaption(Event e) => $"📎 Материалы: {Named(e)}";

    public static string CalendarDescription(Event e) =>
        string.Join("\n\n", new[] { e.Description, e.Link is { } link ? $"Подключиться: {link}" : "" }.Where(s => s.Length > 0));
}
