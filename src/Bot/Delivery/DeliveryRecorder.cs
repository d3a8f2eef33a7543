using System.Threading.Channels;
using Microsoft.Extensions.Logging;
using SchoolSupport.Bot.Storage;
using SchoolSupport.Domain.Delivery;
using SchoolSupport.Domain.Messaging;

namespace SchoolSupport.Bot.Delivery;

/// <summary>
/// Stores the outcome of every attempt promptly: whatever has arrived is committed in one transaction, and
/// what arrives meanwhile goes into the next (group commit: a commit per message at low rates, a few per
/// commit under load). Only after the commit does the worker let the chat go on, so "in flight" stays small.
/// </summary>
internal sealed class DeliveryRecorder(
    Store store,
    Outbox outbox,
    BroadcastLedger ledger,
    ParticipantRepository participants,
    DeliveryOptions options,
    TimeProvider time,
    ILogger<DeliveryRecorder> log)
{
    private const int MaxBatch = 256;
    private readonly Channel<Outcome> queue = Channel.CreateUnbounded<Outcome>(new UnboundedChannelOptions { SingleReader = true });

    public void Post(Outcome outcome) => queue.Writer.TryWrite(outcome);

    /// <summary>No more outcomes will come; <see cref="RunAsync"/> ends once the last is stored.</summary>
    public void Complete() => queue.Writer.TryComplete();

    /// <summary>Records until <see cref="Complete"/>; <paramref name="committed"/> gets the ids of every stored batch.</summary>
    public async Task RunAsync(Action<IReadOnlyList<long>> committed)
    {
        var batch = new List<Outcome>(MaxBatch);
        while (await queue.Reader.WaitToReadAsync())
        {
            while (batch.Count < MaxBatch && queue.Reader.TryRead(out var outcome)) batch.Add(outcome);
            await CommitAsync(batch);
            committed([.. batch.Select(o => o.ItemId)]);
            outbox.Signal();
            batch.Clear();
        }
    }

    private async Task CommitAsync(List<Outcome> batch)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                store.Write(() => Apply(batch));
                return;
            }
            catch (Exception e)
            {
                // The items stay in flight (nothing else goes to their chats) until their results are stored.
                log.LogError(e, "Could not store {Count} delivery results (attempt {Attempt}); retrying", batch.Count, attempt);
                await Task.Delay(TimeSpan.FromSeconds(Math.Min(30, attempt)));
            }
        }
    }

    private void Apply(IReadOnlyList<Outcome> batch)
    {
        var followUps = new List<OutboxItem>();
        var touched = new HashSet<string>(StringComparer.Ordinal);
        foreach (var outcome in batch)
        {
            var item = outbox.Get(outcome.ItemId);
            if (item is not { Status: OutboxStatus.Pending }) continue; // deleted (/forget) or settled meanwhile
            if (item.BroadcastId is { } id && item.Purpose == OutboxPurpose.Message) touched.Add(id);
            switch (outcome)
            {
                case Outcome.Deferred d:
                    item.NextAttemptUtc = d.UntilUtc;
                    outbox.Update(item);
                    break;
                case Outcome.Attempted a:
                    Record(item, a.Result, a.AtUtc, followUps);
                    break;
            }
        }
        var now = time.GetUtcNow().UtcDateTime;
        foreach (var id in touched)
            if (ledger.ProgressEdit(id, now) is { } edit) followUps.Add(edit);
        foreach (var item in followUps) outbox.Add(item);
    }

    private void Record(OutboxItem item, DeliveryResult result, DateTime at, List<OutboxItem> followUps)
    {
        switch (result)
        {
            case DeliveryResult.Sent sent:
                item.Attempts++;
                item.Status = OutboxStatus.Sent;
                item.SentMessageId = sent.MessageId;
                item.DoneAtUtc = at;
                outbox.Update(item);
                followUps.AddRange(ledger.Finished(item, at));
                if (item.Purpose == OutboxPurpose.Progress) followUps.AddRange(ledger.ProgressSent(item, at));
                break;
            case DeliveryResult.RetryAfter wait:
                // The messenger's pace, not this message's fault: no attempt is counted.
                item.NextAttemptUtc = at + wait.Delay;
                outbox.Update(item);
                log.LogWarning("Channel {Channel} asked to retry after {Delay}", item.Channel, wait.Delay);
                break;
            case DeliveryResult.Transient transient:
                item.Attempts++;
                item.Error = transient.Reason;
                if (Backoff.Retries(item.Attempts, options.MaxAttempts))
                {
                    item.NextAttemptUtc = at + Backoff.Delay(item.Attempts, Random.Shared.NextDouble());
                    outbox.Update(item);
                }
                else
                {
                    FailWithRest(item, DeliveryFailure.MessengerError, $"не доставлено после {options.MaxAttempts} попыток: {transient.Reason}", at, followUps);
                }
                break;
            case DeliveryResult.Blocked:
                item.Attempts++;
                Fail(item, DeliveryFailure.Blocked, "blocked", at, followUps);
                MarkUnreachable(item, at);
                // Stop sending to them: every other bulk message waiting for this chat fails the same way.
                foreach (var other in outbox.PendingInChat(item.Channel, item.ChatId).Where(o => o.IsBulk))
                    Fail(other, DeliveryFailure.Blocked, "blocked", at, followUps);
                break;
            case DeliveryResult.Failed failed:
                item.Attempts++;
                FailWithRest(item, DeliveryFailure.Rejected, failed.Reason, at, followUps);
                break;
        }
    }

    /// <summary>Fails the item and the rest of its recipient's messages of the same broadcast (an .ics without its announcement is no use).</summary>
    private void FailWithRest(OutboxItem item, DeliveryFailure failure, string reason, DateTime at, List<OutboxItem> followUps)
    {
        Fail(item, failure, reason, at, followUps);
        if (item is not { BroadcastId: { } id, RecipientId: { } recipient, Purpose: OutboxPurpose.Message }) return;
        foreach (var rest in outbox.PendingInChat(item.Channel, item.ChatId).Where(o => o.BroadcastId == id && o.RecipientId == recipient))
            Fail(rest, failure, "не отправлено: предыдущее сообщение получателю не доставлено", at, followUps);
    }

    private void Fail(OutboxItem item, DeliveryFailure failure, string reason, DateTime at, List<OutboxItem> followUps)
    {
        item.Status = OutboxStatus.Failed;
        item.Failure = failure;
        item.Error = reason;
        item.DoneAtUtc = at;
        outbox.Update(item);
        followUps.AddRange(ledger.Finished(item, at));
    }

    private void MarkUnreachable(OutboxItem item, DateTime at)
    {
        if (DeliveryLimits.IsGroup(item.ChatId)) return;
        var p = participants.Find(new ChannelUser(item.Channel, item.ChatId));
        if (p is { UnreachableSinceUtc: null }) participants.Save(p with { UnreachableSinceUtc = at });
    }
}
