namespace SchoolSupport.Bot;

/// <summary>Russian texts of /submit: choosing the stage and document, sending the file, the comment.</summary>
internal static class SubmitTexts
{
    public const string AcceptedTypes = "pdf, doc, docx, xls, xlsx, odt, jpg, png";
    public const string ChooseRoadmap = "📤 Отправка документа. Выберите дорожную карту:";
    public const string BackToStages = "⬅️ К этапам";
    public const string NoComment = "📤 Отправить без комментария";
    public const string NoRoadmap = "Вашей школе ещё не назначена дорожная карта: её назначает координатор. Когда это случится, я сообщу.";
    public const string NothingToSubmit =
        "Вам нечего отправлять: документы дорожной карты отправляет школьная команда, экспертные листы — кураторы.";
    public const string SendFileNotText = "Жду файл документа: пришлите его одним сообщением (как файл, не текстом) или отправьте /cancel.";
    public const string UseButtons = "Выберите вариант кнопкой выше или отправьте /cancel.";
    public const string FileLost = "Файл не найден в хранилище — пришлите его ещё раз.";
    public const string AwaitsRisks =
        "Риски школы ещё не активированы: пока отправьте одну общую программу; после активации рисков документ нужен по каждому риску.";
    public const string ChooseDocument = "Выберите документ:";

    public static string StagesHeader(string school, string roadmap, int year) =>
        $"📤 Отправка документа\nШкола: {school}\n{roadmap}, {year} год\n\nВыберите этап:";

    public static string RoadmapButton(string school, string roadmap, int year) => $"{school} — {roadmap}, {year}";

    public static string StageButton(string icon, string title, string due, int accepted, int total) => $"{icon} {title} — до {due} ({accepted}/{total})";

    public static string StageHeader(string stage, string due, string? result) =>
        $"Этап «{stage}», срок — до {due}." + (result is null ? "" : $"\nРезультат: {result}.");

    public static string SlotLine(string icon, string title, string state, string? note) =>
        $"{icon} {title} — {state}" + (note is null ? "" : $" ({note})");

    public static string SlotButton(string icon, string title) => $"{icon} {title}";

    public static string SendFile(string document, int version, string limit) =>
        $"Пришлите файл документа «{document}»" + (version > 1 ? $" (версия {version})" : "") + " одним сообщением.\n" +
        $"Принимаются: {AcceptedTypes}; размер до {limit}.\n" +
        "Комментарий для куратора можно написать в подписи к файлу или следующим сообщением.\n/cancel — отмена.";

    public static string WrongType(string name, string limit) =>
        $"Файл «{name}» не принят: такой тип файла не подходит.\nПринимаются: {AcceptedTypes} (до {limit}). Пришлите документ в одном из этих форматов.";

    public static string TooBig(string name, string limit) =>
        $"Файл «{name}» не принят: он больше {limit}.\nПринимаются: {AcceptedTypes} (до {limit}). Сожмите или разделите файл и пришлите снова.";

    public static string EmptyFile(string name) => $"Файл «{name}» пустой. Пришлите документ ещё раз.";

    public static string AskComment(string name) =>
        $"Файл «{name}» получен. Напишите комментарий для куратора одним сообщением или нажмите «Отправить без комментария».";

    public static string Sent(string document, int version, IReadOnlyList<string> reviewers, bool curators) =>
        $"📨 Документ «{document}» отправлен на проверку (версия {version}). Статус: на проверке.\n" +
        (reviewers.Count == 0
            ? "Проверяющего пока нет: координатор назначит куратора."
            : curators ? $"Куратор получил уведомление: {string.Join(", ", reviewers)}."
            : $"Документ проверяет координатор: {string.Join(", ", reviewers)}.");
}
