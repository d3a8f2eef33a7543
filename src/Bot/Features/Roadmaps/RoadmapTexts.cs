using SchoolSupport.Domain.Participants;

namespace SchoolSupport.Bot;

/// <summary>Russian texts of /roadmap: assigning roadmaps to schools and moving deadlines.</summary>
internal static class RoadmapTexts
{
    public const string OnlyCoordinators = "Дорожные карты назначают координаторы. Отправить документ: /submit";
    public const string AssignButton = "📋 Назначить дорожную карту";
    public const string MoveButton = "📅 Перенести срок";
    public const string HandoverButton = "🔁 Передать проверки";
    public const string ChooseTemplate = "Какую дорожную карту назначить?";
    public const string ChooseMunicipality = "Выберите муниципалитет.";
    public const string AllSchools = "☑️ Все школы";
    public const string Assign = "✅ Назначить";
    public const string NothingChosen = "Сначала выберите хотя бы одну школу.";
    public const string NoSchools = "В ваших муниципалитетах пока нет школ. Добавьте их: /schools";
    public const string NoAssignments = "Дорожные карты ещё не назначены: переносить нечего. Назначить: /roadmap";
    public const string MoveChooseMunicipality = "📅 Перенос срока. Выберите муниципалитет.";
    public const string AllMunicipality = "🏙 Все школы муниципалитета";
    public const string MoveChooseRoadmap = "Срок какой дорожной карты перенести?";
    public const string DifferentDates = "сроки у школ разные";
    public const string BadDate = "Не понял дату. Напишите её в виде дд.мм.гггг, например 15.04.2027.";
    public const string FarDate = "Эта дата слишком далеко от года дорожной карты. Напишите дату в виде дд.мм.гггг.";
    public const string NothingMoved = "Срок уже такой — ничего не изменилось.";
    public const string UseButtons = "Выберите вариант кнопкой выше или отправьте /cancel.";
    public const string NoneAssigned = "Пока ни одной школе дорожная карта не назначена.";

    public static string Menu(IReadOnlyList<string> lines) =>
        "🗺 Дорожные карты\n\n" + (lines.Count == 0 ? NoneAssigned : string.Join('\n', lines));

    public static string SummaryLine(string municipality, string roadmap, int year, int schools) =>
        $"{municipality}: {roadmap}, {year} — {Texts.Plural(schools, "школа", "школы", "школ")}";

    public static string ChooseYear(string roadmap) => $"{roadmap}: на какой год назначить?";

    public static string YearButton(int year) => $"{year} год";

    public static string ChooseSchools(string roadmap, int year, string municipality) =>
        $"{roadmap}, {year} год, {municipality}.\nВыберите школы (можно несколько) или «Все школы», затем «Назначить».";

    public static string AlreadyAssigned(string school) => $"{school} (уже назначена)";

    public static string Assigned(string roadmap, int year, int count, IReadOnlyList<string> skipped) =>
        $"✅ Дорожная карта назначена: {roadmap}, {year} год — {Texts.Plural(count, "школа", "школы", "школ")}. Школьные команды получили уведомление." +
        (skipped.Count == 0 ? "" : $"\nУже была назначена: {string.Join("; ", skipped)}.");

    public static string TeamAssigned(string school, string roadmap, int year, IReadOnlyList<string> stages) =>
        $"🗺 Новая дорожная карта для школы {school}: {roadmap}, {year} год.\n\nЭтапы и сроки:\n{string.Join('\n', stages)}\n\nОтправить документ: /submit";

    public static string StageLine(string title, string due, Role responsible) =>
        $"• {title} — до {due}" + (responsible == Role.SchoolTeam ? "" : $" (отвечает: {Texts.RoleName(responsible)})");

    public static string MoveChooseTarget(string municipality) => $"{municipality}: перенести срок для всех школ муниципалитета или для одной школы?";

    public static string MoveChooseStage(string roadmap, string target) => $"{roadmap} ({target}). Срок какого этапа перенести?";

    public static string StageDueButton(string title, string due) => $"{title} — до {due}";

    public static string AskDate(string stage, string current) =>
        $"Этап «{stage}», сейчас срок — до {current}.\nНапишите новую дату в виде дд.мм.гггг (например, 15.04.2027). /cancel — отмена.";

    public static string PastDate(string today) => $"Эта дата уже прошла. Напишите дату не раньше сегодняшней ({today}) в виде дд.мм.гггг.";

    public static string Moved(string stage, string date, int count) =>
        $"✅ Срок этапа «{stage}» перенесён на {date}: {Texts.Plural(count, "школа", "школы", "школ")}. Школьные команды получили уведомление.";

    public static string TeamMoved(string school, string roadmap, string stage, string from, string to) =>
        $"📅 Изменён срок этапа «{stage}» ({roadmap}, {school}): было до {from}, стало до {to}.";
}
