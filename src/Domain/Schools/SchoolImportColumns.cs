namespace SchoolSupport.Domain.Schools;

/// <summary>
/// Column names of the school import table (docs/csv-schools.md). Headers are matched
/// case-insensitively, ignoring spaces, hyphens and the difference between «е» and «ё».
/// </summary>
public static class SchoolImportColumns
{
    public const string Name = "Название";
    public const string Municipality = "Муниципалитет";
    public const string LowResults = "ШНОР";
    public const string AdverseConditions = "ШНСУ";
    public const string VprBias = "ВПР";
    public const string RiskZone = "Зона риска";
    public const string Cluster = "Кластер";
    public const string Cohort500 = "500+";
    public const string Locality = "Местность";
    public const string LeaderSchool = "Школа-лидер";

    /// <summary>Columns a file must have.</summary>
    public static IReadOnlyList<string> Required { get; } = [Name, Municipality];

    /// <summary>Every known column, in the order the documentation lists them.</summary>
    public static IReadOnlyList<string> All { get; } =
        [Name, Municipality, LowResults, AdverseConditions, VprBias, RiskZone, Cluster, Cohort500, Locality, LeaderSchool];

    private static readonly Dictionary<string, string> ByKey =
        All.ToDictionary(HeaderKey, column => column, StringComparer.Ordinal);

    /// <summary>The canonical column name for a header as written in a file, or null for an unknown column.</summary>
    public static string? Canonical(string header) =>
        ByKey.TryGetValue(HeaderKey(header), out var column) ? column : null;

    private static string HeaderKey(string header)
    {
        var key = new System.Text.StringBuilder(header.Length);
        foreach (var c in header)
        {
            if (char.IsLetterOrDigit(c) || c == '+')
            {
                key.Append(char.ToUpperInvariant(c) == 'Ё' ? 'Е' : char.ToUpperInvariant(c));
            }
        }

        return key.ToString();
    }
}
