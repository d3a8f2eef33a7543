using LiteDB;
using Microsoft.Extensions.Logging;
using SchoolSupport.Bot.Delivery;
using SchoolSupport.Bot.Features;
using SchoolSupport.Bot.Storage;
using SchoolSupport.Domain.Messaging;

namespace SchoolSupport.Bot.Hosting;

/// <summary>An update from a channel, with the key that makes a re-delivery recognisable ("telegram:1234").</summary>
internal sealed record InboundUpdate(string Key, Incoming Incoming);

/// <summary>
/// Turns a batch of updates into stored effects: each update's changes, its "processed" mark and its
/// replies are committed together, so a crash loses nothing and a re-delivered update changes nothing.
/// A batch shares one commit (LiteDB commits are disk-bound); if any update fails, the batch is rolled
/// back and replayed one update per transaction, and the failing one gets an apology instead.
/// </summary>
internal sealed class UpdatePipeline(Store store, Router router, Outbox outbox, TimeProvider time, ILogger<UpdatePipeline> log)
{
    private readonly ILiteCollection<ProcessedUpdate> processed = store.Collection<ProcessedUpdate>("processed_updates");

    public void Process(IReadOnlyList<InboundUpdate> batch, IChannel channel)
    {
        if (batch.Count == 0) return;
        try
        {
            store.Write(() => { foreach (var u in batch) HandleOne(u, channel); });
        }
        catch (Exception e) when (batch.Count > 1)
        {
            log.LogWarning(e, "A batch of {Count} updates failed; replaying one by one", batch.Count);
            foreach (var u in batch) ProcessAlone(u, channel);
        }
        catch (Exception e)
        {
            Apologise(batch[0], e);
        }
        outbox.Signal();
    }

    private void ProcessAlone(InboundUpdate u, IChannel channel)
    {
        try
        {
            store.Write(() => HandleOne(u, channel));
        }
        catch (Exception e)
        {
            Apologise(u, e);
        }
    }

    private void HandleOne(InboundUpdate u, IChannel channel)
    {
        if (processed.FindById(u.Key) is not null) return;
        var now = time.GetUtcNow().UtcDateTime;
        var turn = router.Handle(u.Incoming, channel, now);
        foreach (var message in turn.Output) outbox.Enqueue(message, now);
        processed.Insert(new ProcessedUpdate { Id = u.Key, AtUtc = now });
    }

    /// <summary>A bug must not reach the user as an exception, nor be retried forever: mark it done and say sorry.</summary>
    private void Apologise(InboundUpdate u, Exception e)
    {
        log.LogError(e, "Update {Key} failed", u.Key);
        try
        {
            store.Write(() =>
            {
                if (processed.FindById(u.Key) is not null) return;
                var now = time.GetUtcNow().UtcDateTime;
                var to = new ChatAddress(u.Incoming.From.Channel, u.Incoming.ChatId);
                if (u.Incoming is ButtonIn b) outbox.Enqueue(new ButtonAnswer(b.CallbackId) { To = to }, now);
                outbox.Enqueue(new TextOut(Texts.Common.InternalError) { To = to }, now);
                processed.Insert(new ProcessedUpdate { Id = u.Key, AtUtc = now });
            });
        }
        catch (Exception again)
        {
            log.LogError(again, "Could not record the failure of update {Key}", u.Key);
        }
    }

    /// <summary>Housekeeping: forget keys old enough that no messenger re-delivers them.</summary>
    public int Prune(DateTime beforeUtc) => processed.DeleteMany(p => p.AtUtc < beforeUtc);

    internal sealed class ProcessedUpdate
    {
        public string Id { get; set; } = "";
        public DateTime AtUtc { get; set; }
    }
}
