namespace SchoolSupport.Domain.Nudges;

/// <summary>
/// The calendar of nudges, on the recipient's local clock. Catch-up after downtime follows one rule: only the
/// current period (today, this week) can be sent, once its hour has passed; missed periods are never replayed.
/// </summary>
public static class NudgeClock
{
    /// <summary>The local day whose nudges may go out now: today once <paramref name="hour"/> has passed, else none.</summary>
    public static DateOnly? DueDay(DateTime nowUtc, TimeZoneInfo zone, int hour)
    {
        var local = Local(nowUtc, zone);
        return local.Hour >= hour ? DateOnly.FromDateTime(local) : null;
    }

    /// <summary>
    /// The local day whose nudges may go out now under <paramref name="s"/>: after the digest hour and outside quiet hours.
    /// </summary>
    public static DateOnly? DueDay(DateTime nowUtc, TimeZoneInfo zone, NudgeSettings s) =>
        s.Quiet.IsQuiet(nowUtc, zone) ? null : DueDay(nowUtc, zone, s.DigestHour);

    /// <summary>The first day of the week that contains <paramref name="today"/>, weeks starting on <paramref name="first"/>.</summary>
    public static DateOnly WeekStart(DateOnly today, DayOfWeek first) =>
        today.AddDays(-(((int)today.DayOfWeek - (int)first + 7) % 7));

    public static DateOnly LocalDay(DateTime utc, TimeZoneInfo zone) => DateOnly.FromDateTime(Local(utc, zone));

    /// <summary>Whole days in <paramref name="span"/> (5 days 23 hours is 5), never negative.</summary>
    public static int WholeDays(TimeSpan span) => span <= TimeSpan.Zero ? 0 : (int)span.TotalDays;

    private static DateTime Local(DateTime utc, TimeZoneInfo zone) =>
        TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(utc, DateTimeKind.Utc), zone);
}
