using SchoolSupport.Domain.Participants;
using SchoolSupport.Domain.Reviews;
using SchoolSupport.Domain.Roadmaps;

namespace SchoolSupport.Bot;

/// <summary>Russian texts of /status: school details, school lines, the coordinator's overview, chart and export.</summary>
internal static class StatusTexts
{
    public const string NoDocuments =
        "Документы школы видят сотрудники школы: директор, его заместители, куратор и координатор.\n\n" +
        "Что можно сделать здесь:\n/myevents — мероприятия и объявления для вас\n/help — что ещё умеет бот\n\n" +
        "Вопросы о работе школы в программе задайте классному руководителю или администрации школы.";
    public const string ParentExtra = "\n/child — подключить ребёнка (6 или 9 класс)";
    public const string NoRole = "Статус школы доступен участникам программы. Откройте ссылку-приглашение от координатора или школы.";
    public const string NoSchools = "У вас пока нет школ в программе. Когда координатор их добавит, статус появится здесь.";
    public const string NoMunicipalities = "В ваших муниципалитетах пока нет школ. Добавьте их: /schools";
    public const string PickMunicipality = "📊 Статус школ. Выберите муниципалитет:";
    public const string NoRoadmap = "Дорожная карта школе ещё не назначена. Её назначает координатор: /roadmap.";
    public const string NoRoadmapShort = "нет дорожной карты";
    public const string AllDone = "✅ все этапы сданы";
    public const string NotFound = "Такой школы нет.";
    public const string NotYours = "Статус этой школы вам недоступен.";
    public const string Schools = "🏫 Школы";
    public const string Chart = "📈 График";
    public const string Export = "📥 Выгрузка XLSX";
    public const string Municipalities = "⬅️ Муниципалитеты";
    public const string BackToList = "⬅️ К списку школ";
    public const string Overview = "📊 Обзор";
    public const string Previous = "◀️";
    public const string Next = "▶️";
    public const string Submit = "📤 Отправить документ";
    public const string Reviews = "📝 Документы на проверке";
    public const string Legend = "⏳ на проверке · ⚠️ просрочено документов";
    public const string ChartTitle = "школы по текущему этапу";
    public const string ChartOnTrack = "в срок";
    public const string ChartOverdue = "есть просрочка";
    public const string ChartAxis = "школ";
    public const string ChartFinished = "все этапы сданы";
    public const string TeacherNote = "Документы школы видят директор, его заместители и куратор.";

    public static string MunicipalityButton(string name, int schools) => $"{name} — {schools}";

    public static string SchoolsButton(int count) => $"{Schools} ({count})";

    public static string PageButton(int page, int pages) => $"{page} / {pages}";

    public static string ListHeader(string scope, int first, int last, int total) =>
        total == 0 ? $"🏫 {scope}: школ нет." : $"🏫 {scope}: школы {first}–{last} из {total}";

    public const string MySchools = "Мои школы";

    /// <summary>«1. МАОУ «СОШ №7» — Диагностика · ⏳ 2 · ⚠️ 1».</summary>
    public static string SchoolLine(int n, string school, string state, int waiting, int overdue) =>
        $"{n}. {school} — {state}" + (waiting > 0 ? $" · ⏳ {waiting}" : "") + (overdue > 0 ? $" · ⚠️ {overdue}" : "");

    public static string SchoolButton(int n, string school) => $"{n}. {school}";

    public static string Header(string school, string roadmap) => $"🏫 {school}\n🗺 {roadmap}";

    public static string Roadmap(string title, int year) => $"{title}, {year}";

    public static string Current(string stage) => $"▶️ Сейчас: {stage}";

    public static string Due(string date, string relative) => $"Срок: до {date} ({relative})";

    public static string Documents(int accepted, int total) => $"Принято документов: {accepted} из {total}.";

    public static string Finished(int total) => $"✅ Все этапы сданы: принято {Texts.Plural(total, "документ", "документа", "документов")}.";

    /// <summary>Days to a deadline date: «сегодня последний день», «завтра», «через 5 дней», «вчера», «20 дней назад».</summary>
    public static string Relative(int daysLeft) => daysLeft switch
    {
        0 => "сегодня последний день",
        1 => "завтра",
        -1 => "срок прошёл вчера",
        > 1 => $"через {Texts.Plural(daysLeft, "день", "дня", "дней")}",
        _ => $"{Texts.Plural(-daysLeft, "день", "дня", "дней")} назад",
    };

    /// <summary>«⏳ Среднесрочная программа — на проверке 5 дней, ждёт куратора».</summary>
    public static string Slot(ReviewState state, string document, int? waitingDays, string? who)
    {
        var status = state.IsPending() && waitingDays is { } d
            ? $"на проверке {(d == 0 ? "меньше дня" : Texts.Plural(d, "день", "дня", "дней"))}"
            : ReviewTexts.StateName(state);
        return $"{ReviewTexts.StateIcon(state)} {document} — {status}" + (who is null ? "" : $", ждёт {who}");
    }

    /// <summary>Who acts next, in the accusative: «ждёт школу», «ждёт куратора».</summary>
    public static string Who(NextActor next, Role responsible) => (next, responsible) switch
    {
        (NextActor.Nobody, _) => "",
        (NextActor.Reviewer, Role.SchoolTeam) => "куратора",
        (NextActor.Reviewer, _) => "координатора",
        (_, Role.SchoolTeam) => "школу",
        (_, Role.Curator) => "куратора",
        _ => "координатора",
    };

    public const string OverdueHeader = "⚠️ Просрочено:";

    public static string OverdueLine(string stage, string date, string relative, int missing, int total) =>
        $"• {stage} — срок {date} ({relative}): не принято {missing} из {total}";

    public const string StagesHeader = "Этапы:";

    public static string StageLine(bool complete, bool current, bool overdue, string stage, string date) =>
        $"{(complete ? "✅" : overdue ? "⚠️" : current ? "▶️" : "▫️")} {stage}" + (complete ? "" : $" — до {date}");

    public static string Also(string roadmap, string state) => $"Также: {roadmap} — {state}";

    public static string TeacherSummary(string current) => $"Сейчас: {current}";

    public static string OverdueStages(int n) => $"⚠️ Просрочено этапов: {n}.";

    // The coordinator's overview.

    public static string OverviewHeader(string scope, int schools) => $"📊 {scope} — {Texts.Plural(schools, "школа", "школы", "школ")}";

    public const string ByStageHeader = "По текущему этапу:";

    public static string StageCount(string stage, int schools, int withOverdue) =>
        $"• {stage} — {schools}" + (withOverdue > 0 ? $" (с просрочкой: {withOverdue})" : "");

    public static string WithoutRoadmap(int n) => $"• без дорожной карты — {n}";

    public static string FinishedCount(int n) => $"• все этапы сданы — {n}";

    public static string OverdueTotal(int items, int schools) =>
        items == 0 ? "✅ Просроченных документов нет." : $"⚠️ Просрочено: {Texts.Plural(items, "документ", "документа", "документов")} в {Texts.Plural(schools, "школе", "школах", "школах")}";

    public static string WaitingTotal(int n) => n == 0 ? "📝 На проверке документов нет." : $"📝 На проверке: {Texts.Plural(n, "документ", "документа", "документов")}";

    public static string ReviewerLine(string name, int waiting, int late, int lateDays) =>
        $"• {name} — {waiting}" + (late > 0 ? $", из них дольше {Texts.Plural(lateDays, "дня", "дней", "дней")}: {late}" : "");

    public static string ChartCaption(string scope, int schools, int withOverdue, int waiting) =>
        $"📈 {scope}: {Texts.Plural(schools, "школа", "школы", "школ")} по этапам. Просрочка — у {withOverdue}, на проверке — {waiting}.";

    public static string ExportCaption(string scope, int rows) => $"📥 {scope}: {Texts.Plural(rows, "школа", "школы", "школ")}, по строке на школу.";

    public const string AllMunicipalities = "Все муниципалитеты";

    // Column names of the XLSX export.
    public const string ColMunicipality = "Муниципалитет";
    public const string ColSchool = "Школа";
    public const string ColStage = "Текущий этап";
    public const string ColAccepted = "Принято документов";
    public const string ColTotal = "Всего документов";
    public const string ColWaiting = "На проверке";
    public const string ColOverdue = "Просрочено документов";
    public const string ColCurator = "Куратор";
}
