using SchoolSupport.Domain.Campaigns;

namespace SchoolSupport.Bot;

/// <summary>What school teams, curators and coordinators read about diagnostic campaigns.</summary>
internal static class CampaignTexts
{
    public const string MenuButton = "📋 Анкетирование";
    public const string New = "➕ Новое анкетирование";
    public const string Links = "🔗 Ссылки и QR-коды";
    public const string Qr = "🖨 QR-код";
    public const string Refresh = "🔄 Обновить";
    public const string Expected = "✏️ Ожидаемое число";
    public const string Stop = "⏹ Закрыть досрочно";
    public const string StopYes = "⏹ Да, закрыть сейчас";
    public const string Back = "⬅️ К списку";
    public const string Done = "✅ Готово";
    public const string AllSchools = "Выбрать все";
    public const string Open = "✅ Открыть анкетирование";
    public const string Cancel = "Отмена";
    public const string Today = "Сегодня";
    public const string Tomorrow = "Завтра";
    public const string Grades69 = "6 и 9 классы";
    public const string Grade6 = "Только 6 класс";
    public const string Grade9 = "Только 9 класс";
    public const string ConsentYes = "✅ Согласия собраны, подтверждаю";
    public const string ConsentNo = "Без ссылки для обучающихся";

    public const string CannotManage = "Анкетирование открывают школьная команда и координатор. Ход анкетирования видит и куратор школы: /campaign";
    public const string NoCampaigns = "Анкетирований пока нет.";
    public const string NotYours = "Это анкетирование другой школы.";
    public const string NotFound = "Такого анкетирования нет.";
    public const string ChooseMunicipality = "Анкетирование: выберите муниципалитет.";
    public const string ChooseSchools = "В каких школах провести анкетирование? Отметьте школы и нажмите «Готово».";
    public const string ChooseInstruments = "Какие анкеты включить? Отметьте и нажмите «Готово».";
    public const string ChooseGrades = "Для каких классов ссылки родителям и обучающимся?";
    public const string NothingChosen = "Сначала отметьте хотя бы один пункт.";
    public const string StudentConsent =
        "Ссылку для обучающихся можно создать, только если письменные согласия родителей (законных представителей) собраны школой. " +
        "Ваше подтверждение будет записано (кто и когда).\n\n" +
        "Без ссылки обучающихся подключат родители через бота (/child): анкету я предложу им сам.";
    public const string AskOpens = "С какого дня принимать ответы? Нажмите кнопку или напишите дату (ДД.ММ), по местному времени школы.";
    public const string AskCloses = "До какого дня включительно? Нажмите кнопку или напишите дату (ДД.ММ).";
    public const string BadDate = "Не понял дату. Напишите её так: 15.12 или 15.12.2026.";
    public const string OpensInThePast = "Этот день уже прошёл. Выберите сегодня или позже.";
    public const string ClosesBeforeOpening = "Последний день не может быть раньше первого.";
    public static string TooLong => $"Анкетирование не может длиться дольше {CampaignRules.MaxDays} дней.";
    public const string PressButtons = "Выберите вариант кнопкой выше или отправьте /cancel.";
    public const string AskExpectedGroup = "Для какой группы указать ожидаемое число участников?";
    public const string BadExpected = "Напишите целое число от 0 до 5000.";
    public const string StopAsk = "Закрыть анкетирование сейчас? Ответы больше не будут приниматься; начатые анкеты сохранятся, но в результаты не войдут.";
    public const string Stopped = "Анкетирование закрыто.";
    public const string AlreadyClosed = "Анкетирование уже закрыто.";
    public const string InviteTeachersNote = "Зарегистрированные учителя и руководитель получат приглашение в боте. Учителей без аккаунта пригласите через /invite: анкета придёт им сама после подключения.";

    private static readonly string[] Months = ["января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа", "сентября", "октября", "ноября", "декабря"];

    /// <summary>«14 декабря».</summary>
    public static string Day(DateOnly d) => $"{d.Day} {Months[d.Month - 1]}";

    public static string Period(DateOnly from, DateOnly to) =>
        from == to ? Day(from) : $"с {Day(from)} по {Day(to)}" + (to.Year != from.Year ? $" {to.Year}" : "");

    public static string Group(CampaignGroup g) => g.Kind switch
    {
        GroupKind.Principal => "Руководитель",
        GroupKind.Teachers => "Учителя",
        GroupKind.Parents => $"Родители {g.Grade} класса",
        _ => $"Обучающиеся {g.Grade} класса",
    };

    public static string GroupGenitive(CampaignGroup g) => g.Kind switch
    {
        GroupKind.Principal => "руководителя",
        GroupKind.Teachers => "учителей",
        GroupKind.Parents => $"родителей {g.Grade} класса",
        _ => $"обучающихся {g.Grade} класса",
    };

    public static string Respondent(Domain.Questionnaires.RespondentGroup g) => g switch
    {
        Domain.Questionnaires.RespondentGroup.Principal => "руководитель",
        Domain.Questionnaires.RespondentGroup.Teacher => "учителя",
        Domain.Questionnaires.RespondentGroup.Parent => "родители",
        _ => "обучающиеся",
    };

    public static string State(CampaignState state, int daysLeft, DateOnly opensOn) => state switch
    {
        CampaignState.Scheduled => $"откроется {Day(opensOn)}",
        CampaignState.Closed => "закрыто",
        _ when daysLeft == 0 => "идёт, сегодня последний день",
        _ => $"идёт, осталось {Texts.Plural(daysLeft + 1, "день", "дня", "дней")}",
    };

    public static string Confirm(IReadOnlyList<string> schools, IReadOnlyList<string> instruments, string groups, string period) =>
        $"📋 Новое анкетирование\n\nШколы: {string.Join("; ", schools)}\nАнкеты:\n{string.Join("\n", instruments.Select(i => "• " + i))}\n" +
        $"Группы: {groups}\nОтветы принимаются {period} (по местному времени школы).\n\n" +
        "После открытия я пришлю ссылки и QR-коды для родителей и обучающихся, а зарегистрированным участникам школы — приглашение с кнопкой «Начать анкету».";

    public static string Opened(int schools) => $"✅ Анкетирование открыто в {Texts.Plural(schools, "школе", "школах", "школах")}.";

    public static string LinkCard(CampaignGroup g, string school, string link, string until, IEnumerable<string> instruments) =>
        $"🔗 {Group(g)} · {school}\n\n{link}\n\nАнкеты: {string.Join(", ", instruments.Select(i => $"«{i}»"))}.\n" +
        $"По ссылке {(g.Kind == GroupKind.Parents ? "родители подключаются" : "обучающиеся подключаются")} к боту и сразу получают анкету. " +
        $"Ссылка действует до {until}. Перешлите её в чат класса или распечатайте QR-код.";

    public const string ExpectedFromPassport = "Ожидаемое число — по социальному паспорту школы.";

    public static string ExpectedByHand(IEnumerable<string> groups) => $"Указано вручную: {string.Join(", ", groups).ToLower(Texts.Ru)}.";

    public static string ExpectedUnknown(IEnumerable<string> groups) =>
        $"Ожидаемое число не известно: {string.Join(", ", groups).ToLower(Texts.Ru)}. Его даёт социальный паспорт школы, или укажите число вручную.";

    public const string NoLinks = "У этого анкетирования нет ссылок: родители и обучающиеся в нём не участвуют (или ссылки не понадобились). Участники с аккаунтом получают приглашение в боте.";

    public static string AskExpected(CampaignGroup g, int? current) =>
        $"Сколько {GroupGenitive(g)} ожидается? Напишите число." + (current is { } n ? $" Сейчас: {n}." : "");

    public static string Invitation(string school, string until, IEnumerable<string> titles, bool anonymous) =>
        $"📝 Школа {school} проводит анкетирование до {until} включительно.\n\n" +
        string.Join("\n", titles.Select(t => $"• {t}")) + "\n\n" +
        "Каждый ответ сохраняется сразу: можно прерваться и продолжить позже." +
        (anonymous ? "\n" + FillingTexts.Anonymous : "");

    public static string ReminderNotStarted(string until, int daysLeft, IReadOnlyList<string> titles) =>
        $"⏰ Напоминание: последний день анкетирования — {When(daysLeft, until)}. {(titles.Count > 1 ? "Анкеты" : "Анкета")} {Joined(titles)} ещё не {(titles.Count > 1 ? "заполнены" : "заполнена")}: это займёт несколько минут.";

    public static string ReminderStarted(string until, int daysLeft, IEnumerable<(string Title, int Answered, int Total)> started) =>
        $"⏰ Напоминание: последний день анкетирования — {When(daysLeft, until)}. Вы начали и не отправили: " +
        string.Join("; ", started.Select(s => $"«{s.Title}» (отвечено {s.Answered} из {s.Total})")) + ". Продолжите с того места, где остановились.";

    public static string TeamSummary(string school, string until, int daysLeft) =>
        $"📋 Анкетирование в школе {school}: последний день — {When(daysLeft, until)}. Ход на сейчас:";

    public static string Final(string school, string closedOn) => $"📋 Анкетирование в школе {school} завершено {closedOn}. Итог:";

    public static string FinalDrafts(int drafts) => drafts == 0 ? "" :
        $"\nНачатых и не отправленных анкет: {drafts}. Они сохранены, но в результаты не входят.";

    private static string When(int daysLeft, string until) => daysLeft switch
    {
        0 => $"сегодня, {until}",
        1 => $"завтра, {until}",
        _ => $"{until} (через {Texts.Plural(daysLeft, "день", "дня", "дней")})",
    };

    private static string Joined(IEnumerable<string> titles) => string.Join(", ", titles.Select(t => $"«{t}»"));
}
