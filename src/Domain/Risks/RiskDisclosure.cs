using SchoolSupport.Domain.Questionnaires;

namespace SchoolSupport.Domain.Risks;

/// <summary>
/// What a report may show of one risk: the group means whose respondents are enough, and the indicator only when it cannot
/// be used, with the shown group means and the weights, to recover a hidden group's mean (see <see cref="Anonymity"/>).
/// </summary>
public static class RiskDisclosure
{
    /// <remarks>
    /// The principal is named (<see cref="Anonymity.IsNamed"/>): always shown, a known part. Only groups that weigh in the
    /// indicator are parts of it: a group of weight 0 hides nothing by being hidden, so it
    /// can never cover a small group; on its own it is shown only with enough respondents.
    /// </remarks>
    public static Disclosure Of(RiskResult result)
    {
        var anonymous = result.Groups.Where(g => !Anonymity.IsNamed(g.Group)).ToList();
        var weighted = Anonymity.Disclose([.. anonymous.Where(g => g.Weight > 0).Select(g => new Cell(g.Group.ToString(), g.Respondents))], totalShown: result.Indicator is not null);
        var alone = anonymous.Where(g => g.Weight <= 0 && g.Respondents > 0 && !Anonymity.CanShow(g.Respondents)).Select(g => g.Group.ToString());
        return weighted with { HiddenParts = weighted.HiddenParts.Union(alone, StringComparer.Ordinal).ToHashSet(StringComparer.Ordinal) };
    }

    /// <summary>
    /// Whether the answer rows of <paramref name="group"/> to <paramref name="instrument"/> would give away a mean this
    /// profile hides: the group is hidden (too small, or covering a small one) in a risk the instrument informs. Rows of an
    /// instrument that informs no such risk («Есть ли изменения?») reveal nothing of it.
    /// </summary>
    public static bool RowsReveal(RiskProfile profile, Instrument instrument, RespondentGroup group)
    {
        var informed = instrument.Items.SelectMany(ItemScores.RisksOf).ToHashSet();
        return profile.Risks.Any(r => informed.Contains(r.Risk.Id) && !Of(r).ShowsGroup(group));
    }

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
