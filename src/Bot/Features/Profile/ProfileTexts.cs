using System.Globalization;
using SchoolSupport.Domain.Questionnaires;
using SchoolSupport.Domain.Risks;

namespace SchoolSupport.Bot;

/// <summary>Russian texts of /profile: the school's risk profile, verification, the municipality's heat table and exports.</summary>
internal static class ProfileTexts
{
    public const string MenuButton = "🎯 Рисковый профиль";
    public const string NoRights =
        "Рисковый профиль школы видят школьная команда, куратор школы и координаторы её муниципалитета. " +
        "Если вы из их числа, попросите координатора прислать приглашение с нужной ролью.";
    public const string NotYours = "Рисковый профиль этой школы вам недоступен.";
    public const string NotVerifier = "Риски верифицируют школьная команда и куратор школы. Координатор видит их решения.";
    public const string NotFound = "Такой школы нет.";
    public const string NoSchools = "У вас пока нет школ в программе. Когда координатор их добавит, профиль появится здесь.";
    public const string PickSchool = "🎯 Рисковый профиль. Выберите школу:";
    public const string PickMunicipality = "🎯 Рисковые профили. Выберите муниципалитет:";
    public const string Someone = "участник";
    public const string NoAnswers = "Ответов пока нет. Профиль появится, когда школа проведёт анкетирование: /campaign";
    public const string Legend = "🔴 высокая · 🟠 средняя · 🟢 низкая значимость · ⚪️ мало ответов";
    public const string Verify = "✅ Верификация рисков";
    public const string ChartButton = "📈 График";
    public const string ExportXlsx = "📥 Ответы и итоги XLSX";
    public const string ExportCsv = "📄 CSV";
    public const string HeatPngButton = "🌡 Тепловая карта";
    public const string HeatXlsxButton = "📊 Таблица XLSX";
    public const string BackToSchools = "⬅️ К школам";
    public const string BackToProfile = "⬅️ К профилю";
    public const string BackToRisks = "⬅️ К списку рисков";
    public const string Municipalities = "⬅️ Муниципалитеты";
    public const string NoComment = "Без комментария";
    public const string Cancel = "Отмена";
    public const string ChartTitle = "Рисковый профиль";
    public const string ChartAxis = "показатель риска (0 — признаков нет, 1 — ярко выражен)";
    public const string HeatTitle = "Рисковые профили школ";
    public const string NotDiagnosedShort = "нет ответов";
    public const string HiddenShort = "мало ответов";
    public const string Hidden = "скрыто: меньше 5 ответивших";
    public const string HiddenText = "скрыто: меньше 10 ответивших";
    public const string AllGroups = "все группы";
    public const string SectionRisks = "Рисковый профиль";
    public const string SectionChanges = "Есть ли изменения?";
    public const string CommentExpired = "Комментарий к решению по риску больше не ждём: прошло больше получаса. Откройте риск в /profile и нажмите кнопку решения ещё раз.";

    public const string CommentTooLong = "Комментарий длиннее 500 символов. Сократите его и пришлите ещё раз.";
    public const string NothingToExport = "Выгружать пока нечего: ответов нет.";

    public static string Header(string school) => $"🎯 Рисковый профиль · {school}";

    public static string Based(int sheets, string groups) => $"Учтено анкет: {sheets} ({groups}).";

    /// <summary>«учителя 24 (2 анкеты)»: sheets of a group, and of how many questionnaires when more than one.</summary>
    public static string GroupSheets(string group, int sheets, int instruments) =>
        $"{group} {sheets}" + (instruments > 1 ? $" ({Texts.Plural(instruments, "анкета", "анкеты", "анкет")})" : "");

    public static string Icon(RiskLevel? level) => level switch
    {
        RiskLevel.High => "🔴",
        RiskLevel.Medium => "🟠",
        RiskLevel.Low => "🟢",
        _ => "⚪️",
    };

    public static string Level(RiskLevel level) => level switch
    {
        RiskLevel.High => "высокая",
        RiskLevel.Medium => "средняя",
        _ => "низкая",
    };

    public static string Number(double value) => value.ToString("0.00", Texts.Ru);

    public static string RiskTitle(RiskLevel? level, Risk risk) => $"{Icon(level)} {risk.Id}. {risk.Name}";

    /// <summary>«0,72 — высокая · выше порога: учителя 0,80 · 64 ответа от 13 человек».</summary>
    public static string RiskLine(double value, RiskLevel level, IReadOnlyList<GroupMean> drivers, bool hiddenDrivers, int answers, int respondents)
    {
        var parts = new List<string> { $"{Number(value)} — {Level(level)}" };
        if (drivers.Count > 0) parts.Add("выше порога: " + string.Join(", ", drivers.Select(d => $"{Group(d.Group)} {Number(d.Mean)}")));
        else if (hiddenDrivers) parts.Add("группы не названы: в них меньше 5 ответивших");
        parts.Add($"{Texts.Plural(answers, "ответ", "ответа", "ответов")} от {Texts.Plural(respondents, "человека", "человек", "человек")}");
        return "   " + string.Join(" · ", parts);
    }

    public const string RiskHidden = "   мало ответов: показатель скрыт, пока ответивших меньше 5";
    public const string RiskNotDiagnosed = "   ответов, которые говорят об этом риске, пока нет";

    /// <summary>«Родители»: the group as a column value.</summary>
    public static string GroupTitle(RespondentGroup g) => string.Concat(Group(g)[..1].ToUpperInvariant(), Group(g)[1..]);

    public static string Group(RespondentGroup g) => g switch
    {
        RespondentGroup.Principal => "руководитель",
        RespondentGroup.Teacher => "учителя",
        RespondentGroup.Parent => "родители",
        _ => "обучающиеся",
    };

    public static string State(VerificationState s) => s switch
    {
        VerificationState.Confirmed => "✅ подтверждён",
        VerificationState.Rejected => "❌ отклонён",
        VerificationState.Active => "🎯 рабочее направление",
        _ => "не верифицирован",
    };

    public static string StateMark(VerificationState s) => s switch
    {
        VerificationState.Confirmed => "✅",
        VerificationState.Rejected => "❌",
        VerificationState.Active => "🎯",
        _ => "▫️",
    };

    public static string Now(VerificationState s) => $"Сейчас: {State(s)}";

    public static string Changed(bool changed) => changed ? "есть изменения" : "изменений нет";

    public const string Skipped = "пропущено";

    public static string Verified(int decided, int total, IReadOnlyList<int> active) =>
        $"Верификация: решено по {decided} из {total} рисков" + (active.Count > 0 ? $"; рабочие направления — {string.Join(", ", active)}." : ".");

    public static string LastDecision(string who, string when) => $"Последнее решение: {who}, {when}.";

    public static string ChangesHeader(string title, int respondents) => $"«{title}» (учителя, ответили {respondents}):";

    public static string ChangesNone(string title) => $"«{title}»: ответов учителей пока нет.";

    /// <summary>«• Доверие и сотрудничество — есть изменения: нет 20 % · незначительные 50 % · заметные 30 %».</summary>
    public static string Block(BlockResult b) =>
        $"• {b.Block.Title} — {Changed(b.Changed)}: " +
        string.Join(" · ", b.Shares.Select(s => $"{s.Point.Label.ToLower(Texts.Ru)} {Percent(s.Share)}"));

    public static string BlockHidden(string title) => $"• {title} — мало ответов (нужно не меньше 5)";

    public static string Percent(double share) => string.Create(CultureInfo.InvariantCulture, $"{Math.Round(share * 100, MidpointRounding.AwayFromZero):0} %");

    public static string ChartCaption(string school, int high, int medium, int low, int unknown) =>
        $"📈 {school}: высокая значимость — {high}, средняя — {medium}, низкая — {low}" + (unknown > 0 ? $", без показателя — {unknown}." : ".") +
        " Линии — пороги 0,60 и 0,40.";

    // Verification.

    public static string VerifyHeader(string school, int active) =>
        $"✅ Верификация рисков · {school}\n\nПройдите по рискам: подтвердите или отклоните каждый, затем сделайте 2–3 подтверждённых риска " +
        $"рабочими направлениями (сейчас: {active} из {VerificationWorkflow.MaxActive}).";

    public static string RiskButton(int id, string shortName, RiskLevel? level, VerificationState state) => $"{Icon(level)} {id}. {shortName} {StateMark(state)}";

    public static string Trigger(VerificationTrigger t) => t switch
    {
        VerificationTrigger.Confirm => "✅ Подтвердить",
        VerificationTrigger.Reject => "❌ Отклонить",
        VerificationTrigger.Activate => "🎯 Сделать рабочим направлением",
        _ => "↩️ Снять рабочее направление",
    };

    public static string Done(VerificationTrigger t) => t switch
    {
        VerificationTrigger.Confirm => "подтвердил(а)",
        VerificationTrigger.Reject => "отклонил(а)",
        VerificationTrigger.Activate => "сделал(а) рабочим направлением",
        _ => "снял(а) рабочее направление",
    };

    public static string Saved(VerificationTrigger t) => t switch
    {
        VerificationTrigger.Confirm => "Сохранено: риск подтверждён.",
        VerificationTrigger.Reject => "Сохранено: риск отклонён.",
        VerificationTrigger.Activate => "Сохранено: риск стал рабочим направлением.",
        _ => "Сохранено: рабочее направление снято.",
    };

    public static string AskComment(VerificationTrigger t, string risk) =>
        $"{(t == VerificationTrigger.Confirm ? "Подтвердить" : "Отклонить")} риск «{risk}»?\n\n" +
        "Напишите комментарий одним сообщением (до 500 символов): почему вы так решили. Или нажмите «Без комментария».";

    public const string OpenRisk = "Открыть риск";

    /// <summary>«🎯 МАОУ «СОШ №7»: Директорова Анна Петровна подтвердил(а) риск «…»: «комментарий»».</summary>
    public static string Told(string school, string who, VerificationTrigger t, string risk, string? comment) =>
        $"🎯 {school}: {who} " + t switch
        {
            VerificationTrigger.Activate => $"сделал(а) риск «{risk}» рабочим направлением",
            VerificationTrigger.Deactivate => $"снял(а) риск «{risk}» с рабочих направлений",
            _ => $"{Done(t)} риск «{risk}»",
        } + (comment is null ? "." : $": «{comment}»");

    public static string HistoryLine(string when, string who, VerificationTrigger t, string? comment) =>
        $"• {when} — {who} {Done(t)}" + (comment is null ? "" : $": «{comment}»");

    public const string HistoryHeader = "Решения:";

    public static string Refusal(VerificationRefusal r) => r switch
    {
        VerificationRefusal.AlreadyConfirmed => "Этот риск уже подтверждён.",
        VerificationRefusal.AlreadyRejected => "Этот риск уже отклонён.",
        VerificationRefusal.NotConfirmed => "Рабочим направлением становится только подтверждённый риск. Сначала подтвердите его.",
        VerificationRefusal.AlreadyActive => "Этот риск уже является рабочим направлением.",
        VerificationRefusal.NotActive => "Этот риск не является рабочим направлением.",
        VerificationRefusal.ActiveCannotBeRejected => "Сначала снимите рабочее направление, затем отклоните риск.",
        VerificationRefusal.TooManyActive => $"Рабочих направлений уже {VerificationWorkflow.MaxActive}. Снимите одно, чтобы выбрать другое.",
        VerificationRefusal.Stale => "Эта кнопка устарела: по рискам школы уже приняли другое решение. Ничего не изменено — показываю, как сейчас.",
        VerificationRefusal.CommentTooLong => CommentTooLong,
        _ => "Такого риска нет в каталоге. Откройте профиль заново: /profile",
    };

    // The municipality.

    public static string MunicipalityHeader(string name, int schools, int withAnswers) =>
        $"🌡 Рисковые профили · {name}\nШкол: {schools}, с ответами: {withAnswers}.";

    public static string SchoolLine(string school, int high, int medium, int active) =>
        $"• {school} — высоких {high}, средних {medium}" + (active > 0 ? $", рабочих направлений {active}" : "");

    public static string SchoolsWithout(int n) => $"Без ответов: {Texts.Plural(n, "школа", "школы", "школ")}.";

    public static string HeatCaption(string name, int schools, int risks) =>
        $"🌡 {name}: {Texts.Plural(schools, "школа", "школы", "школ")} × {Texts.Plural(risks, "риск", "риска", "рисков")}. Цвет — значимость, серый — мало ответов или нет данных.";

    public static string HeatXlsxCaption(string name, int schools) => $"📊 {name}: показатели рисков, {Texts.Plural(schools, "школа", "школы", "школ")}.";

    public static string ExportCaption(string scope, int rows, int suppressed) =>
        $"📥 {scope}: обезличенные ответы ({Texts.Plural(rows, "строка", "строки", "строк")}) и итоги. " +
        "Без имён и времени ответа, только день; группы меньше 5 человек не выгружаются, свободные ответы — от 10 человек." +
        (suppressed > 0 ? $" Скрыто групп: {suppressed}." : "");

    // Column names of the exports.
    public const string ColMunicipality = "Муниципалитет";
    public const string ColSchool = "Школа";
    public const string ColInstrument = "Анкета";
    public const string ColVersion = "Версия анкеты";
    public const string ColGroup = "Группа";
    public const string ColDay = "День";
    public const string ColSheet = "Анкета №";
    public const string ColItem = "Код вопроса";
    public const string ColQuestion = "Вопрос";
    public const string ColAnswer = "Ответ";
    public const string ColSection = "Раздел";
    public const string ColIndicator = "Показатель";
    public const string ColValue = "Значение";
    public const string ColResult = "Итог";
    public const string ColRespondents = "Ответивших";
    public const string ColAnswers = "Ответов";
    public const string ColShares = "Распределение";
    public const string ColHigh = "Высокая значимость";
    public const string ColActive = "Рабочие направления";
    public const string SheetAnswers = "Ответы";
    public const string SheetTotals = "Итоги";
    public const string SheetHeat = "Риски";
}
