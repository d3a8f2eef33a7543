using SchoolSupport.Domain.Broadcasts;

namespace SchoolSupport.Bot;

internal static class MailingTexts
{
    public const string AskText =
        "📣 Новая рассылка.\n\nПришлите текст сообщения (до 3500 символов). Он уйдёт получателям ровно в том виде, как вы его напишете.\n\n" +
        "Выйти: /cancel";
    public const string EmptyText = "Пришлите текст сообщения.";
    public const string FileFirstNeedsText = "Сначала пришлите текст сообщения. Файл можно будет приложить следующим шагом (или пришлите файл с подписью — подпись станет текстом).";
    public const string AskFile = "Приложить файл? Пришлите его документом или нажмите «Без файла».";
    public const string NoFile = "Без файла";
    public const string SendFileOrSkip = "Пришлите файл документом или нажмите «Без файла» выше.";
    public const string FileUnreadable = "Не удалось получить файл. Пришлите его ещё раз документом.";
    public const string AskAck =
        "Попросить получателей подтвердить, что они ознакомились (кнопка «✅ Ознакомлен»)? " +
        "Тем, кто не отметит, бот один раз напомнит.";
    public const string NoAck = "Нет, подтверждение не нужно";
    public const string PressButtons = "Выберите вариант кнопкой выше или отправьте /cancel.";
    public const string AckButton = "✅ Ознакомлен";
    public const string SendNow = "📤 Отправить сейчас";
    public const string Schedule = "🕒 Запланировать…";
    public const string TestCopy = "🧪 Пробная копия себе";
    public const string ChangeAudience = "👥 Изменить аудиторию";
    public const string Cancel = "✖️ Отмена";
    public const string Back = "⬅️ Назад";
    public const string Cancelled = "Рассылка отменена, ничего не отправлено.";
    public const string TestCopySent = "🧪 Пробная копия — ниже. Получатели увидят то же самое.";
    public const string PreviewPress = "Это образец: у получателей эта кнопка записывает отметку.";
    public const string NotFound = "Такой рассылки нет.";
    public const string NotForYou = "Эта рассылка адресована не вам.";
    public const string AlreadyAcked = "Вы уже отметили.";
    public const string AckThanks = "Спасибо, отметка сохранена.";
    public const string NobodyLeft = "Сейчас эту рассылку никто не получит: проверьте аудиторию.";
    public const string NoMailings = "Вы ещё не делали рассылок. Новая рассылка: /mailing";
    public const string NewMailing = "📣 Новая рассылка";
    public const string BackToList = "⬅️ К рассылкам";
    public const string Unreadable = "Не понял дату и время. Напишите, например, «27.11 09:30» (день.месяц часы:минуты).";
    public const string PastTime = "Это время уже прошло или наступит меньше чем через 5 минут. Укажите более позднее.";
    public const string TooFar = "Запланировать можно не дальше чем на полгода вперёд.";
    public const string NoSchool = "Без школы (координаторы и др.)";

    public static string TooLong(int length) =>
        $"Текст слишком длинный: {length} символов, а можно не больше {MailingRules.MaxTextLength}. Сократите его и пришлите ещё раз.";

    public static string FileTooBig(long limitBytes) =>
        $"Файл слишком большой: для рассылки — не больше {limitBytes / (1024 * 1024)} МБ. Пришлите файл поменьше или нажмите «Без файла».";

    public static string FollowUpChoice(int days, bool isDefault) =>
        (isDefault ? "✅ Да, напомнить через " : "Да, через ") + Texts.Plural(days, "день", "дня", "дней");

    public static string Acked(string text, string date) => $"{text}\n\n✅ Ознакомлен(а) {date}";

    public static string FollowUp(string sentOn, string text, string? fileName) =>
        $"🔔 Напоминание: пожалуйста, подтвердите, что ознакомились с сообщением от {sentOn}" +
        (fileName is null ? "." : $" (файл «{fileName}» — в исходном сообщении).") + $"\n\n{text}";

    public static string Chosen(string description) => $"👥 Получатели: {description}";

    public static string Preview(string description, string summary, bool ack, int days, string? file) =>
        "⬆️ Так сообщение увидят получатели." +
        (file is null ? "" : $" Файл: {file}.") +
        (ack ? $"\nПолучатели отметят «Ознакомлен»; тем, кто не отметит, через {Texts.Plural(days, "день", "дня", "дней")} придёт напоминание." : "") +
        $"\n\nКому: {description}\n{summary}\n\nОтправить сейчас или запланировать?";

    public static string Started(int recipients) =>
        $"📤 Рассылка запущена: {Texts.Plural(recipients, "получатель", "получателя", "получателей")}. " +
        "Ход отправки и итог пришлю отдельным сообщением. Все рассылки: /mailings";

    public static string Scheduled(string when, string zone, int recipients) =>
        $"🕒 Рассылка запланирована на {when} ({zone}): {Texts.Plural(recipients, "получатель", "получателя", "получателей")}. " +
        "Все рассылки: /mailings";

    public static string AskWhen(string zone, string now, string example) =>
        $"🕒 Когда отправить? Время — ваше местное ({zone}, сейчас {now}).\n\n" +
        $"Нажмите вариант или напишите дату и время, например «{example}».";

    public static string QuickTime(DateTime local, DateTime nowLocal)
    {
        var day = (local.Date - nowLocal.Date).Days switch
        {
            0 => "Сегодня",
            1 => "Завтра",
            _ => local.ToString("ddd dd.MM", Texts.Ru),
        };
        return char.ToUpper(day[0], Texts.Ru) + day[1..] + " " + local.ToString("H:mm", Texts.Ru);
    }

    public static string Title(string text) => $"Рассылка «{Short(text)}»";

    public static string FollowUpTitle(string text) => $"Напоминание о рассылке «{Short(text)}»";

    public static string ListHeader => "📬 Ваши последние рассылки:";

    public static string ListItem(int n, string when, string text, int delivered, int recipients, bool ack, int acked, string? scheduledFor) =>
        $"{n}. {when} «{Short(text)}»\n" +
        (scheduledFor is not null ? $"   🕒 запланирована на {scheduledFor}; получателей: {recipients}" : $"   получили: {delivered} из {recipients}") +
        (ack ? $"; ознакомились: {acked} из {recipients}" : "");

    public static string ReportButton(int n) => $"📊 {n}. По школам";

    public static string ReportHeader(string when, string text, bool ack, int acked, int recipients) =>
        $"📊 Рассылка {when} «{Short(text)}»\n" +
        (ack ? $"Ознакомились {acked} из {recipients}." : $"Получателей: {recipients}.");

    public static string ReportRow(string school, bool ack, int acked, int total) =>
        ack ? $"{school}: ознакомились {acked} из {total}" : $"{school}: получателей {total}";

    public static string Zone(TimeSpan offset) =>
        offset == TimeSpan.Zero ? "UTC" : $"UTC{(offset < TimeSpan.Zero ? "−" : "+")}{offset.Duration():h\\:mm}".Replace(":00", "", StringComparison.Ordinal);

    private static string Short(string text)
    {
        var line = text.ReplaceLineEndings(" ").Trim();
        return line.Length <= 40 ? line : line[..39].TrimEnd() + "…";
    }
}
