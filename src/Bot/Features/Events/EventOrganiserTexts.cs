using SchoolSupport.Domain.Events;

namespace SchoolSupport.Bot;

/// <summary>The organiser's view (/events) and the participant's list (/myevents).</summary>
internal static class EventOrganiserTexts
{
    public const string Header = "📅 Ваши мероприятия. Откройте, чтобы увидеть ответы, посещаемость и отзывы.";
    public const string NoneOrganised = "Вы ещё не создавали мероприятий.";
    public const string New = "➕ Новое мероприятие";
    public const string Mine = "🗓 Мои приглашения";
    public const string Organised = "📋 Организую";
    public const string MyHeader = "🗓 Ваши ближайшие мероприятия:";
    public const string NoUpcoming = "🗓 Ближайших мероприятий, на которые вас пригласили, нет.";
    public const string ChangeTime = "🕒 Изменить время";
    public const string ChangeLink = "🔗 Изменить ссылку";
    public const string Cancel = "✖️ Отменить мероприятие";
    public const string Recording = "🎥 Разослать запись";
    public const string Export = "📥 Участники (XLSX)";
    public const string ToList = "⬅️ К списку";
    public const string ConfirmCancel = "✖️ Да, отменить";
    public const string KeepIt = "Нет, оставить";
    public const string CannotChange = "Мероприятие уже прошло или отменено: изменить его нельзя.";
    public const string NotAnnounced = "Анонс ещё не отправлен: рассылать запись некому.";
    public const string AskLink = "Новая ссылка для подключения (http:// или https://). Если мероприятие очное, отправьте «-».";
    public const string AskRecording = "Пришлите ссылку на запись (http:// или https://) — её получат все, кому ушёл анонс.";
    public const string StartBeforeAnnouncement = "Новое время начала должно быть позже запланированной отправки анонса.";
    public const string UseMenu = "Это действие уже не действует. Откройте мероприятие заново: /events";

    public static string ButtonLabel(Event e, DateTime localStart)
    {
        var label = $"{localStart:dd.MM HH:mm} · {EventTexts.KindTitle(e.Kind)} «{e.Title}»";
        return label.Length <= 60 ? label : label[..59] + "…";
    }

    public static string MyLine(string date, Event e, string answer) => $"• {date} — {EventTexts.Named(e)}\n  Ваш ответ: {answer}";

    public static string Status(Event e, Func<DateTime, string> date) => e.Status switch
    {
        EventStatus.Scheduled => $"анонс запланирован на {date(e.AnnounceAtUtc)}",
        EventStatus.Announced => $"анонс отправлен {date(e.AnnouncedAtUtc ?? e.AnnounceAtUtc)}",
        EventStatus.Cancelled => "отменено",
        _ => "анонс не был отправлен (мероприятие началось раньше)",
    };

    public static string Card(Event e, string start, string status, string audience, IReadOnlyList<Participation> people)
    {
        var lines = new List<string>
        {
            EventTexts.Headline(e),
            $"🕒 {start} (ваше время), {EventTexts.Duration(e.DurationMinutes)}",
            $"🔗 {e.Link ?? EventTexts.InPerson}",
            $"👥 {audience}",
            $"Статус: {status}",
        };
        if (e.RecordingLink is { } rec) lines.Add($"🎥 Запись: {rec}");
        if (e.Status != EventStatus.Scheduled)
        {
            lines.Add("");
            lines.Add($"Получили анонс: {people.Count}");
            lines.Add($"✅ Буду: {people.Count(p => p.Rsvp == Rsvp.Going)} · ❌ Не смогу: {people.Count(p => p.Rsvp == Rsvp.NotGoing)} · без ответа: {people.Count(p => p.Rsvp == Rsvp.None)}");
            lines.Add($"Были: {people.Count(p => p.Attended == true)} · не были: {people.Count(p => p.Attended == false)}");
            var feedback = people.Where(p => p.Feedback is not null).OrderBy(p => p.FeedbackAtUtc).Select(p => p.Feedback!).ToList();
            lines.Add($"Отзывы: {feedback.Count}");
            lines.AddRange(feedback.Take(10).Select(f => $"— «{(f.Length <= 200 ? f : f[..199] + "…")}»"));
            if (feedback.Count > 10) lines.Add($"…и ещё {feedback.Count - 10} — в выгрузке.");
        }
        return string.Join('\n', lines);
    }

    public static string AskNewTime(string zone) => $"Новое время начала по вашему времени ({zone}), например: 28.11 15:00";

    public static string AskCancel(Event e, int recipients) =>
        $"Отменить {EventTexts.Named(e)}?" + (recipients > 0 ? $" Уведомление об отмене получат {Texts.Plural(recipients, "участник", "участника", "участников")}." : "");

    public static string Notified(string what, int recipients) =>
        $"{what} " + (recipients > 0 ? $"Уведомление получат {Texts.Plural(recipients, "участник", "участника", "участников")}." : "Анонс ещё не отправлялся: он уйдёт уже с новыми данными.");

    public const string TimeChanged = "🕒 Время изменено, напоминания перенесены.";
    public const string LinkChanged = "🔗 Ссылка изменена.";
    public const string CancelledDone = "✖️ Мероприятие отменено.";

    public static string RecordingSent(int recipients) => $"🎥 Запись отправляется: {Texts.Plural(recipients, "получатель", "получателя", "получателей")}.";

    public static string ExportCaption(Event e, int rows) => $"📥 Участники: {EventTexts.Named(e)} — {Texts.Plural(rows, "строка", "строки", "строк")}.";

    public static string Missed(Event e) =>
        $"⚠️ Анонс «{e.Title}» не был отправлен: мероприятие уже началось (бот был недоступен в назначенное время).";
}
