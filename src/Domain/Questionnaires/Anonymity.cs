namespace SchoolSupport.Domain.Questionnaires;

/// <summary>A number of respondents behind one aggregate (a group's mean, a block's shares) that a report wants to show.</summary>
public sealed record Cell(string Key, int Respondents);

/// <summary>What a report may show of a total and its parts.</summary>
public sealed record Disclosure(IReadOnlySet<string> HiddenParts, bool TotalHidden)
{
    public bool Shows(string key) => !HiddenParts.Contains(key);
}

/// <summary>
/// Survey anonymity (domain.md §9): no aggregate of fewer than 5 respondents (10 for free text) is ever shown, and a
/// hidden part cannot be recovered by subtracting the shown parts from a shown total. A part with no respondents has
/// nothing to hide and is reported as «нет ответов».
/// </summary>
public static class Anonymity
{
    public const int MinRespondents = 5;
    public const int MinFreeTextRespondents = 10;

    public static int Threshold(bool freeText) => freeText ? MinFreeTextRespondents : MinRespondents;

    /// <summary>
    /// The principal answers for the school, as with the school passport, and is told so: their answers are the
    /// school's position, shown by name, never hidden and never in need of cover (docs/decisions/0006).
    /// </summary>
    public static bool IsNamed(RespondentGroup group) => group == RespondentGroup.Principal;

    /// <summary>May an aggregate of <paramref name="respondents"/> be shown on its own?</summary>
    public static bool CanShow(int respondents, bool freeText = false) => respondents >= Threshold(freeText);

    /// <summary>
    /// The parts to hide and whether to hide the total. Parts under the threshold are hidden; when the total is shown and
    /// the hidden parts together are still under the threshold (one hidden part is exactly the total minus the others),
    /// the smallest shown parts are hidden too until they are not; if that is impossible, the total is hidden.
    /// </summary>
    public static Disclosure Disclose(IReadOnlyList<Cell> parts, bool totalShown, bool freeText = false)
    {
        var min = Threshold(freeText);
        var hidden = parts.Where(p => p.Respondents is > 0 && p.Respondents < min).Select(p => p.Key).ToHashSet(StringComparer.Ordinal);
        var total = parts.Sum(p => p.Respondents);
        var totalHidden = !totalShown || (total > 0 && total < min);
        if (totalHidden) return new Disclosure(hidden, true);
        while (hidden.Count > 0 && HiddenSum(parts, hidden) < min)
        {
            var next = parts.Where(p => p.Respondents > 0 && !hidden.Contains(p.Key)).OrderBy(p => p.Respondents).ThenBy(p => p.Key, StringComparer.Ordinal).FirstOrDefault();
            if (next is null) return new Disclosure(hidden, true);
            hidden.Add(next.Key);
        }
        return new Disclosure(hidden, false);
    }

    private static int HiddenSum(IReadOnlyList<Cell> parts, HashSet<string> hidden) => parts.Where(p => hidden.Contains(p.Key)).Sum(p => p.Respondents);
}
