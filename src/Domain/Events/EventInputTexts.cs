namespace SchoolSupport.Domain.Events;

/// <summary>What the event wizard answers to input it cannot take.</summary>
public static class EventInputTexts
{
    public const string DateFormat = "Не понял дату и время. Напишите так: 28.11 15:00 или 28.11.2026 15:00.";
    public const string NoSuchTime = "Время должно быть от 00:00 до 23:59. Например: 28.11 15:00.";
    public const string InPast = "Это время уже прошло. Укажите дату и время в будущем.";
    public const string TooFar = "Слишком далеко: укажите дату в пределах двух лет.";
    public const string ClockChange = "В этом часовом поясе такого времени нет (перевод часов). Укажите другое время.";
    public const string DurationFormat = "Не понял длительность. Напишите минуты (90), часы и минуты (1:30) или часы (1,5 ч).";
    public const string DurationRange = "Длительность — от 5 минут до 24 часов.";
    public const string LinkScheme = "Ссылка должна начинаться с http:// или https://, например https://example.org/webinar.";
    public const string LinkFormat = "Это не похоже на ссылку. Пришлите адрес целиком, например https://example.org/webinar.";
    public const string LinkOrDash = " Если ссылки нет (очное мероприятие), отправьте «-».";
    public const string TitleLength = "Название — от 3 до 150 символов.";
    public const string DescriptionLength = "Описание — не длиннее 2000 символов.";
    public const string FeedbackEmpty = "Отзыв пустой. Напишите пару слов или нажмите «Пропустить».";
    public const string FeedbackLength = "Отзыв — не длиннее 1000 символов.";

    public static string NoSuchDate(int day, int month) => $"Такой даты нет: {day:00}.{month:00}. Проверьте число и месяц.";
}
