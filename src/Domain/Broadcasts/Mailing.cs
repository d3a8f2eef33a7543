using SchoolSupport.Domain.Audiences;
using SchoolSupport.Domain.Messaging;

namespace SchoolSupport.Domain.Broadcasts;

/// <summary>
/// A plain broadcast («рассылка»): a text and an optional file sent to an audience, now or at a set time,
/// optionally asking each recipient to acknowledge it («Ознакомлен») with one follow-up to those who have not.
/// </summary>
public sealed record Mailing
{
    public required string Id { get; init; }
    public required string SenderId { get; init; }
    /// <summary>Where the sender talks to the bot: reports of automatic follow-ups go there.</summary>
    public ChatAddress? SenderChat { get; init; }
    public DateTime CreatedAtUtc { get; init; }
    public DateTime SendAtUtc { get; init; }
    /// <summary>Exactly as the sender typed it; shown without any markup.</summary>
    public required string Text { get; init; }
    public MailingFile? File { get; init; }
    public Audience Audience { get; init; } = Audience.EveryoneInScope;
    public bool AckRequired { get; init; }
    public int FollowUpDays { get; init; }
    /// <summary>When the follow-up to those who have not acknowledged is due; null when none is planned.</summary>
    public DateTime? FollowUpDueUtc { get; init; }
    /// <summary>Set once the follow-up has been started, so it is never sent twice.</summary>
    public DateTime? FollowUpDoneAtUtc { get; init; }
    public IReadOnlyList<MailingRecipient> Recipients { get; init; } = [];
    /// <summary>How many people of the audience could not be reached when it was sent.</summary>
    public int SkippedCount { get; init; }
    public IReadOnlyList<Acknowledgement> Acks { get; init; } = [];
    public string? BroadcastId { get; init; }
    public string? FollowUpBroadcastId { get; init; }
}

/// <summary>A recipient and the school they are counted under in the per-school report (none for coordinators).</summary>
public sealed record MailingRecipient
{
    public required string ParticipantId { get; init; }
    public int? SchoolId { get; init; }
}

public sealed record Acknowledgement
{
    public required string ParticipantId { get; init; }
    public DateTime AtUtc { get; init; }
}

/// <summary>The attached file: its name as sent and the key of its bytes in the bot's file store.</summary>
public sealed record MailingFile
{
    public required string FileName { get; init; }
    public required string Key { get; init; }
    public long Size { get; init; }
}
