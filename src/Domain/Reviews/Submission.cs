namespace SchoolSupport.Domain.Reviews;

/// <summary>
/// One document a school owes for a roadmap stage (a deliverable slot), with every version sent and the
/// full history of the review: who sent, who decided, when, with what comment.
/// Derived values are methods, not properties, so the store does not save them.
/// </summary>
public sealed record Submission
{
    /// <summary>Short random id (lowercase hex; fits in button data and a folder name).</summary>
    public required string Id { get; init; }
    public required string AssignmentId { get; init; }
    public int SchoolId { get; init; }
    public required string StageId { get; init; }
    /// <summary>The slot key (<c>DeliverableSlot.Key</c>).</summary>
    public required string DeliverableKey { get; init; }
    public ReviewState State { get; init; }
    /// <summary>The curator the reviews were handed over to; null = the school's curators.</summary>
    public string? ReviewerId { get; init; }
    public IReadOnlyList<SubmissionVersion> Versions { get; init; } = [];
    public IReadOnlyList<ReviewEvent> History { get; init; } = [];

    public SubmissionVersion? Latest() => Versions.Count == 0 ? null : Versions[^1];

    public int CurrentVersion() => Versions.Count;

    /// <summary>Since when it waits for a reviewer; null when it does not wait.</summary>
    public DateTime? WaitingSinceUtc() => State.IsPending() ? Latest()?.SubmittedAtUtc : null;

    /// <summary>How long it has waited for a reviewer (for nudges and escalation); null when it does not wait.</summary>
    public TimeSpan? WaitingAge(DateTime nowUtc) => WaitingSinceUtc() is { } since ? nowUtc - since : null;

    /// <summary>The last decision (accept or return), if any.</summary>
    public ReviewEvent? LastDecision() => History.LastOrDefault(e => e.Kind is ReviewEventKind.Accepted or ReviewEventKind.Returned);
}

/// <summary>One uploaded file. <see cref="StoredPath"/> is relative to the data folder and always exists.</summary>
public sealed record SubmissionVersion
{
    public int Number { get; init; }
    public required string FileName { get; init; }
    public required string StoredPath { get; init; }
    public long Size { get; init; }
    public string? Comment { get; init; }
    public required string SubmittedBy { get; init; }
    public DateTime SubmittedAtUtc { get; init; }
}

public enum ReviewEventKind
{
    Submitted = 1,
    Resubmitted = 2,
    Accepted = 3,
    Returned = 4,
    /// <summary>A coordinator handed the review to another curator (<see cref="ReviewEvent.ReviewerId"/>).</summary>
    HandedOver = 5,
}

/// <summary>One line of a submission's history.</summary>
public sealed record ReviewEvent
{
    public ReviewEventKind Kind { get; init; }
    public required string By { get; init; }
    public DateTime AtUtc { get; init; }
    /// <summary>The version the event is about.</summary>
    public int Version { get; init; }
    public string? Comment { get; init; }
    /// <summary>For <see cref="ReviewEventKind.HandedOver"/>: the new reviewer.</summary>
    public string? ReviewerId { get; init; }
    /// <summary>For <see cref="ReviewEventKind.HandedOver"/>: the previous reviewer, if one was named.</summary>
    public string? PreviousReviewerId { get; init; }
}
