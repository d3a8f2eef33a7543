namespace SchoolSupport.Domain.Events;

public enum Due
{
    /// <summary>Nothing to do now.</summary>
    No = 0,
    Send = 1,
    /// <summary>Too late to be useful: mark it done without sending.</summary>
    Skip = 2,
}

/// <summary>When the scheduled announcement and the after-event question go out.</summary>
public static class EventTiming
{
    /// <summary>After downtime, the «Были на мероприятии?» question still goes out within this time after the end.</summary>
    public static readonly TimeSpan FollowUpWindow = TimeSpan.FromDays(2);

    /// <summary>A scheduled announcement goes out at its time, but not once the event has started.</summary>
    public static Due Announcement(Event e, DateTime nowUtc) =>
        e.Status != EventStatus.Scheduled || nowUtc < e.AnnounceAtUtc ? Due.No
        : nowUtc >= e.StartUtc ? Due.Skip
        : Due.Send;

    /// <summary>The attendance question goes out once the event has ended.</summary>
    public static Due FollowUp(Event e, DateTime nowUtc) =>
        e.Status != EventStatus.Announced || e.FollowUpSentAtUtc is not null || nowUtc < e.EndsAtUtc() ? Due.No
        : nowUtc > e.EndsAtUtc() + FollowUpWindow ? Due.Skip
        : Due.Send;

    /// <summary>Time and link can be changed, and the event cancelled, until it ends.</summary>
    public static bool CanChange(Event e, DateTime nowUtc) =>
        e.Status is EventStatus.Scheduled or EventStatus.Announced && nowUtc < e.EndsAtUtc();

    /// <summary>What a «Мои мероприятия» list shows: announced events that have not ended.</summary>
    public static bool IsUpcoming(Event e, DateTime nowUtc) => e.Status == EventStatus.Announced && nowUtc < e.EndsAtUtc();
}
