namespace SchoolSupport.Bot;

/// <summary>Russian texts of nudges: the curators' digest, escalations and the weekly summary, deadline reminders.</summary>
internal static class NudgeTexts
{
    public const int MaxLines = 10;
    public const string OpenAll = "Все документы на проверке: /reviews";
    public const string Handover = "Напомните куратору или передайте проверку другому: /handover";
    public const string Submit = "📤 Отправить документ";
    public const string Status = "📊 Статус школы";
    public const string Footer = "Отправить документ: /submit · статус школы: /status";

    /// <summary>The title of an automatic nudge run (kept with the broadcast).</summary>
    public static string Title(string kind) => kind switch
    {
        "nudge-digest" => "Документы ждут проверки",
        "nudge-escalation" => "Проверка задерживается",
        "nudge-weekly" => "Сводка недели о проверках",
        _ => "Сроки дорожной карты",
    };

    public static string Documents(int n) => Texts.Plural(n, "документ", "документа", "документов");

    public static string Days(int n) => Texts.Plural(n, "день", "дня", "дней");

    /// <summary>«ждёт проверки 5 дней».</summary>
    public static string Waits(int days) => $"ждёт проверки {Days(days)}";

    public static string DigestHeader(int n) => $"📝 {(n % 10 == 1 && n % 100 != 11 ? "Ждёт" : "Ждут")} вашей проверки: {Documents(n)}. Сначала самые давние.";

    public static string EscalationHeader(int n, int days) =>
        $"⚠️ Проверка задерживается: {Documents(n)} {(n % 10 == 1 && n % 100 != 11 ? "ждёт" : "ждут")} дольше {Texts.Plural(days, "дня", "дней", "дней")}.";

    public static string WeeklyHeader(int n, int days) =>
        $"📋 Сводка недели: {Documents(n)} на проверке дольше {Texts.Plural(days, "дня", "дней", "дней")}.";

    public const string ByReviewer = "Кто проверяет:";

    public static string ReviewerLine(string name, int n) => $"• {name} — {n}";

    /// <summary>«1. МАОУ «СОШ №7» — Концепция развития: ждёт проверки 5 дней».</summary>
    public static string ReviewLine(int n, string school, string document, int days, string? reviewer) =>
        $"{n}. {school} — {document}: {Waits(days)}" + (reviewer is null ? "" : $" ({reviewer})");

    public static string More(int n) => $"…и ещё {Documents(n)}.";

    public static string OpenButton(int n, string school, string document) => $"📄 {n}. {school}: {document}";

    public const string DeadlineHeader = "⏰ Сроки дорожной карты";

    public static string Roadmap(string school, string roadmap) => $"🏫 {school}, {roadmap}";

    /// <summary>«• Концептуальные документы — до 30 марта 2027 (через 7 дней)».</summary>
    public static string StageLine(string stage, string date, string relative, bool overdue) =>
        overdue ? $"⚠️ {stage} — просрочено: срок был {date} ({relative})" : $"• {stage} — до {date} ({relative})";

    public static string Owed(int n) => $"  Осталось отправить: {Documents(n)}";

    public static string OwedLine(string icon, string document, bool returned) => $"  {icon} {document}" + (returned ? " — на доработке" : "");
}
