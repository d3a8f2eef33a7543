using LiteDB;
using SchoolSupport.Bot.Storage;
using SchoolSupport.Domain.Messaging;

namespace SchoolSupport.Bot.Delivery;

/// <summary>The durable queue of everything the bot sends. Enqueue inside the transaction that caused it.</summary>
internal sealed class Outbox
{
    private readonly ILiteCollection<OutboxItem> items;
    private readonly SemaphoreSlim signal = new(0);

    public Outbox(Store store)
    {
        items = store.Collection<OutboxItem>("outbox");
        items.EnsureIndex(i => i.Status);
        items.EnsureIndex(i => i.ChatId);
    }

    public void Enqueue(Outgoing message, DateTime nowUtc, int priority = 0, string? broadcastId = null, DateTime? notBeforeUtc = null) =>
        items.Insert(new OutboxItem
        {
            Channel = message.To.Channel,
            ChatId = message.To.ChatId,
            Priority = priority,
            Message = message,
            BroadcastId = broadcastId,
            CreatedAtUtc = nowUtc,
            NextAttemptUtc = notBeforeUtc ?? nowUtc,
        });

    /// <summary>Wakes the delivery worker after a commit.</summary>
    public void Signal()
    {
        if (signal.CurrentCount == 0) signal.Release();
    }

    public Task<bool> WaitAsync(TimeSpan timeout, CancellationToken ct) => signal.WaitAsync(timeout, ct);

    public IReadOnlyList<OutboxItem> Due(DateTime nowUtc, int limit) =>
        items.Find(i => i.Status == OutboxStatus.Pending && i.NextAttemptUtc <= nowUtc)
            .OrderBy(i => i.Priority).ThenBy(i => i.Id)
            .Take(limit)
            .ToList();

    public int PendingCount() => items.Count(i => i.Status == OutboxStatus.Pending);

    public DateTime? NextDueUtc() =>
        items.Find(i => i.Status == OutboxStatus.Pending).Select(i => (DateTime?)i.NextAttemptUtc).Min();

    public void Update(OutboxItem item) => items.Update(item);

    /// <summary>Removes everything addressed to these chats (a participant's /forget).</summary>
    public int DeleteFor(IEnumerable<ChatAddress> chats)
    {
        var deleted = 0;
        foreach (var chat in chats)
            deleted += items.DeleteMany(i => i.ChatId == chat.ChatId && i.Channel == chat.Channel);
        return deleted;
    }

    /// <summary>Housekeeping: sent and failed items older than <paramref name="beforeUtc"/>.</summary>
    public int Prune(DateTime beforeUtc) =>
        items.DeleteMany(i => i.Status != OutboxStatus.Pending && i.DoneAtUtc < beforeUtc);

    public OutboxItem? Get(long id) => items.FindById(id);

    public IReadOnlyList<OutboxItem> ForChat(string channel, long chatId) =>
        items.Find(i => i.ChatId == chatId && i.Channel == channel).OrderBy(i => i.Id).ToList();
}
