using System.Globalization;
using System.Text.RegularExpressions;

namespace SchoolSupport.Domain.Events;

/// <summary>Dates, times and durations as organisers type them.</summary>
public static partial class EventInput
{
    /// <summary>A date typed without a year that passed less than this long ago is a mistake, not next year.</summary>
    private static readonly TimeSpan RecentPast = TimeSpan.FromDays(30);

    /// <summary>«28.11 15:00», «28.11.2026 15:00», «28.11.26 в 15.00»; without a year, the next such date.</summary>
    public static Parsed<DateTime> Start(string text, DateTime nowUtc, TimeZoneInfo zone)
    {
        var m = DateTimePattern().Match(text.Trim());
        if (!m.Success) return Parsed.Fail<DateTime>(EventInputTexts.DateFormat);
        int Num(string group) => int.Parse(m.Groups[group].Value, CultureInfo.InvariantCulture);
        var (day, month, hour, minute) = (Num("d"), Num("mo"), Num("h"), Num("mi"));
        if (hour > 23 || minute > 59) return Parsed.Fail<DateTime>(EventInputTexts.NoSuchTime);
        var nowLocal = TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(nowUtc, DateTimeKind.Utc), zone);
        var explicitYear = m.Groups["y"].Success;
        var year = !explicitYear ? nowLocal.Year : m.Groups["y"].Value.Length == 2 ? 2000 + Num("y") : Num("y");
        if (month is < 1 or > 12 || day < 1 || year is < 2000 or > 2999 || day > DateTime.DaysInMonth(year, month))
            return Parsed.Fail<DateTime>(EventInputTexts.NoSuchDate(day, month));
        var local = new DateTime(year, month, day, hour, minute, 0, DateTimeKind.Unspecified);
        if (!explicitYear && local < nowLocal - RecentPast)
        {
            if (day > DateTime.DaysInMonth(year + 1, month)) return Parsed.Fail<DateTime>(EventInputTexts.NoSuchDate(day, month));
            local = local.AddYears(1);
        }
        if (zone.IsInvalidTime(local)) return Parsed.Fail<DateTime>(EventInputTexts.ClockChange);
        var utc = TimeZoneInfo.ConvertTimeToUtc(local, zone);
        if (utc <= nowUtc) return Parsed.Fail<DateTime>(EventInputTexts.InPast);
        if (utc > nowUtc.AddYears(2)) return Parsed.Fail<DateTime>(EventInputTexts.TooFar);
        return Parsed.Of<DateTime>(utc);
    }

    /// <summary>«90», «90 мин», «1:30», «1,5 ч», «2 часа», «1 ч 30 мин» → minutes.</summary>
    public static Parsed<int> DurationMinutes(string text)
    {
        var s = text.Trim().ToLowerInvariant();
        double? minutes = null;
        if (MinutesPattern().Match(s) is { Success: true } mm) minutes = Number(mm.Groups["n"].Value);
        else if (ClockPattern().Match(s) is { Success: true } cm && Number(cm.Groups["m"].Value) < 60)
            minutes = (Number(cm.Groups["h"].Value) * 60) + Number(cm.Groups["m"].Value);
        else if (HoursPattern().Match(s) is { Success: true } hm) minutes = Number(hm.Groups["n"].Value) * 60;
        else if (HoursMinutesPattern().Match(s) is { Success: true } hmm && Number(hmm.Groups["m"].Value) < 60)
            minutes = (Number(hmm.Groups["h"].Value) * 60) + Number(hmm.Groups["m"].Value);
        if (minutes is not { } value) return Parsed.Fail<int>(EventInputTexts.DurationFormat);
        var rounded = (int)Math.Round(value);
        return rounded is < MinMinutes or > MaxMinutes ? Parsed.Fail<int>(EventInputTexts.DurationRange) : Parsed.Of<int>(rounded);
    }

    private static double Number(string s) => double.Parse(s.Replace(',', '.'), NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture);

    [GeneratedRegex(@"^(?<d>\d{1,2})\.(?<mo>\d{1,2})(?:\.(?<y>\d{4}|\d{2}))?\s*(?:,|\s)\s*(?:в\s+)?(?<h>\d{1,2})[:.](?<mi>\d{2})$", RegexOptions.IgnoreCase)]
    private static partial Regex DateTimePattern();

    [GeneratedRegex(@"^(?<n>\d{1,4})\s*(?:м|мин|минут|минуты|минута)?\.?$")]
    private static partial Regex MinutesPattern();

    [GeneratedRegex(@"^(?<h>\d{1,2}):(?<m>\d{2})$")]
    private static partial Regex ClockPattern();

    [GeneratedRegex(@"^(?<n>\d{1,2}(?:[.,]\d{1,2})?)\s*(?:ч|час|часа|часов)\.?$")]
    private static partial Regex HoursPattern();

    [GeneratedRegex(@"^(?<h>\d{1,2})\s*(?:ч|час|часа|часов)\.?\s*(?<m>\d{1,2})\s*(?:м|мин|минут|минуты|минута)\.?$")]
    private static partial Regex HoursMinutesPattern();
}
