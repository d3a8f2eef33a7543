using LiteDB;
using SchoolSupport.Bot.Storage;
using SchoolSupport.Domain.Messaging;

namespace SchoolSupport.Bot.Delivery;

/// <summary>
/// Counts each broadcast's recipients as their last message is sent or fails, in the same transaction as that
/// result, so the counts survive a crash exactly. Returns the follow-up messages for the sender (progress
/// edits, the final report) for the caller to queue; it never sends anything itself.
/// </summary>
internal sealed class BroadcastLedger(Store store)
{
    /// <summary>The progress message is edited at most this often.</summary>
    public static readonly TimeSpan ProgressEvery = TimeSpan.FromSeconds(3);

    private readonly ILiteCollection<Broadcast> items = store.Collection<Broadcast>("broadcasts");

    public Broadcast? Get(string id) => items.FindById(id);

    public void Insert(Broadcast broadcast) => items.Insert(broadcast);

    public void Update(Broadcast broadcast) => items.Update(broadcast);

    /// <summary>An item reached Sent or Failed: when it was its recipient's last message, the recipient is counted.</summary>
    public IReadOnlyList<OutboxItem> Finished(OutboxItem item, DateTime nowUtc)
    {
        if (item is not { BroadcastId: { } id, Purpose: OutboxPurpose.Message, LastPart: true }) return [];
        var b = items.FindById(id);
        if (b is null || b.CompletedAtUtc is not null) return [];
        b.Count(item.Status == OutboxStatus.Sent ? null : item.Failure ?? Domain.Delivery.DeliveryFailure.Rejected);
        var followUps = b.IsComplete ? Complete(b, nowUtc) : [];
        items.Update(b);
        return followUps;
    }

    /// <summary>The progress message went out: remember its id (and correct it at once if the broadcast is already over).</summary>
    public IReadOnlyList<OutboxItem> ProgressSent(OutboxItem item, DateTime nowUtc)
    {
        if (item is not { ProgressOf: { } id, SentMessageId: { } messageId } || items.FindById(id) is not { } b) return [];
        b.ProgressMessageId = messageId;
        b.LastProgressAtUtc = nowUtc;
        IReadOnlyList<OutboxItem> followUps = b.CompletedAtUtc is not null ? [Edit(b, DeliveryTexts.Finished(b), nowUtc)] : [];
        items.Update(b);
        return followUps;
    }

    /// <summary>An edit of the progress message when it is due (every few seconds, and only if the numbers changed).</summary>
    public OutboxItem? ProgressEdit(string broadcastId, DateTime nowUtc)
    {
        var b = items.FindById(broadcastId);
        if (b is not { ProgressMessageId: not null, CompletedAtUtc: null }) return null;
        if (b.LastProgressAtUtc is { } last && nowUtc - last < ProgressEvery) return null;
        var text = DeliveryTexts.Progress(b);
        if (text == b.LastProgressText) return null;
        b.LastProgressAtUtc = nowUtc;
        b.LastProgressText = text;
        items.Update(b);
        return Edit(b, text, nowUtc);
    }

    /// <summary>The first progress message, queued when the broadcast starts.</summary>
    public static OutboxItem FirstProgress(Broadcast b, DateTime nowUtc) =>
        Reply(b, new TextOut(DeliveryTexts.Progress(b)) { To = b.ProgressChat! }, OutboxPurpose.Progress, nowUtc);

    /// <summary>Marks the broadcast complete: the progress message shows the final numbers, and a report with reasons follows.</summary>
    public static IReadOnlyList<OutboxItem> Complete(Broadcast b, DateTime nowUtc)
    {
        b.CompletedAtUtc = nowUtc;
        if (b.ProgressChat is null) return [];
        var report = Reply(b, new TextOut(DeliveryTexts.Report(b)) { To = b.ProgressChat }, OutboxPurpose.Report, nowUtc);
        return b.ProgressMessageId is null ? [report] : [Edit(b, DeliveryTexts.Finished(b), nowUtc), report];
    }

    private static OutboxItem Edit(Broadcast b, string text, DateTime nowUtc) =>
        Reply(b, new EditOut(b.ProgressMessageId!.Value, text) { To = b.ProgressChat! }, OutboxPurpose.ProgressEdit, nowUtc);

    /// <summary>
    /// Messages to the sender are replies to their action: priority 0, never held by quiet hours. They are not
    /// recipients' messages, so they carry the broadcast in <see cref="OutboxItem.ProgressOf"/>, not in BroadcastId.
    /// </summary>
    private static OutboxItem Reply(Broadcast b, Outgoing message, OutboxPurpose purpose, DateTime nowUtc) => new()
    {
        Channel = message.To.Channel,
        ChatId = message.To.ChatId,
        Priority = 0,
        Message = message,
        ProgressOf = b.Id,
        Purpose = purpose,
        CreatedAtUtc = nowUtc,
        NextAttemptUtc = nowUtc,
    };
}
