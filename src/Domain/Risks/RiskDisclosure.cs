using SchoolSupport.Domain.Questionnaires;

namespace SchoolSupport.Domain.Risks;

/// <summary>
/// What a report may show of one risk: the group means whose respondents are enough, and the indicator only when it cannot
/// be used, with the shown group means and the weights, to recover a hidden group's mean (see <see cref="Anonymity"/>).
/// </summary>
public static class RiskDisclosure
{
    public static Disclosure Of(RiskResult result) =>
        Anonymity.Disclose([.. result.Groups.Select(g => new Cell(g.Group.ToString(), g.Respondents))], totalShown: result.Indicator is not null);

    public static bool ShowsGroup(this Disclosure d, RespondentGroup group) => d.Shows(group.ToString());

    /// <summary>The indicator a report may print, or null (not diagnosed, or resting on too few respondents).</summary>
    public static double? ShownIndicator(RiskResult result) =>
        result.Indicator is { } value && !Of(result).TotalHidden ? value : null;

    /// <summary>The groups that drove the risk and may be named with their means, highest first.</summary>
    public static IReadOnlyList<GroupMean> ShownDrivers(RiskResult result)
    {
        var d = Of(result);
        return [.. result.Groups.Where(g => result.DrivenBy.Contains(g.Group) && d.ShowsGroup(g.Group))];
    }
}
