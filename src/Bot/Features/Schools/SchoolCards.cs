using SchoolSupport.Domain.Schools;

namespace SchoolSupport.Bot.Features.Schools;

/// <summary>How schools read in messages: one line in a list, a full card, a municipality page.</summary>
internal static class SchoolCards
{
    /// <summary>«3. МАОУ «СОШ №7» — ШНОР, ВПР · умеренно неуспевающие · 500+ (2022)».</summary>
    public static string Line(int number, School school, string? municipalityName = null)
    {
        var details = new List<string>();
        if (municipalityName is not null) details.Add(municipalityName);
        if (Texts.Flags(school.Flags) is { Length: > 0 } flags) details.Add(flags);
        if (SchoolTexts.ClusterName(school.Cluster) is { } cluster) details.Add(cluster);
        if (school.Cohort500Year is { } year) details.Add(SchoolTexts.CohortShort(year));
        return details.Count == 0 ? $"{number}. {school.Name}" : $"{number}. {school.Name} — {string.Join(" · ", details)}";
    }

    public static string Card(School school, string municipalityName)
    {
        var flags = Texts.Flags(school.Flags);
        var lines = new List<string>
        {
            $"🏫 {school.Name}",
            $"{SchoolTexts.CardMunicipality}: {municipalityName}",
            $"{SchoolTexts.CardFlags}: {(flags.Length == 0 ? SchoolTexts.NoFlags : flags)}",
            $"{SchoolTexts.CardCluster}: {SchoolTexts.ClusterName(school.Cluster) ?? SchoolTexts.NoCluster}",
            $"{SchoolTexts.CardCohort}: {(school.Cohort500Year is { } year ? SchoolTexts.Cohort(year) : SchoolTexts.NotIn500)}",
        };
        if (SchoolTexts.LocalityName(school.Locality) is { } locality) lines.Add($"{SchoolTexts.CardLocality}: {locality}");
        if (school.LeaderSchool is { Length: > 0 } leader) lines.Add($"{SchoolTexts.CardLeader}: {leader}");
        return string.Join('\n', lines);
    }

    /// <summary>«Из них: ШНОР — 12, ШНСУ — 5, в «500+» — 7.», or null when no school has a flag or a cohort year.</summary>
    public static string? Summary(IReadOnlyList<School> schools)
    {
        var parts = new List<string>();
        foreach (var flag in Flags)
        {
            var count = schools.Count(s => s.Flags.HasFlag(flag));
            if (count > 0) parts.Add($"{Texts.Flags(flag)} — {count}");
        }
        var in500 = schools.Count(s => s.Cohort500Year is not null);
        if (in500 > 0) parts.Add($"в «500+» — {in500}");
        return parts.Count == 0 ? null : SchoolTexts.FlagSummary(parts);
    }

    /// <summary>«Страница 2 из 5, № 9–16.», or null for a single page.</summary>
    public static string? PageInfo<T>(Page<T> page) =>
        page.Pages <= 1 ? null : SchoolTexts.PageInfo(page.Number + 1, page.Pages, page.FirstIndex + 1, page.FirstIndex + page.Items.Count);

    /// <summary>A municipality's schools: header with the count and flag summary, page info, one numbered line per school.</summary>
    public static string MunicipalityPage(string municipalityName, IReadOnlyList<School> all, Page<School> page)
    {
        if (all.Count == 0) return SchoolTexts.EmptyMunicipality(municipalityName);
        var head = new List<string?> { SchoolTexts.MunicipalityHeader(municipalityName, all.Count), Summary(all), PageInfo(page) };
        if (page.Pages > 1) head.Add(SchoolTexts.Alphabetical);
        return Join(head, page.Items.Select((s, i) => Line(page.FirstIndex + i + 1, s)));
    }

    /// <summary>A participant's own schools (curator, school team), with the municipality on each line.</summary>
    public static string OwnPage(Page<School> page, Func<string, string> municipalityName) =>
        Join([SchoolTexts.OwnHeader(page.Total), PageInfo(page)],
            page.Items.Select((s, i) => Line(page.FirstIndex + i + 1, s, municipalityName(s.MunicipalityId))));

    /// <summary>The flags a school can have, in the order they are shown.</summary>
    public static IReadOnlyList<SchoolFlags> Flags { get; } =
        [SchoolFlags.LowResults, SchoolFlags.AdverseConditions, SchoolFlags.VprBias, SchoolFlags.RiskZone];

    private static string Join(IEnumerable<string?> head, IEnumerable<string> lines) =>
        string.Join('\n', head.OfType<string>()) + "\n\n" + string.Join('\n', lines);
}
