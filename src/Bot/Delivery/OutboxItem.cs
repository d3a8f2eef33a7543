using SchoolSupport.Domain.Messaging;

namespace SchoolSupport.Bot.Delivery;

internal enum OutboxStatus
{
    Pending = 0,
    Sent = 1,
    Failed = 2,
}

/// <summary>One message to one chat, stored before it is sent and marked after.</summary>
internal sealed class OutboxItem
{
    public long Id { get; set; }
    public string Channel { get; set; } = "";
    public long ChatId { get; set; }
    /// <summary>0 = a reply to someone's action; higher = bulk, sent when no reply waits.</summary>
    public int Priority { get; set; }
    public Outgoing Message { get; set; } = null!;
    /// <summary>The broadcast (event announcement, reminder run, mailing) this message belongs to, if any.</summary>
    public string? BroadcastId { get; set; }
    public OutboxStatus Status { get; set; }
    public int Attempts { get; set; }
    public DateTime CreatedAtUtc { get; set; }
    public DateTime NextAttemptUtc { get; set; }
    public DateTime? DoneAtUtc { get; set; }
    public int? SentMessageId { get; set; }
    public string? Error { get; set; }
}
