using System.Globalization;

namespace SchoolSupport.Domain.Delivery;

/// <summary>Whole numbers the Russian way: groups of three digits separated by a narrow no-break space (4 210, 10 000).</summary>
public static class RussianNumber
{
    /// <summary>U+202F NARROW NO-BREAK SPACE: the thin space of Russian typography that never breaks a number.</summary>
    public const char GroupSeparator = '\u202F';

    private static readonly NumberFormatInfo Format = new() { NumberGroupSeparator = GroupSeparator.ToString(), NumberGroupSizes = [3], NegativeSign = "−" };

    public static string Of(long value) => value.ToString("#,0", Format);
}
