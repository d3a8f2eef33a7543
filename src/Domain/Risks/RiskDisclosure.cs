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
}
