using System.Globalization;

namespace SchoolSupport.Domain.Questionnaires;

/// <summary>Numbers as people type them: «1 200», «12,5», «12.5», «−3».</summary>
public static class NumberParsing
{
    public static decimal? Parse(string text)
    {
        var cleaned = new string([.. text.Trim().Where(c => !char.IsWhiteSpace(c) && c != '\u202F')])
            .Replace(',', '.').Replace('−', '-');
        if (cleaned.Length is 0 or > 20) return null;
        return decimal.TryParse(cleaned, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var n)
            ? n
            : null;
    }
}
