using LiteDB;
using SchoolSupport.Bot.Storage;
using SchoolSupport.Domain.Messaging;

namespace SchoolSupport.Bot.Delivery;

/// <summary>One recipient of a broadcast and the messages they get (e.g. an announcement and its .ics file).</summary>
internal sealed record BroadcastRecipient(string ParticipantId, IReadOnlyList<Outgoing> Messages);

/// <summary>A bulk send: an event announcement, a reminder run, a mailing. Its items wait in the outbox.</summary>
internal sealed class Broadcast
{
    public string Id { get; set; } = "";
    /// <summary>"event", "reminder", "mailing", …</summary>
    public string Kind { get; set; } = "";
    /// <summary>What the broadcast is about (an event id, a mailing id), for reports.</summary>
    public string? SubjectId { get; set; }
    public string Title { get; set; } = "";
    public string? SenderId { get; set; }
    /// <summary>Where live progress and the final report go (the sender's chat); none for automatic runs.</summary>
    public ChatAddress? ProgressChat { get; set; }
    public int? ProgressMessageId { get; set; }
    public DateTime CreatedAtUtc { get; set; }
    public DateTime SendAtUtc { get; set; }
    public int Recipients { get; set; }
    public int Messages { get; set; }
}

/// <summary>Starts broadcasts: call inside the transaction of the action that causes them.</summary>
internal sealed class Broadcasts(Store store, Outbox outbox)
{
    /// <summary>Outbox priority of bulk messages: sent only when no reply waits.</summary>
    public const int BulkPriority = 1;
    private readonly ILiteCollection<Broadcast> items = store.Collection<Broadcast>("broadcasts");

    public Broadcast Start(string kind, string title, string? senderId, ChatAddress? progressChat,
        IReadOnlyList<BroadcastRecipient> recipients, DateTime nowUtc, DateTime? sendAtUtc = null, string? subjectId = null)
    {
        var broadcast = new Broadcast
        {
            Id = Hosting.Ids.Random(12),
            Kind = kind,
            SubjectId = subjectId,
            Title = title,
            SenderId = senderId,
            ProgressChat = progressChat,
            CreatedAtUtc = nowUtc,
            SendAtUtc = sendAtUtc ?? nowUtc,
            Recipients = recipients.Count,
            Messages = recipients.Sum(r => r.Messages.Count),
        };
        items.Insert(broadcast);
        foreach (var recipient in recipients)
            foreach (var message in recipient.Messages)
                outbox.Enqueue(message, nowUtc, BulkPriority, broadcast.Id, broadcast.SendAtUtc);
        return broadcast;
    }

    public Broadcast? Get(string id) => items.FindById(id);

    public void Update(Broadcast broadcast) => items.Update(broadcast);
}
