using SchoolSupport.Domain.Questionnaires;

namespace SchoolSupport.Domain.Risks;

/// <summary>
/// One risk of a school's profile: the indicator (weighted mean of the group means), its level, each group's mean with
/// what it rests on, and the groups that drove it (mean at or above the «средняя» threshold, highest first).
/// With no scored answer at all the indicator and level are null: the risk was not diagnosed.
/// </summary>
public sealed record RiskResult(
    Risk Risk,
    double? Indicator,
    RiskLevel? Level,
    IReadOnlyList<GroupMean> Groups,
    IReadOnlyList<RespondentGroup> DrivenBy)
{
    /// <summary>Scored answers the indicator rests on, over all groups.</summary>
    public int Answers => Groups.Sum(g => g.Answers);

    /// <summary>Respondents whose answers count, over all groups.</summary>
    public int Respondents => Groups.Sum(g => g.Respondents);
}

/// <summary>
/// A group's part in a risk: the mean of its item means, the weight it had, and what the mean rests on
/// (scored answers, respondents who gave at least one, items answered). Check <see cref="Anonymity"/> before showing it.
/// </summary>
public sealed record GroupMean(RespondentGroup Group, double Mean, double Weight, int Answers, int Respondents, int Items);

/// <summary>A school's risk profile: every risk of the catalogue, in catalogue order.</summary>
public sealed record RiskProfile(IReadOnlyList<RiskResult> Risks, Thresholds Thresholds)
{
    public RiskResult? For(int riskId) => Risks.FirstOrDefault(r => r.Risk.Id == riskId);
}
