using System.Threading.Channels;
using Microsoft.Extensions.Logging;
using SchoolSupport.Bot.Storage;

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
    private readonly OutcomeRules rules = new(outbox, ledger, participants, options, log);

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
            if (item is { BroadcastId: { } id, Purpose: OutboxPurpose.Message }) touched.Add(id);
            switch (outcome)
            {
                case Outcome.Deferred d:
                    item.NextAttemptUtc = d.UntilUtc;
                    outbox.Update(item);
                    break;
                case Outcome.Attempted a:
                    rules.Apply(item, a.Result, a.AtUtc, followUps);
                    break;
            }
        }
        var now = time.GetUtcNow().UtcDateTime;
        foreach (var id in touched)
            if (ledger.ProgressEdit(id, now) is { } edit) followUps.Add(edit);
        foreach (var item in followUps) outbox.Add(item);
    }
}
