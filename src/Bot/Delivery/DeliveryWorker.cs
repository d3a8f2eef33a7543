using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using SchoolSupport.Domain.Delivery;

namespace SchoolSupport.Bot.Delivery;

/// <summary>
/// Sends what the outbox holds. Each pass hands out first every due reply (never held by the rate limiter,
/// only charged to it), then bulk messages one at a time as the global pace, the chat's spacing and quiet
/// hours allow. A chat has at most one message in flight, so each chat's messages keep their order; results
/// are stored by <see cref="DeliveryRecorder"/> as they come. When nothing can go, the worker sleeps until
/// the earliest moment something can (by the <see cref="TimeProvider"/>), a change in the outbox, or a short
/// real-time poll.
/// </summary>
internal sealed class DeliveryWorker(
    Outbox outbox,
    IEnumerable<IChannel> channels,
    DeliveryRecorder recorder,
    DeliveryOptions options,
    Features.Zones defaultZones,
    TimeProvider time,
    ILogger<DeliveryWorker> log) : BackgroundService
{
    /// <summary>Items handed out but not yet recorded, at most; a kill -9 can repeat at most these.</summary>
    public const int MaxInFlight = 32;
    /// <summary>Bulk items in flight at most, so slow bulk sends never take the places replies need.</summary>
    public const int MaxBulkInFlight = 8;
    private const int ReplyBatch = 64;
    private static readonly TimeSpan IdlePoll = TimeSpan.FromMilliseconds(250);
    private static readonly TimeSpan ShutdownGrace = TimeSpan.FromSeconds(15);

    private readonly Dictionary<string, IChannel> byName = channels.ToDictionary(c => c.Name);
    private readonly RateLimiter limiter = new(options.Limits);
    private readonly QuietHours quiet = options.QuietHours;
    private readonly InFlight inFlight = new();
    private readonly List<Task> sends = [];
    private readonly Dictionary<string, TimeZoneInfo> zones = new(StringComparer.Ordinal);
    private BulkWindow? window;

    /// <summary>Idle moments, for tests that drive a fake clock (and for anyone curious).</summary>
    public WorkerIdle Idle { get; } = new();

    /// <summary>Handed out and not yet recorded.</summary>
    public int InFlightCount => inFlight.Count;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        window = new BulkWindow(outbox, item => inFlight.Contains(item.Id) || !byName.ContainsKey(item.Channel));
        var recording = Task.Run(() => recorder.RunAsync(inFlight.Release), CancellationToken.None);
        try
        {
            while (!stoppingToken.IsCancellationRequested)
            {
                var changed = outbox.Changed;
                var (progress, wakeAt) = Pass();
                if (progress) continue;
                if (!await SleepAsync(changed, wakeAt, stoppingToken)) break;
            }
        }
        finally
        {
            await DrainAsync();
            recorder.Complete();
            await recording;
        }
    }

    /// <summary>One pass over what is due. Returns whether anything was handed out, else when to look again.</summary>
    private (bool Progress, DateTime? WakeAt) Pass()
    {
        var wake = new Earliest();
        try
        {
            var now = Now();
            var progress = HandOutReplies(now, wake) | HandOutBulk(now, wake);
            if (!progress) wake.Add(outbox.NextDueAfter(now));
            return (progress, wake.Value);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            log.LogError(e, "Delivery pass failed; trying again shortly");
            return (false, Now() + TimeSpan.FromSeconds(1));
        }
    }

    private bool HandOutReplies(DateTime now, Earliest wake)
    {
        var progress = false;
        foreach (var item in outbox.DueReplies(now, ReplyBatch))
        {
            if (inFlight.Count >= MaxInFlight) break;
            if (!Ready(item, now, wake)) continue;
            if (Head(item, now) is not { } head) continue;
            if (head.IsMessage) limiter.ChargeReply(head.Channel, head.ChatId, now);
            HandOut(head);
            progress = true;
        }
        return progress;
    }

    private bool HandOutBulk(DateTime now, Earliest wake)
    {
        var progress = false;
        var paced = false;
        foreach (var item in window!.Candidates(now))
        {
            if (inFlight.Bulk >= MaxBulkInFlight || inFlight.Count >= MaxInFlight) break;
            if (!Ready(item, now, wake)) continue;
            var globalAt = limiter.GlobalAllowedAt(item.Channel);
            if (globalAt > now)
            {
                wake.Add(globalAt);
                paced = true;
                continue; // another messenger's item may still go
            }
            var chatAt = limiter.ChatAllowedAt(item.Channel, item.ChatId);
            if (chatAt > now)
            {
                wake.Add(chatAt);
                continue;
            }
            window.Remove(item);
            if (Head(item, now) is not { } head) continue;
            if (quiet.IsQuiet(now, Zone(head.TimeZoneId)))
            {
                inFlight.Add(head);
                recorder.Post(new Outcome.Deferred(head.Id, now, quiet.NextAllowedUtc(now, Zone(head.TimeZoneId))));
                progress = true;
                continue;
            }
            if (head.IsMessage) limiter.TakeBulk(head.Channel, head.ChatId, now);
            HandOut(head);
            progress = true;
        }
        window.PassEnded(progress, paced);
        return progress;
    }

    /// <summary>Whether the item's messenger is known and not paused, and its chat has nothing in flight.</summary>
    private bool Ready(OutboxItem item, DateTime now, Earliest wake)
    {
        if (inFlight.Contains(item.Id) || !byName.ContainsKey(item.Channel)) return false;
        if (inFlight.PausedUntil(item.Channel, now) is { } until)
        {
            wake.Add(until);
            return false;
        }
        return !inFlight.ChatBusy(item.Channel, item.ChatId);
    }

    /// <summary>
    /// The item to send for this chat and lane now: the oldest pending one, fresh from the store, unless an
    /// older one that has already been tried waits for its retry (then the chat waits too, to keep the order).
    /// Items scheduled for later (quiet hours, a future send time) do not hold the chat up.
    /// </summary>
    private OutboxItem? Head(OutboxItem item, DateTime now)
    {
        foreach (var pending in outbox.PendingInChat(item.Channel, item.ChatId))
        {
            if (pending.IsBulk != item.IsBulk) continue;
            if (pending.NextAttemptUtc <= now) return inFlight.Contains(pending.Id) ? null : pending;
            if (pending.Attempts > 0) return null;
        }
        return null;
    }

    private void HandOut(OutboxItem item)
    {
        inFlight.Add(item);
        var send = SendAsync(item);
        lock (sends)
        {
            sends.RemoveAll(t => t.IsCompleted);
            sends.Add(send);
        }
    }

    private async Task SendAsync(OutboxItem item)
    {
        DeliveryResult result;
        try
        {
            result = await byName[item.Channel].DeliverAsync(item.Message, CancellationToken.None);
        }
        catch (Exception e)
        {
            log.LogError(e, "Channel {Channel} failed to deliver item {Id}", item.Channel, item.Id);
            result = new DeliveryResult.Transient(e.GetType().Name);
        }
        var at = Now();
        if (result is DeliveryResult.RetryAfter wait) inFlight.Pause(item.Channel, at + wait.Delay);
        recorder.Post(new Outcome.Attempted(item.Id, at, result));
    }

    /// <summary>Sleeps until a change, <paramref name="wakeAt"/> on the bot's clock, or the idle poll. False when stopping.</summary>
    private async Task<bool> SleepAsync(Task changed, DateTime? wakeAt, CancellationToken stoppingToken)
    {
        if (inFlight.Count == 0 && !changed.IsCompleted) Idle.Publish(wakeAt);
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken);
        var waits = new List<Task> { changed, Task.Delay(IdlePoll, stop.Token) };
        if (wakeAt is { } at)
        {
            var delay = at - Now();
            if (delay <= TimeSpan.Zero) return true;
            waits.Add(Task.Delay(delay, time, stop.Token));
        }
        await Task.WhenAny(waits);
        await stop.CancelAsync();
        return !stoppingToken.IsCancellationRequested;
    }

    /// <summary>On shutdown: let the sends in hand finish (their results are then stored), within a grace period.</summary>
    private async Task DrainAsync()
    {
        Task[] pending;
        lock (sends) pending = [.. sends];
        try
        {
            await Task.WhenAll(pending).WaitAsync(ShutdownGrace);
        }
        catch (TimeoutException)
        {
            log.LogWarning("{Count} sends were still in flight at shutdown; they will be repeated after the restart", inFlight.Count);
        }
    }

    /// <summary>The recipient's zone stored with the item; the bot's default zone for items queued without one.</summary>
    private TimeZoneInfo Zone(string? id)
    {
        if (id is null) return defaultZones.Default;
        if (!zones.TryGetValue(id, out var zone))
            zones[id] = zone = TimeZoneInfo.TryFindSystemTimeZoneById(id, out var found) ? found : defaultZones.Default;
        return zone;
    }

    private DateTime Now() => time.GetUtcNow().UtcDateTime;

    /// <summary>The earliest of several wake-up times.</summary>
    private sealed class Earliest
    {
        public DateTime? Value { get; private set; }

        public void Add(DateTime? at)
        {
            if (at is { } t && (Value is null || t < Value)) Value = t;
        }
    }
}
