using SchoolSupport.Domain.Questionnaires;

namespace SchoolSupport.Domain.Risks;

/// <summary>The catalogue's own rules, the risk references of instruments, and coverage: every risk informed by enough items.</summary>
public static class RiskCatalogueRules
{
    /// <summary>domain.md §4: every risk is informed by at least this many items across the groups.</summary>
    public const int MinItemsPerRisk = 3;
    public const int MaxShortName = 40;

    public static IReadOnlyList<string> Problems(RiskCatalogue c)
    {
        var p = new List<string>();
        if (c.Version < 1) p.Add("risk catalogue: version must be 1 or more");
        if (string.IsNullOrWhiteSpace(c.Title)) p.Add("risk catalogue: needs a title");
        var t = c.Thresholds;
        if (!(t.Medium > 0 && t.Medium < t.High && t.High <= 1)) p.Add($"risk catalogue: thresholds must keep 0 < medium ({t.Medium}) < high ({t.High}) <= 1");
        CheckWeights(c.Weights, "risk catalogue", p);
        if (c.Risks.Count == 0) p.Add("risk catalogue: needs risks");
        foreach (var dup in c.Risks.GroupBy(r => r.Id).Where(g => g.Count() > 1)) p.Add($"risk catalogue: risk {dup.Key} appears twice");
        foreach (var r in c.Risks)
        {
            if (r.Id < 1) p.Add($"risk catalogue: risk id {r.Id} must be 1 or more");
            if (string.IsNullOrWhiteSpace(r.Name)) p.Add($"risk catalogue: risk {r.Id} needs a name");
            if (string.IsNullOrWhiteSpace(r.ShortName) || r.ShortName.Length > MaxShortName) p.Add($"risk catalogue: risk {r.Id} needs a short name of 1..{MaxShortName} characters");
            if (r.Weights is { } w) CheckWeights(w, $"risk catalogue: risk {r.Id}", p);
        }
        return p;
    }

    /// <summary>Risk ids that items of the instruments name but the catalogue lacks.</summary>
    public static IReadOnlyList<string> References(IReadOnlyList<Instrument> instruments, RiskCatalogue c) =>
        [.. from i in instruments
            from item in i.Items
            from o in item.Choices
            from r in o.RisksIn(item).Concat(item.Risks).Distinct()
            where c.Risk(r) is null
            select $"instrument {i.Key}, item '{item.Id}': unknown risk {r}"];

    /// <summary>For each risk of the catalogue, the items (instrument/item) that inform it, over the given instruments.</summary>
    public static IReadOnlyDictionary<int, IReadOnlyList<string>> Coverage(IReadOnlyList<Instrument> instruments, RiskCatalogue c) =>
        c.Risks.ToDictionary(r => r.Id, r => (IReadOnlyList<string>)[.. from i in instruments
            from item in i.Items
            where ItemScores.RisksOf(item).Contains(r.Id)
            select $"{i.Id}/{item.Id}"]);

    /// <summary>Risks informed by fewer than <see cref="MinItemsPerRisk"/> items of the given (latest) instruments.</summary>
    public static IReadOnlyList<string> CoverageProblems(IReadOnlyList<Instrument> instruments, RiskCatalogue c) =>
        [.. Coverage(instruments, c).Where(kv => kv.Value.Count < MinItemsPerRisk)
            .Select(kv => $"risk {kv.Key} is informed by {kv.Value.Count} items; at least {MinItemsPerRisk} are needed")];

    private static void CheckWeights(IReadOnlyList<GroupWeight> weights, string where, List<string> p)
    {
        foreach (var w in weights)
        {
            if (!Enum.IsDefined(w.Group)) p.Add($"{where}: weight of an unknown group");
            if (!double.IsFinite(w.Weight) || w.Weight < 0) p.Add($"{where}: weight of {w.Group} must be 0 or more");
        }
        foreach (var dup in weights.GroupBy(w => w.Group).Where(g => g.Count() > 1)) p.Add($"{where}: weight of {dup.Key} appears twice");
        if (weights.Count > 0 && weights.All(w => w.Weight <= 0)) p.Add($"{where}: at least one group needs a positive weight");
    }
}
