using System.Globalization;
using System.Text;

namespace SchoolSupport.Domain.Schools;

/// <summary>Parses the optional cells of a school import row. Empty means "not set" everywhere.</summary>
internal static class SchoolFieldParser
{
    public const int MinCohortYear = 2020;
    public const int MaxCohortYear = 2100;

    private static readonly char[] ClusterNumberPrefix = "0123456789. ".ToCharArray();

    /// <summary>да/нет, 1/0, +/- (any case); empty is «нет».</summary>
    public static bool TryParseFlag(string value, out bool flag)
    {
        switch (value.ToUpperInvariant())
        {
            case "" or "НЕТ" or "0" or "-" or "–" or "—" or "−":
                flag = false;
                return true;
            case "ДА" or "1" or "+":
                flag = true;
                return true;
            default:
                flag = false;
                return false;
        }
    }

    /// <summary>«базово», «умеренно», «сильно», also written out («сильно неуспевающие») or numbered as in the ФИОКО table («3 Сильно неуспевающие»).</summary>
    public static bool TryParseCluster(string value, out ResultCluster cluster)
    {
        var word = value.TrimStart(ClusterNumberPrefix).ToUpperInvariant();
        cluster = word switch
        {
            "" when value.Length == 0 => ResultCluster.Unknown,
            _ when word.StartsWith("БАЗОВ", StringComparison.Ordinal) => ResultCluster.Basic,
            _ when word.StartsWith("УМЕРЕН", StringComparison.Ordinal) => ResultCluster.Moderate,
            _ when word.StartsWith("СИЛЬН", StringComparison.Ordinal) => ResultCluster.Severe,
            _ => (ResultCluster)(-1),
        };
        return Enum.IsDefined(cluster);
    }

    /// <summary>A year 2020..2100, optionally followed by «г» or «г.»; empty is "not in 500+".</summary>
    public static bool TryParseCohortYear(string value, out int? year)
    {
        year = null;
        if (value.Length == 0)
        {
            return true;
        }

        var digits = value.TrimEnd('.').TrimEnd('г', 'Г').TrimEnd();
        if (int.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out var parsed)
            && parsed is >= MinCohortYear and <= MaxCohortYear)
        {
            year = parsed;
            return true;
        }

        return false;
    }

    /// <summary>город/городская/г. → Urban, село/сельская/с. → Rural; empty is unknown.</summary>
    public static bool TryParseLocality(string value, out Locality locality)
    {
        var upper = value.TrimEnd('.').ToUpperInvariant();
        locality = upper switch
        {
            "" => Locality.Unknown,
            "Г" => Locality.Urban,
            "С" => Locality.Rural,
            _ when upper.StartsWith("ГОРОД", StringComparison.Ordinal) => Locality.Urban,
            _ when upper.StartsWith("СЕЛ", StringComparison.Ordinal) => Locality.Rural,
            _ => (Locality)(-1),
        };
        return Enum.IsDefined(locality);
    }

    /// <summary>Trims and collapses every run of whitespace (non-breaking spaces and line breaks too) into one space.</summary>
    public static string CollapseSpaces(string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return "";
        }

        var result = new StringBuilder(value.Length);
        var pendingSpace = false;
        foreach (var c in value.Trim())
        {
            if (char.IsWhiteSpace(c))
            {
                pendingSpace = true;
                continue;
            }

            if (pendingSpace)
            {
                result.Append(' ');
                pendingSpace = false;
            }

            result.Append(c);
        }

        return result.ToString();
    }

    /// <summary>
    /// A comparison key for names: case and «ё» ignored, every kind of quote the same,
    /// and no space after «№» (so «СОШ № 7» and «СОШ №7» match).
    /// </summary>
    public static string ComparisonKey(string name)
    {
        var collapsed = CollapseSpaces(name).ToUpperInvariant();
        var key = new StringBuilder(collapsed.Length);
        for (var i = 0; i < collapsed.Length; i++)
        {
            var c = collapsed[i];
            if (c == ' ' && i > 0 && collapsed[i - 1] == '№')
            {
                continue;
            }

            key.Append(c switch
            {
                'Ё' => 'Е',
                '«' or '»' or '„' or '“' or '”' or '\'' => '"',
                _ => c,
            });
        }

        return key.ToString();
    }
}
