using SchoolSupport.Domain.Delivery;
using SchoolSupport.Domain.Messaging;

namespace SchoolSupport.Bot.Delivery;

internal enum OutboxStatus
{
    Pending = 0,
    Sent = 1,
    Failed = 2,
}

/// <summary>What an item is for, beyond being a message: the engine's own progress messages are marked.</summary>
internal enum OutboxPurpose
{
    Message = 0,
    /// <summary>The sender's live progress message of a broadcast (later edited in place).</summary>
    Progress = 1,
    /// <summary>An edit of that progress message.</summary>
    ProgressEdit = 2,
    /// <summary>The final report of a broadcast.</summary>
    Report = 3,
}

/// <summary>One message to one chat, stored before it is sent and marked after.</summary>
internal sealed class OutboxItem
{
    /// <summary>Two lanes: replies (priority 0) and bulk (every higher priority), each ordered by due time.</summary>
    private const long LaneSpan = 1L << 48;

    public long Id { get; set; }
    public string Channel { get; set; } = "";
    public long ChatId { get; set; }
    /// <summary>0 = a reply to someone's action; higher = bulk, sent when no reply waits.</summary>
    public int Priority { get; set; }
    public Outgoing Message { get; set; } = null!;
    /// <summary>The broadcast (event announcement, reminder run, mailing) this message belongs to, if any.</summary>
    public string? BroadcastId { get; set; }
    /// <summary>The participant a broadcast item is for.</summary>
    public string? RecipientId { get; set; }
    /// <summary>The last of a broadcast recipient's messages: its outcome is the recipient's outcome.</summary>
    public bool LastPart { get; set; }
    public OutboxPurpose Purpose { get; set; }
    /// <summary>For the sender's progress messages and report: the broadcast they are about (their <see cref="BroadcastId"/> stays empty).</summary>
    public string? ProgressOf { get; set; }
    /// <summary>The recipient's IANA zone, for quiet hours (bulk only).</summary>
    public string? TimeZoneId { get; set; }
    public OutboxStatus Status { get; set; }
    public int Attempts { get; set; }
    public DateTime CreatedAtUtc { get; set; }
    public DateTime NextAttemptUtc { get; set; }
    public DateTime? DoneAtUtc { get; set; }
    public int? SentMessageId { get; set; }
    public string? Error { get; set; }
    public DeliveryFailure? Failure { get; set; }

    /// <summary>Index key while pending: lane, then due time in milliseconds. Absent once sent or failed.</summary>
    public long? DueKey { get; set; }
    /// <summary>Index key while pending: "channel:chat". Absent once sent or failed.</summary>
    public string? ChatKey { get; set; }

    public bool IsBulk => Priority > 0;

    /// <summary>Whether the messenger counts this against its message limits (button answers and menus are not messages).</summary>
    public bool IsMessage => Message is TextOut or EditOut or FileOut;

    public static int LaneOf(int priority) => priority > 0 ? 1 : 0;

    public static long Key(int lane, DateTime utc) => lane * LaneSpan + utc.Ticks / TimeSpan.TicksPerMillisecond;

    /// <summary>The highest key of a lane (dates up to the year 8900 fit below it).</summary>
    public static long LaneEnd(int lane) => (lane + 1) * LaneSpan - 1;

    public static string ChatKeyOf(string channel, long chatId) => string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{channel}:{chatId}");

    /// <summary>Keeps the index keys in step with the status; call before every insert and update.</summary>
    public void SyncKeys()
    {
        var pending = Status == OutboxStatus.Pending;
        DueKey = pending ? Key(LaneOf(Priority), NextAttemptUtc) : null;
        ChatKey = pending ? ChatKeyOf(Channel, ChatId) : null;
    }
}
