using SchoolSupport.Domain.Audiences;
using SchoolSupport.Domain.Messaging;

namespace SchoolSupport.Domain.Events;

/// <summary>An event announced to an audience: what, when (UTC), where to join, for whom, and its lifecycle.</summary>
public sealed record Event
{
    /// <summary>Short random id; fits in callback data.</summary>
    public required string Id { get; init; }
    public EventKind Kind { get; init; }
    public required string Title { get; init; }
    public string Description { get; init; } = "";
    public DateTime StartUtc { get; init; }
    public int DurationMinutes { get; init; }
    /// <summary>The join link (http or https); none for an event in person.</summary>
    public string? Link { get; init; }
    public MaterialsFile? Materials { get; init; }
    public Audience Audience { get; init; } = Audience.EveryoneInScope;
    public required string OrganiserId { get; init; }
    /// <summary>Where progress of a scheduled announcement is reported.</summary>
    public ChatAddress? OrganiserChat { get; init; }
    public EventStatus Status { get; init; }
    public DateTime CreatedAtUtc { get; init; }
    /// <summary>When the announcement goes (or went) out.</summary>
    public DateTime AnnounceAtUtc { get; init; }
    public DateTime? AnnouncedAtUtc { get; init; }
    public DateTime? CancelledAtUtc { get; init; }
    /// <summary>iCalendar SEQUENCE: grows with every change recipients are told about.</summary>
    public int Sequence { get; init; }
    /// <summary>Reminder offsets before the start, fixed when the event is created.</summary>
    public IReadOnlyList<int> ReminderMinutes { get; init; } = [];
    /// <summary>Reminders due before this moment (the announcement or the last change of time) are skipped.</summary>
    public DateTime RemindersFromUtc { get; init; }
    /// <summary>Reminders already handled (<see cref="ReminderSchedule.Key"/>), sent or skipped.</summary>
    public IReadOnlyList<string> SentReminders { get; init; } = [];
    public DateTime? FollowUpSentAtUtc { get; init; }
    public string? RecordingLink { get; init; }

    public DateTime EndsAtUtc() => StartUtc.AddMinutes(DurationMinutes);
}

/// <summary>Materials attached to an announcement: the file kept in the bot's data folder.</summary>
public sealed record MaterialsFile
{
    public required string FileName { get; init; }
    /// <summary>Path relative to the data folder.</summary>
    public required string StoredPath { get; init; }
    public long Size { get; init; }
}
