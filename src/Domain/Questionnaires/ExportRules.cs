namespace SchoolSupport.Domain.Questionnaires;

/// <summary>
/// What an export of anonymous answers may carry (docs/decisions/0006-risk-profile-and-exports.md). A group is the answers of
/// one school to one instrument by one respondent group (teachers, parents, …; grades are not told apart): its rows are
/// exported only when at least 5 sheets make it up, and its free text only from 10. Rows carry the day only when at least
/// 5 sheets of the group share it (else the month, else nothing), never a participant or a finer time, and come in the
/// random order of the sheet ids.
/// </summary>
public static class ExportRules
{
    public static bool ExportsRows(RespondentGroup group, int respondents) => Anonymity.IsNamed(group) || Anonymity.CanShow(respondents);

    public static bool ExportsFreeText(RespondentGroup group, int respondents) => Anonymity.IsNamed(group) || Anonymity.CanShow(respondents, freeText: true);

    /// <summary>
    /// What a row says of when its sheet came: the day if at least 5 sheets of the group share it, else the month if at
    /// least 5 share that, else nothing, so a quiet day never singles out the one person who answered on it.
    /// </summary>
    public static string When(RespondentGroup group, IReadOnlyList<DateOnly> groupDays, DateOnly day)
    {
        if (Anonymity.IsNamed(group)) return day.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        if (Anonymity.CanShow(groupDays.Count(d => d == day))) return day.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        if (Anonymity.CanShow(groupDays.Count(d => d.Year == day.Year && d.Month == day.Month))) return day.ToString("yyyy-MM", System.Globalization.CultureInfo.InvariantCulture);
        return "";
    }
}
