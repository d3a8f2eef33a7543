namespace SchoolSupport.Domain.Events;

public enum Rsvp
{
    None = 0,
    /// <summary>«Буду»</summary>
    Going = 1,
    /// <summary>«Не смогу»</summary>
    NotGoing = 2,
}

/// <summary>One recipient of an event announcement and their answers: RSVP, attendance, feedback.</summary>
public sealed record Participation
{
    /// <summary><see cref="KeyOf"/>: one record per event and person.</summary>
    public required string Id { get; init; }
    public required string EventId { get; init; }
    public required string ParticipantId { get; init; }
    public DateTime ReceivedAtUtc { get; init; }
    public Rsvp Rsvp { get; init; }
    public DateTime? RsvpAtUtc { get; init; }
    /// <summary>The answer to «Были на мероприятии?»; null until answered.</summary>
    public bool? Attended { get; init; }
    public string? Feedback { get; init; }
    public DateTime? FeedbackAtUtc { get; init; }

    public static string KeyOf(string eventId, string participantId) => $"{eventId}:{participantId}";

    public static Participation Received(string eventId, string participantId, DateTime nowUtc) =>
        new() { Id = KeyOf(eventId, participantId), EventId = eventId, ParticipantId = participantId, ReceivedAtUtc = nowUtc };
}
