namespace SchoolSupport.Domain.Events;

public enum WhenKind
{
    /// <summary>Already started.</summary>
    Started = 0,
    /// <summary>Within a few hours: «через 2 часа».</summary>
    Soon = 1,
    /// <summary>«сегодня в 15:00»</summary>
    Today = 2,
    /// <summary>«завтра в 15:00»</summary>
    Tomorrow = 3,
    /// <summary>«28 ноября в 15:00»</summary>
    OnDate = 4,
}

/// <summary>How to say when an event starts, for one recipient: the kind of phrase and the local start time.</summary>
public sealed record RelativeWhen(WhenKind Kind, DateTime Local, TimeSpan Until)
{
    /// <summary>Closer than this, the phrase counts hours and minutes («через 2 часа»).</summary>
    public static readonly TimeSpan SoonLimit = TimeSpan.FromHours(3);

    public static RelativeWhen Of(DateTime startUtc, DateTime nowUtc, TimeZoneInfo zone)
    {
        var until = startUtc - nowUtc;
        var local = TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(startUtc, DateTimeKind.Utc), zone);
        var today = TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(nowUtc, DateTimeKind.Utc), zone).Date;
        var kind = until <= TimeSpan.Zero ? WhenKind.Started
            : until < SoonLimit ? WhenKind.Soon
            : local.Date == today ? WhenKind.Today
            : local.Date == today.AddDays(1) ? WhenKind.Tomorrow
            : WhenKind.OnDate;
        return new RelativeWhen(kind, local, until);
    }
}
