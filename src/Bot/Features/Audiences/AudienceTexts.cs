using SchoolSupport.Domain.Audiences;
using SchoolSupport.Domain.Participants;
using SchoolSupport.Domain.Schools;

namespace SchoolSupport.Bot;

internal static class AudienceTexts
{
    public const string Everyone = "Все в вашей зоне";
    public const string AllRoles = "Все роли";
    public const string EveryoneButton = "🌐 Все в моей зоне";
    public const string Done = "✅ Готово";
    public const string Back = "⬅️ Назад";
    public const string Previous = "◀️";
    public const string Next = "▶️";
    public const string ClearSchools = "Снять отметки";
    public const string NobodyChosen = "По этому выбору сообщение никто не получит. Измените выбор.";
    public const string NoMunicipalities = "В вашей зоне нет муниципалитетов.";
    public const string NoSchools = "В вашей зоне пока нет школ. Добавить: /schools";
    public const string PressButtons = "Выберите получателей кнопками выше и нажмите «Готово», или отправьте /cancel.";
    public const string CannotBroadcast = "Отправлять сообщения группам участников могут координаторы и школьные команды.";

    public const string HomeHint =
        "Отметьте роли (не отмечено ничего — все роли). Муниципалитеты, школы и признаки школ сужают выбор. Затем нажмите «Готово».";
    public const string TeamHint = "Отметьте роли (не отмечено ничего — все участники вашей школы) и нажмите «Готово».";
    public const string MunicipalitiesHeader = "🗺 Муниципалитеты. Отметьте нужные; если не отмечен ни один — все в вашей зоне.";
    public const string FlagsHeader =
        "🏷 Признаки школ. Из ШНОР, ШНСУ и др. достаточно одного из отмеченных; «500+» — школы отмеченных наборов.";

    public static string Home(string description, string live, bool coordinator, string? school) =>
        $"👥 Кому отправить?{(school is null ? "" : $" (школа {school})")}\n\n{description}\n{live}\n\n{(coordinator ? HomeHint : TeamHint)}";

    public static string Screen(string header, string live) => $"{header}\n\n{live}";

    public static string SchoolsHeader(int page, int pages, bool byMunicipality) =>
        $"🏫 Школы{(pages > 1 ? $" (стр. {page + 1} из {pages})" : "")}. Отметьте нужные; если не отмечена ни одна — " +
        (byMunicipality ? "все школы выбранных муниципалитетов." : "все школы вашей зоны.");

    public static string RoleButton(Role role) => role switch
    {
        Role.Coordinator => "Координаторы",
        Role.Curator => "Кураторы",
        Role.SchoolTeam => "Школьные команды",
        Role.Teacher => "Учителя",
        Role.Parent => "Родители",
        Role.Student => "Обучающиеся",
        _ => role.ToString(),
    };

    public static string FlagName(SchoolFlags flag) => flag switch
    {
        SchoolFlags.LowResults => "ШНОР",
        SchoolFlags.AdverseConditions => "ШНСУ",
        SchoolFlags.VprBias => "необъективность ВПР",
        SchoolFlags.RiskZone => "зона риска",
        _ => flag.ToString(),
    };

    public static string Cohort(int year) => $"«500+» {year}";

    public static string Checked(bool on, string label) => on ? "✓ " + label : label;

    public static string MunicipalitiesButton(IReadOnlyList<string> names) =>
        "🗺 Муниципалитеты: " + (names.Count == 0 ? "все" : names.Count == 1 ? names[0] : $"{names.Count}");

    public static string SchoolsButton(int chosen) =>
        "🏫 Школы: " + (chosen == 0 ? "все" : "выбрано " + Texts.Plural(chosen, "школа", "школы", "школ"));

    public static string FlagsButton(string? chosen) => "🏷 Признаки школ: " + (chosen ?? "любые");

    /// <summary>«Получат: 137. Не получат: 4 — заблокировали бота: 3, нет согласия: 1.»</summary>
    public static string Summary(AudiencePlan plan)
    {
        var text = $"Получат: {plan.Recipients.Count}.";
        if (plan.Skipped.Count == 0) return text;
        var reasons = plan.Skipped.GroupBy(s => s.Reason)
            .OrderByDescending(g => g.Count()).ThenBy(g => g.Key)
            .Select(g => $"{Reason(g.Key)}: {g.Count()}");
        return $"{text} Не получат: {plan.Skipped.Count} — {string.Join(", ", reasons)}.";
    }

    public static string Live(AudiencePlan plan) =>
        "Сейчас п" + Summary(plan)[1..] + (plan.Recipients.Count == 0 ? "\n" + NobodyChosen : "");

    public static string Reason(SkipReason reason) => reason switch
    {
        SkipReason.Blocked => "заблокировали бота",
        SkipReason.NoConsent => "нет согласия",
        SkipReason.NoChannel => "нет доступного мессенджера",
        _ => reason.ToString(),
    };

    /// <summary>«Роли: учителя, родители; муниципалитет: Верхняя Пышма; школы с признаком ШНОР».</summary>
    public static string Describe(Audience a, Func<string, string> municipalityName, Func<int, string> schoolName)
    {
        if (a.IsEveryone) return Everyone;
        var parts = new List<string>();
        if (a.Roles.Count > 0) parts.Add("роли: " + string.Join(", ", a.Roles.Select(r => RoleButton(r).ToLower(Texts.Ru))));
        if (a.MunicipalityIds.Count > 0)
            parts.Add((a.MunicipalityIds.Count == 1 ? "муниципалитет: " : "муниципалитеты: ") + string.Join(", ", a.MunicipalityIds.Select(municipalityName)));
        if (a.SchoolIds.Count > 0) parts.Add((a.SchoolIds.Count == 1 ? "школа: " : "школы: ") + Names(a.SchoolIds.Select(schoolName).ToList()));
        var flags = Enum.GetValues<SchoolFlags>().Where(f => f != SchoolFlags.None && a.Flags.HasFlag(f)).Select(FlagName).ToList();
        if (flags.Count > 0) parts.Add((flags.Count == 1 ? "школы с признаком " : "школы с признаками ") + string.Join(" или ", flags));
        if (a.Cohort500Years.Count > 0)
            parts.Add("школы «500+» " + (a.Cohort500Years.Count == 1 ? "набора " : "наборов ") + string.Join(", ", a.Cohort500Years.Order())
                + (a.Cohort500Years.Count == 1 ? " года" : " годов"));
        var text = string.Join("; ", parts);
        return char.ToUpper(text[0], Texts.Ru) + text[1..];
    }

    private static string Names(IReadOnlyList<string> names) =>
        names.Count <= 3 ? string.Join(", ", names) : $"{string.Join(", ", names.Take(3))} и ещё {names.Count - 3}";
}
