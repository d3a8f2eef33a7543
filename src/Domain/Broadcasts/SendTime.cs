using System.Globalization;
using System.Text.RegularExpressions;

namespace SchoolSupport.Domain.Broadcasts;

public enum SendTimeError
{
    Unreadable = 1,
    Past = 2,
    TooFar = 3,
}

/// <summary>
/// When a scheduled mailing goes out, in the sender's local time: quick choices and a typed «дд.мм чч:мм»
/// (or «дд.мм.гггг чч:мм»). Pure: "now" is a parameter.
/// </summary>
public static partial class SendTime
{
    /// <summary>A scheduled time must be at least this far ahead, or it is simply «now».</summary>
    public static readonly TimeSpan MinLead = TimeSpan.FromMinutes(5);
    public static readonly TimeSpan MaxAhead = TimeSpan.FromDays(180);
    private static readonly int[] TodayHours = [9, 12, 15, 18];

    /// <summary>Up to four sensible times: the next of 9/12/15/18 today, then tomorrow 9:00 and 15:00, the day after 9:00.</summary>
    public static IReadOnlyList<DateTime> Quick(DateTime nowLocal)
    {
        var today = nowLocal.Date;
        var list = TodayHours.Select(h => today.AddHours(h)).Where(t => t - nowLocal >= MinLead).Take(2).ToList();
        list.Add(today.AddDays(1).AddHours(9));
        list.Add(today.AddDays(1).AddHours(15));
        list.Add(today.AddDays(2).AddHours(9));
        return list.Take(4).ToList();
    }

    /// <summary>Reads «26.11 15:00», «26.11.2026 15:00», «26.11 9.30»; a date without a year that has passed means next year.</summary>
    public static SendTimeError? TryParse(string input, DateTime nowLocal, out DateTime local)
    {
        local = default;
        var m = Pattern().Match(input.Trim());
        if (!m.Success) return SendTimeError.Unreadable;
        int Part(string name) => int.Parse(m.Groups[name].Value, CultureInfo.InvariantCulture);
        var year = m.Groups["y"].Success ? Part("y") : nowLocal.Year;
        if (year < 100) year += 2000;
        if (!TryDate(year, Part("mo"), Part("d"), Part("h"), Part("mi"), out local)) return SendTimeError.Unreadable;
        if (!m.Groups["y"].Success && local < nowLocal.Date && TryDate(year + 1, Part("mo"), Part("d"), Part("h"), Part("mi"), out var next))
            local = next;
        return Check(local, nowLocal);
    }

    /// <summary>Whether a chosen time may still be used (a quick button may be pressed hours later).</summary>
    public static SendTimeError? Check(DateTime local, DateTime nowLocal) =>
        local - nowLocal < MinLead ? SendTimeError.Past
        : local - nowLocal > MaxAhead ? SendTimeError.TooFar
        : null;

    private static bool TryDate(int year, int month, int day, int hour, int minute, out DateTime value)
    {
        value = default;
        if (year is < 2000 or > 2200 || month is < 1 or > 12 || hour > 23 || minute > 59) return false;
        if (day < 1 || day > DateTime.DaysInMonth(year, month)) return false;
        value = new DateTime(year, month, day, hour, minute, 0, DateTimeKind.Unspecified);
        return true;
    }

    [GeneratedRegex(@"^(?<d>\d{1,2})[./](?<mo>\d{1,2})(?:[./](?<y>\d{2}|\d{4}))?[\s,]+(?:в\s+)?(?<h>\d{1,2})[:.](?<mi>\d{2})$", RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();
}
