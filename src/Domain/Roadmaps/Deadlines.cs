using System.Globalization;

namespace SchoolSupport.Domain.Roadmaps;

/// <summary>Turning calendar dates into due moments, and reading dates people type.</summary>
public static class Deadlines
{
    /// <summary>
    /// The end of <paramref name="date"/> in <paramref name="zone"/>: the first moment of the next local day, in UTC.
    /// «До 1 марта» in Екатеринбург (UTC+5) ends at 1 March 19:00 UTC, in Москва (UTC+3) at 21:00 UTC.
    /// </summary>
    public static DateTime DueUtc(DateOnly date, TimeZoneInfo zone)
    {
        var local = date.AddDays(1).ToDateTime(TimeOnly.MinValue, DateTimeKind.Unspecified);
        // A clock change exactly at midnight skips it: the day then ends at the first valid local moment.
        while (zone.IsInvalidTime(local)) local = local.AddMinutes(30);
        return TimeZoneInfo.ConvertTimeToUtc(local, zone);
    }

    /// <summary>The calendar date it is now in <paramref name="zone"/>.</summary>
    public static DateOnly LocalToday(DateTime nowUtc, TimeZoneInfo zone) =>
        DateOnly.FromDateTime(TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(nowUtc, DateTimeKind.Utc), zone));

    /// <summary>Reads «дд.мм.гггг» (one-digit day and month allowed, surrounding spaces ignored).</summary>
    public static bool TryParseDate(string? text, out DateOnly date) =>
        DateOnly.TryParseExact((text ?? "").Trim(), ["dd.MM.yyyy", "d.M.yyyy", "d.MM.yyyy", "dd.M.yyyy"],
            CultureInfo.InvariantCulture, DateTimeStyles.None, out date);
}
