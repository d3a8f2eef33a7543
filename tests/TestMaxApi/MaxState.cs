using System.Text.Json.Nodes;
using SchoolSupport.TestBotApi;

namespace SchoolSupport.TestMaxApi;

/// <summary>A bot message in a dialog as the server keeps it (edits applied).</summary>
internal sealed class StoredMaxMessage
{
    public required long ChatId { get; init; }
    public required int Number { get; init; }
    public required string Mid { get; init; }
    public required long Seq { get; init; }
    public string Kind { get; set; } = "text";
    public string? Text { get; set; }
    public IReadOnlyList<IReadOnlyList<RecordedButton>> Buttons { get; set; } = [];
    public string? FileName { get; set; }
    public byte[]? FileContent { get; set; }
    public int EditCount { get; set; }
    public DateTimeOffset At { get; set; }
    public JsonArray Attachments { get; set; } = [];

    public RecordedMessage ToRecord() => new(ChatId, Number, Kind, Text, Buttons, FileName, FileContent, EditCount, At);
}

/// <summary>Everything the server knows, behind one lock; every change pulses <see cref="Signal"/>.</summary>
internal sealed class MaxState
{
    public readonly Lock Gate = new();
    public readonly List<(long Seq, JsonObject Update)> Updates = [];
    public readonly Dictionary<long, (string First, string? Last)> Users = [];
    public readonly Dictionary<long, List<StoredMaxMessage>> Chats = [];
    public readonly Dictionary<string, StoredMaxMessage> ByMid = new(StringComparer.Ordinal);
    public readonly HashSet<long> Blocked = [];
    /// <summary>Group chats the bot is a member of (a user wrote there).</summary>
    public readonly HashSet<long> Groups = [];
    public readonly HashSet<string> OpenCallbacks = new(StringComparer.Ordinal);
    public readonly List<RecordedCallbackAnswer> Answers = [];
    public readonly List<RecordedCall> Calls = [];
    public readonly Dictionary<string, (string Name, byte[] Content, bool Image)> Uploads = new(StringComparer.Ordinal);
    public readonly Dictionary<string, (string Name, byte[] Content)> UserFiles = new(StringComparer.Ordinal);
    public readonly Dictionary<string, string?> Subscriptions = new(StringComparer.Ordinal);
    public readonly List<(string Method, Fault Fault, int Left)> Faults = [];
    public readonly List<RecordedDelivery> Deliveries = [];
    /// <summary>Where subscribed updates really go: a loopback address standing in for the subscription's https host.</summary>
    public string? WebhookTarget;
    public long NextSeq = 1;
    public long Confirmed = 1;
    public long LastTimestamp;
    public int ActivePolls;
    public int Ids;

    private TaskCompletionSource next = NewSource();

    public Task Next => Volatile.Read(ref next).Task;

    public void Pulse() => Interlocked.Exchange(ref next, NewSource()).TrySetResult();

    /// <summary>Milliseconds since the epoch, strictly increasing, like MAX's timestamps.</summary>
    public long Timestamp()
    {
        var now = DateTimeOffset.UtcNow.ToUnixTimeMilliseconds();
        LastTimestamp = Math.Max(now, LastTimestamp + 1);
        return LastTimestamp;
    }

    /// <summary>The dialog of a user with the bot: MAX gives it its own id, unlike Telegram.</summary>
    public static long DialogOf(long userId) => TestMaxApiServer.DialogOffset + userId;

    public static long UserOfDialog(long chatId) => chatId - TestMaxApiServer.DialogOffset;

    public Fault? TakeFault(string method)
    {
        for (var i = 0; i < Faults.Count; i++)
        {
            var (m, fault, left) = Faults[i];
            if (m != "*" && m != method) continue;
            if (left <= 1) Faults.RemoveAt(i);
            else Faults[i] = (m, fault, left - 1);
            return fault;
        }
        return null;
    }

    private static TaskCompletionSource NewSource() => new(TaskCreationOptions.RunContinuationsAsynchronously);
}
