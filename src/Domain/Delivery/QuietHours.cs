namespace SchoolSupport.Domain.Delivery;

/// <summary>
/// Local hours in which bulk messages and reminders wait (default 21:00–08:00); replies are never held.
/// A start later than the end crosses midnight; a start equal to the end means no quiet hours at all.
/// Times are the recipient's wall-clock time in their zone, so daylight-saving changes are respected.
/// </summary>
public sealed record QuietHours(TimeOnly Start, TimeOnly End)
{
    public static QuietHours None { get; } = new(TimeOnly.MinValue, TimeOnly.MinValue);

    public bool IsEnabled => Start != End;

    /// <summary>Whether a local wall-clock time is quiet: [Start, End), across midnight when Start &gt; End.</summary>
    public bool Contains(TimeOnly local) =>
        IsEnabled && (Start < End ? local >= Start && local < End : local >= Start || local < End);

    public bool IsQuiet(DateTime utc, TimeZoneInfo zone) => Contains(TimeOnly.FromDateTime(Local(utc, zone)));

    /// <summary>
    /// <paramref name="utc"/> itself when it is not quiet in <paramref name="zone"/>; otherwise the instant the
    /// quiet hours end there (the next <see cref="End"/> on the local clock).
    /// </summary>
    public DateTime NextAllowedUtc(DateTime utc, TimeZoneInfo zone)
    {
        utc = DateTime.SpecifyKind(utc, DateTimeKind.Utc);
        var local = Local(utc, zone);
        var time = TimeOnly.FromDateTime(local);
        if (!Contains(time)) return utc;
        var endDay = Start > End && time >= Start ? local.Date.AddDays(1) : local.Date;
        var end = LocalToUtc(endDay + End.ToTimeSpan(), zone);
        return end > utc ? end : utc;
    }

    /// <summary>
    /// A local wall-clock time as UTC without throwing at daylight-saving changes: a time the clock skips
    /// becomes the moment the clock jumps past it (minute precision), a time that occurs twice its first occurrence.
    /// </summary>
    public static DateTime LocalToUtc(DateTime local, TimeZoneInfo zone)
    {
        local = DateTime.SpecifyKind(local, DateTimeKind.Unspecified);
        if (zone.IsInvalidTime(local))
        {
            local = new DateTime(local.Ticks - local.Ticks % TimeSpan.TicksPerMinute, DateTimeKind.Unspecified);
            for (var i = 0; i < 48 * 60 && zone.IsInvalidTime(local); i++) local = local.AddMinutes(1);
        }
        var offset = zone.IsAmbiguousTime(local) ? zone.GetAmbiguousTimeOffsets(local).Max() : zone.GetUtcOffset(local);
        return DateTime.SpecifyKind(local - offset, DateTimeKind.Utc);
    }

    private static DateTime Local(DateTime utc, TimeZoneInfo zone) =>
        TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(utc, DateTimeKind.Utc), zone);
}
