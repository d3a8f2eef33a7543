using SchoolSupport.Domain.Reviews;

namespace SchoolSupport.Bot;

/// <summary>Russian texts of document reviews: states, refusals, cards, history, decisions.</summary>
internal static class ReviewTexts
{
    public const string Accept = "✅ Принять";
    public const string AcceptWithComment = "💬 Принять с комментарием";
    public const string Return = "↩️ Вернуть на доработку";
    public const string History = "📜 История";
    public const string OpenList = "📝 Документы на проверке";
    public const string NewVersion = "📤 Отправить новую версию";
    public const string Someone = "участник";
    public const string NotFound = "Такого документа нет.";
    public const string OnlyReviewers = "Проверка документов — для кураторов и координаторов.";
    public const string NothingWaiting = "Документов на проверке нет. Когда школа пришлёт документ, я сразу сообщу.";
    public const string AskReturnComment =
        "Напишите одним сообщением, что нужно доработать (от 3 до 1000 символов). Школа получит ваш комментарий.\n/cancel — не возвращать.";
    public const string AskAcceptComment = "Напишите комментарий к принятию одним сообщением (до 1000 символов).\n/cancel — отмена.";
    public const string WaitingForComment = "Жду комментарий текстом. /cancel — отмена.";

    public static string StateName(ReviewState s) => s switch
    {
        ReviewState.NotSubmitted => "не отправлен",
        ReviewState.Submitted => "на проверке",
        ReviewState.Resubmitted => "на проверке (новая версия)",
        ReviewState.Returned => "на доработке",
        ReviewState.Accepted => "принят",
        _ => s.ToString(),
    };

    public static string StateIcon(ReviewState s) => s switch
    {
        ReviewState.Accepted => "✅",
        ReviewState.Submitted or ReviewState.Resubmitted => "⏳",
        ReviewState.Returned => "↩️",
        _ => "▫️",
    };

    public static string Reason(ReviewRefusal r) => r switch
    {
        ReviewRefusal.NotSubmittedYet => "Документ ещё не отправлен — решать пока не о чем.",
        ReviewRefusal.AlreadyOnReview => "Документ уже на проверке. Новую версию можно отправить, если куратор вернёт его на доработку.",
        ReviewRefusal.AlreadyAccepted => "Документ уже принят.",
        ReviewRefusal.AlreadyReturned => "Документ уже возвращён на доработку: решение по нему можно принять, когда школа пришлёт новую версию.",
        ReviewRefusal.AlreadySubmitted => "Документ уже отправлен: пришлите его новую версию.",
        ReviewRefusal.CommentRequired => "Чтобы вернуть документ на доработку, напишите комментарий: что нужно исправить.",
        ReviewRefusal.CommentTooShort => "Комментарий слишком короткий: нужно от 3 до 1000 символов.",
        ReviewRefusal.CommentTooLong => "Комментарий слишком длинный: не больше 1000 символов.",
        ReviewRefusal.StaleVersion => "Эта кнопка относится к старой версии документа. Актуальная версия — в списке /reviews.",
        ReviewRefusal.NotReviewer => "Этот документ проверяет куратор школы или координатор муниципалитета: у вас нет прав решать по нему.",
        ReviewRefusal.HandedOver => "Проверка документов этой школы передана другому куратору.",
        ReviewRefusal.OwnSubmission => "Нельзя проверять документ, который вы отправили сами.",
        ReviewRefusal.NotResponsible => "Документы этого этапа отправляет другой участник программы.",
        ReviewRefusal.NotVisible => "У вас нет доступа к этому документу.",
        _ => r.ToString(),
    };

    /// <summary>A refusal with the decision already taken: «Документ уже принят: Иванова А. П., 1 декабря 2026, 10:00.»</summary>
    public static string AlreadyDecided(ReviewRefusal r, string who, string when) => $"{Reason(r)}\nРешение: {who}, {when}.";

    public static string Card(string school, string roadmap, string stage, string due, string document, int version, string when, string who, string? comment, bool fileKept, string size) =>
        $"📄 Документ на проверку\nШкола: {school}\nДорожная карта: {roadmap}\nЭтап: {stage} (до {due})\nДокумент: {document}\n" +
        $"Версия {version} от {when}, отправил(а) {who}" + (comment is null ? "" : $"\nКомментарий школы: {comment}") +
        (fileKept ? $"\n\n📎 Файл ({size}) слишком большой для пересылки в чате; он сохранён в хранилище бота." : "");

    public static string Accepted(string document, string school) => $"✅ Документ «{document}» ({school}) принят. Школа получила уведомление.";

    public static string Returned(string document, string school) => $"↩️ Документ «{document}» ({school}) возвращён на доработку. Школа получила ваш комментарий.";

    public static string TeamAccepted(string document, string stage, string school, string who, string? comment) =>
        $"✅ Документ «{document}» принят.\nШкола: {school}\nЭтап: {stage}\nПроверил(а): {who}" + (comment is null ? "" : $"\nКомментарий: {comment}");

    public static string TeamReturned(string document, string stage, string school, string who, string comment) =>
        $"↩️ Документ «{document}» возвращён на доработку.\nШкола: {school}\nЭтап: {stage}\nПроверил(а): {who}\nКомментарий: {comment}\n\n" +
        "Исправьте документ и отправьте новую версию кнопкой ниже или командой /submit.";

    public static string StageComplete(string stage, string school) => $"🎉 Этап «{stage}» ({school}) завершён: все документы приняты.";

    public static string WaitingList(int count) => $"📝 На проверке: {Texts.Plural(count, "документ", "документа", "документов")}. Сначала самые давние.";

    public static string WaitingLine(int n, string school, string document, int version, string age) => $"{n}. {school} — {document}, версия {version}, ждёт {age}";

    public static string HistoryHeader(string document, string stage, string school, string state) =>
        $"📜 История документа «{document}»\nШкола: {school}\nЭтап: {stage}\nСейчас: {state}\n";

    public static string HistoryLine(ReviewEventKind kind, string when, string who, int version, string? comment, string? reviewer, string? file) =>
        $"• {when} — {EventName(kind, version, reviewer)}: {who}" + (file is null ? "" : $", файл «{file}»") + (comment is null ? "" : $"\n  Комментарий: «{comment}»");

    private static string EventName(ReviewEventKind kind, int version, string? reviewer) => kind switch
    {
        ReviewEventKind.Submitted => $"отправлена версия {version}",
        ReviewEventKind.Resubmitted => $"отправлена новая версия {version}",
        ReviewEventKind.Accepted => $"версия {version} принята",
        ReviewEventKind.Returned => $"версия {version} возвращена на доработку",
        ReviewEventKind.HandedOver => $"проверка передана: теперь проверяет {reviewer}; передал(а)",
        _ => kind.ToString(),
    };

    public static string Size(long bytes) => bytes switch
    {
        < 1024 => $"{bytes} Б",
        < 1024 * 1024 => (bytes / 1024.0).ToString("0.#", Texts.Ru) + " КБ",
        _ => (bytes / (1024.0 * 1024)).ToString("0.#", Texts.Ru) + " МБ",
    };
}
