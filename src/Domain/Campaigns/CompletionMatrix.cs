namespace SchoolSupport.Domain.Campaigns;

/// <summary>Where an expected count comes from.</summary>
public enum ExpectedSource
{
    Unknown,
    Passport,
    ByHand,
    /// <summary>The principal's instruments: one person.</summary>
    One,
}

/// <summary>Respondents a school has per group, as its social passport says (null where it says nothing).</summary>
public sealed record PassportCounts
{
    public int? Teachers { get; init; }
    public int? Grade6Students { get; init; }
    public int? Grade9Students { get; init; }

    public static PassportCounts None { get; } = new();

    /// <summary>Parents are counted one per student: a class meeting expects one answer per family.</summary>
    public int? For(CampaignGroup g) => g.Kind switch
    {
        GroupKind.Teachers => Teachers,
        GroupKind.Parents or GroupKind.Students => g.Grade switch { 6 => Grade6Students, 9 => Grade9Students, _ => null },
        _ => null,
    };
}

/// <summary>One line of the matrix: an instrument answered by a group.</summary>
public sealed record MatrixRow(CampaignSlot Slot, int Answered, int Started, int? Expected, ExpectedSource Source)
{
    /// <summary>Answered as a whole percentage of expected; null when nothing is expected or known.</summary>
    public int? Percent => Expected is { } e && e > 0 ? (int)Math.Round(100.0 * Answered / e, MidpointRounding.AwayFromZero) : null;
}

/// <summary>
/// The completion matrix of a campaign: per slot, sheets submitted (answered), drafts not submitted (started) and the
/// expected respondents (by hand, else the passport, else unknown; the principal is one person).
/// </summary>
public static class CompletionMatrix
{
    public static IReadOnlyList<MatrixRow> Of(Campaign c, IReadOnlyDictionary<int, int> answeredBySlot,
        IReadOnlyDictionary<int, int> startedBySlot, PassportCounts passport) =>
        c.Slots.OrderBy(s => s.Group.Kind).ThenBy(s => s.Group.Grade).ThenBy(s => s.Index).Select(s =>
        {
            var (expected, source) = Expected(c, s.Group, passport);
            return new MatrixRow(s, answeredBySlot.GetValueOrDefault(s.Index), startedBySlot.GetValueOrDefault(s.Index), expected, source);
        }).ToList();

    public static (int? Expected, ExpectedSource Source) Expected(Campaign c, CampaignGroup g, PassportCounts passport)
    {
        if (c.ExpectedByHand.TryGetValue(g.Key, out var byHand)) return (byHand, ExpectedSource.ByHand);
        if (g.Kind == GroupKind.Principal) return (1, ExpectedSource.One);
        return passport.For(g) is { } fromPassport ? (fromPassport, ExpectedSource.Passport) : (null, ExpectedSource.Unknown);
    }

    /// <summary>Totals over the rows (expected only when every row knows it).</summary>
    public static (int Answered, int Started, int? Expected) Total(IReadOnlyList<MatrixRow> rows) =>
        (rows.Sum(r => r.Answered), rows.Sum(r => r.Started), rows.All(r => r.Expected is not null) ? rows.Sum(r => r.Expected!.Value) : null);

    /// <summary>A hand-entered expected count must be a whole number of people, at most this.</summary>
    public const int MaxExpected = 5000;

    public static bool IsValidExpected(int n) => n is >= 0 and <= MaxExpected;
}
