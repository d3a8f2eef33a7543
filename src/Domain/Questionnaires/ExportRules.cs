namespace SchoolSupport.Domain.Questionnaires;

/// <summary>
/// What an export of anonymous answers may carry (docs/decisions/0006-risk-profile-and-exports.md). A group is the answers of
/// one school to one instrument by one campaign group (teachers, parents of grade 9, …): its rows are exported only when at
/// least 5 sheets make it up, and its free text only from 10. Rows carry the day, never a participant or a finer time, and
/// come in the random order of the sheet ids.
/// </summary>
public static class ExportRules
{
    public static bool ExportsRows(int respondents) => Anonymity.CanShow(respondents);

    public static bool ExportsFreeText(int respondents) => Anonymity.CanShow(respondents, freeText: true);
}
