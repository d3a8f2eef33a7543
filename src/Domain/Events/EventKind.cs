namespace SchoolSupport.Domain.Events;

/// <summary>Kinds of programme events (domain.md §7).</summary>
public enum EventKind
{
    Webinar = 1,
    Seminar = 2,
    Marathon = 3,
    RoundTable = 4,
    Meeting = 5,
    Conference = 6,
}

public enum EventStatus
{
    /// <summary>The announcement waits for its send time.</summary>
    Scheduled = 1,
    /// <summary>The announcement went out; reminders and the follow-up run from here.</summary>
    Announced = 2,
    Cancelled = 3,
    /// <summary>A scheduled announcement could not go out before the event started (the bot was down).</summary>
    Missed = 4,
}
