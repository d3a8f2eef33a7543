using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using SchoolSupport.Bot.Storage;
using SchoolSupport.Domain.Messaging;

namespace SchoolSupport.Bot.Delivery;

/// <summary>
/// Sends what the outbox holds: replies before bulk, each chat in order, chats in parallel; a 429 pauses
/// the whole channel for retry_after; 5xx and timeouts back off with jitter a bounded number of times;
/// 403 marks the person unreachable; 400 fails the message with its reason. Results are stored per round,
/// so a crash can repeat at most the messages of the round in flight.
/// </summary>
internal sealed class DeliveryWorker(
    Store store,
    Outbox outbox,
    IEnumerable<IChannel> channels,
    ParticipantRepository participants,
    TimeProvider time,
    ILogger<DeliveryWorker> log) : BackgroundService
{
    public const int MaxAttempts = 5;
    private const int RoundSize = 256;
    private readonly Dictionary<string, IChannel> byName = channels.ToDictionary(c => c.Name);
    private readonly Dictionary<string, DateTime> pausedUntil = [];

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            var sent = 0;
            try
            {
                sent = await RunRoundAsync();
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                log.LogError(e, "Delivery round failed; retrying shortly");
            }
            if (sent > 0) continue;
            try
            {
                await outbox.WaitAsync(TimeSpan.FromMilliseconds(250), stoppingToken);
            }
            catch (OperationCanceledException)
            {
                break;
            }
        }
    }

    /// <summary>One round: the due items, sent and recorded. Returns how many were attempted.</summary>
    internal async Task<int> RunRoundAsync()
    {
        var now = Now();
        var due = outbox.Due(now, RoundSize)
            .Where(i => byName.ContainsKey(i.Channel) && (!pausedUntil.TryGetValue(i.Channel, out var until) || until <= now))
            .ToList();
        if (due.Count == 0) return 0;

        var groups = due.GroupBy(i => (i.Channel, i.ChatId)).Select(g => g.ToList()).ToList();
        var outcomes = new List<(OutboxItem Item, DeliveryResult Result)>();
        await Parallel.ForEachAsync(groups, new ParallelOptions { MaxDegreeOfParallelism = 8 }, async (group, _) =>
        {
            foreach (var item in group)
            {
                var result = await byName[item.Channel].DeliverAsync(item.Message, CancellationToken.None);
                lock (outcomes) outcomes.Add((item, result));
                if (result is not (DeliveryResult.Sent or DeliveryResult.Failed)) break; // keep the chat's order
            }
        });
        store.Write(() => { foreach (var (item, result) in outcomes) Record(item, result); });
        return outcomes.Count;
    }

    private void Record(OutboxItem item, DeliveryResult result)
    {
        var now = Now();
        item.Attempts++;
        switch (result)
        {
            case DeliveryResult.Sent sent:
                item.Status = OutboxStatus.Sent;
                item.SentMessageId = sent.MessageId;
                item.DoneAtUtc = now;
                break;
            case DeliveryResult.RetryAfter wait:
                item.Attempts--; // the messenger's pace, not this message's fault
                pausedUntil[item.Channel] = now + wait.Delay;
                item.NextAttemptUtc = now + wait.Delay;
                log.LogWarning("Channel {Channel} asked to retry after {Delay}", item.Channel, wait.Delay);
                break;
            case DeliveryResult.Transient transient when item.Attempts < MaxAttempts:
                item.NextAttemptUtc = now + Backoff(item.Attempts);
                item.Error = transient.Reason;
                break;
            case DeliveryResult.Transient transient:
                Fail(item, $"не доставлено после {MaxAttempts} попыток: {transient.Reason}", now);
                break;
            case DeliveryResult.Blocked:
                Fail(item, "blocked", now);
                MarkUnreachable(item, now);
                break;
            case DeliveryResult.Failed failed:
                Fail(item, failed.Reason, now);
                break;
        }
        outbox.Update(item);
    }

    private static void Fail(OutboxItem item, string reason, DateTime now)
    {
        item.Status = OutboxStatus.Failed;
        item.Error = reason;
        item.DoneAtUtc = now;
    }

    private void MarkUnreachable(OutboxItem item, DateTime now)
    {
        var p = participants.Find(new ChannelUser(item.Channel, item.ChatId));
        if (p is { UnreachableSinceUtc: null }) participants.Save(p with { UnreachableSinceUtc = now });
    }

    /// <summary>2, 4, 8, 16 s … capped at a minute, each ±50 % so retries of many chats spread out.</summary>
    internal static TimeSpan Backoff(int attempt) =>
        TimeSpan.FromSeconds(Math.Min(60, Math.Pow(2, attempt)) * (0.5 + Random.Shared.NextDouble()));

    private DateTime Now() => time.GetUtcNow().UtcDateTime;
}
