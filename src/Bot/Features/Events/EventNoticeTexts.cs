using SchoolSupport.Domain.Events;

namespace SchoolSupport.Bot;

/// <summary>Reminders, change notices and the after-event messages.</summary>
internal static class EventNoticeTexts
{
    public const string AskFeedback = "Спасибо! Что было самым полезным? Напишите пару слов одним сообщением — или нажмите «Пропустить».";
    public const string NotAttended = "Спасибо, записал. Запись и материалы пришлю, если организатор ими поделится.";
    public const string FeedbackThanks = "Спасибо за отзыв! Организатор его увидит.";
    public const string FeedbackSkipped = "Хорошо, без отзыва. Спасибо!";

    public static string Reminder(Event e, string when) =>
        $"⏰ Напоминание: {EventTexts.Named(e)} — {when} ({EventTexts.LocalTime}).\n🔗 {e.Link ?? EventTexts.InPerson}";

    public static string TimeChanged(Event e, string date) =>
        $"🕒 Изменилось время: {EventTexts.Named(e)} теперь {date} ({EventTexts.LocalTime}), {EventTexts.Duration(e.DurationMinutes)}.\n" +
        $"🔗 {e.Link ?? EventTexts.InPerson}\n\nПридёте в новое время? Ответьте кнопкой. Обновлённый файл для календаря — ниже.";

    public static string LinkChanged(Event e, string date) =>
        $"🔗 Новая ссылка: {EventTexts.Named(e)}, {date} ({EventTexts.LocalTime}).\n{e.Link ?? EventTexts.InPerson}\n\nОбновлённый файл для календаря — ниже.";

    public static string Cancelled(Event e, string date) =>
        $"✖️ Отменено: {EventTexts.Named(e)}, {date} ({EventTexts.LocalTime}).\nФайл ниже уберёт мероприятие из календаря.";

    public static string Recording(Event e, string link) => $"🎥 Запись: {EventTexts.Named(e)}.\n{link}";

    public static string AskAttended(Event e, string date) => $"Были на мероприятии? {EventTexts.Named(e)}, {date}.";

    // Button answers (toasts and alerts).
    public const string NotForYou = "Это приглашение адресовано не вам.";
    public const string Unknown = "Такого мероприятия нет.";
    public const string WasCancelled = "Это мероприятие отменено: отвечать на приглашение больше не нужно.";
    public const string IsOver = "Это мероприятие уже прошло.";
    public const string NotOverYet = "Мероприятие ещё не закончилось: отметить посещение можно после него.";
    public const string SavedGoing = "Записал: буду. Напомню перед началом.";
    public const string SavedNotGoing = "Записал: не смогу. Напоминаний не будет.";
}
