using Microsoft.Extensions.Logging;
using SchoolSupport.Domain.Delivery;

namespace SchoolSupport.Bot.Delivery;

/// <summary>
/// Decides what goes out now and hands it to the messenger: every due reply first (never held by the rate
/// limiter, only charged to it), then bulk messages one by one as the global pace, the chat's spacing and
/// quiet hours allow. A chat has at most one item in flight, so each chat keeps its order. Used by the
/// worker's loop only (one pass at a time); the sends themselves run concurrently.
/// </summary>
internal sealed class Dispatcher(
    Outbox outbox,
    IEnumerable<IChannel> channels,
    DeliveryRecorder recorder,
    DeliveryOptions options,
    Features.Zones zones,
    TimeProvider time,
    ILogger log)
{
    /// <summary>Items handed out but not yet recorded, at most; a kill -9 can repeat at most these.</summary>
    public const int MaxInFlight = 32;
    /// <summary>Bulk items in flight at most, so slow bulk sends never take the places replies need.</summary>
    public const int MaxBulkInFlight = 8;
    private const int ReplyBatch = 64;
    /// <summary>Due replies looked at in one pass at most, past pages where nothing could go.</summary>
    private const int MaxReplyScan = 1024;
    /// <summary>Replies of one chat sent one after another without waiting for each result's commit.</summary>
    private const int MaxReplyChain = 8;

    private readonly Dictionary<string, IChannel> byName = channels.ToDictionary(c => c.Name);
    private readonly RateLimiter limiter = new(options.Limits);
    private readonly QuietHours quiet = options.QuietHours;
    private readonly Dictionary<string, TimeZoneInfo> zoneCache = new(StringComparer.Ordinal);
    private readonly List<Task> sends = [];
    private BulkWindow? window;

    public InFlight InFlight { get; } = new();

    /// <summary>One pass over what is due at <paramref name="now"/>: true when anything was handed out.</summary>
    public bool Pass(DateTime now, Earliest wake)
    {
        window ??= new BulkWindow(outbox, item => InFlight.Contains(item.Id) || !byName.ContainsKey(item.Channel));
        return HandOutReplies(now, wake) | HandOutBulk(now, wake);
    }

    /// <summary>The sends in hand (to let them finish on shutdown).</summary>
    public Task[] Sends()
    {
        lock (sends) return [.. sends];
    }

    /// <summary>
    /// Hands out due replies, a page of <see cref="ReplyBatch"/> at a time. A page where nothing could go (chats waiting
    /// for an earlier message's retry, a messenger paused or not configured) does not hold up the replies behind it: the
    /// next page is read, up to <see cref="MaxReplyScan"/>, so one messenger's trouble never starves another's replies.
    /// </summary>
    private bool HandOutReplies(DateTime now, Earliest wake)
    {
        var progress = false;
        for (var skip = 0; skip < MaxReplyScan && InFlight.Count < MaxInFlight; skip += ReplyBatch)
        {
            var page = outbox.DueReplies(now, ReplyBatch, skip);
            var pageProgress = false;
            foreach (var item in page)
            {
                if (InFlight.Count >= MaxInFlight) break;
                if (!Ready(item.Id, item.Channel, item.ChatId, now, wake)) continue;
                var pending = outbox.PendingInChat(item.Channel, item.ChatId);
                if (Head(bulk: false, pending, now) is not { } head) continue;
                var chain = ReplyChain(head, pending, now, MaxInFlight - InFlight.Count);
                foreach (var reply in chain.Where(r => r.IsMessage)) limiter.ChargeReply(reply.Channel, reply.ChatId, now);
                HandOut(chain);
                pageProgress = true;
            }
            progress |= pageProgress;
            if (pageProgress || page.Count < ReplyBatch) break;
        }
        return progress;
    }

    private bool HandOutBulk(DateTime now, Earliest wake)
    {
        var progress = false;
        var paced = false;
        foreach (var item in window!.Candidates(now))
        {
            if (InFlight.Bulk >= MaxBulkInFlight || InFlight.Count >= MaxInFlight) break;
            if (!Ready(item.Id, item.Channel, item.ChatId, now, wake)) continue;
            var allowedAt = Later(limiter.GlobalAllowedAt(item.Channel), limiter.ChatAllowedAt(item.Channel, item.ChatId));
            if (allowedAt > now)
            {
                wake.Add(allowedAt);
                paced |= limiter.GlobalAllowedAt(item.Channel) > now;
                continue; // another chat (or messenger) may still go
            }
            window.Remove(item);
            if (Head(item.IsBulk, outbox.PendingInChat(item.Channel, item.ChatId), now) is not { } head) continue;
            var zone = Zone(head.TimeZoneId);
            if (quiet.IsQuiet(now, zone))
            {
                InFlight.Add(head);
                recorder.Post(new Outcome.Deferred(head.Id, now, quiet.NextAllowedUtc(now, zone)));
            }
            else
            {
                if (head.IsMessage) limiter.TakeBulk(head.Channel, head.ChatId, now);
                HandOut([head]);
            }
            progress = true;
        }
        window.PassEnded(progress, paced);
        return progress;
    }

    /// <summary>Whether the item's messenger is known and not paused, and its chat has nothing in flight.</summary>
    private bool Ready(long id, string channel, long chatId, DateTime now, Earliest wake)
    {
        if (InFlight.Contains(id) || !byName.ContainsKey(channel)) return false;
        if (InFlight.PausedUntil(channel, now) is { } until)
        {
            wake.Add(until);
            return false;
        }
        return !InFlight.ChatBusy(channel, chatId);
    }

    /// <summary>
    /// The item to send for this chat and lane now: the oldest pending one, fresh from the store, unless an
    /// older one that has already been tried waits for its retry (then the chat waits too, to keep the order).
    /// Items scheduled for later (quiet hours, a future send time) do not hold the chat up.
    /// <paramref name="inChat"/>: <see cref="Outbox.PendingInChat"/> of the chat, read once for the head and its chain.
    /// </summary>
    private OutboxItem? Head(bool bulk, IReadOnlyList<OutboxItem> inChat, DateTime now)
    {
        foreach (var pending in inChat)
        {
            if (pending.IsBulk != bulk) continue;
            if (pending.NextAttemptUtc <= now) return InFlight.Contains(pending.Id) ? null : pending;
            if (pending.Attempts > 0) return null;
        }
        return null;
    }

    /// <summary>
    /// The reply <paramref name="head"/> and the fresh replies due after it in the same chat, in order: one action's
    /// text, file and menu go out back to back instead of each waiting for the previous result's commit.
    /// </summary>
    private List<OutboxItem> ReplyChain(OutboxItem head, IReadOnlyList<OutboxItem> inChat, DateTime now, int room)
    {
        var chain = new List<OutboxItem> { head };
        foreach (var next in inChat)
        {
            if (chain.Count >= Math.Min(MaxReplyChain, room)) break;
            if (next.IsBulk || next.Id <= head.Id) continue;
            if (next.Attempts > 0 || next.NextAttemptUtc > now || InFlight.Contains(next.Id)) break;
            chain.Add(next);
        }
        return chain;
    }

    private void HandOut(List<OutboxItem> chain)
    {
        foreach (var item in chain) InFlight.Add(item);
        var send = SendAsync(chain);
        lock (sends)
        {
            sends.RemoveAll(t => t.IsCompleted);
            sends.Add(send);
        }
    }

    /// <summary>
    /// Sends the items in order. After anything but success the rest is handed back untouched (still pending in the
    /// store), so the chat waits for the failed item's retry and keeps its order.
    /// </summary>
    private async Task SendAsync(List<OutboxItem> chain)
    {
        for (var i = 0; i < chain.Count; i++)
        {
            var item = chain[i];
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
            var at = time.GetUtcNow().UtcDateTime;
            if (result is DeliveryResult.RetryAfter wait) InFlight.Pause(item.Channel, at + wait.Delay);
            recorder.Post(new Outcome.Attempted(item.Id, at, result));
            if (result is not DeliveryResult.Sent)
            {
                InFlight.Release(chain.Skip(i + 1).Select(c => c.Id));
                return;
            }
        }
    }

    /// <summary>The recipient's zone stored with the item; the bot's default zone for items queued without one.</summary>
    private TimeZoneInfo Zone(string? id)
    {
        if (id is null) return zones.Default;
        if (!zoneCache.TryGetValue(id, out var zone))
            zoneCache[id] = zone = TimeZoneInfo.TryFindSystemTimeZoneById(id, out var found) ? found : zones.Default;
        return zone;
    }

    private static DateTime Later(DateTime a, DateTime b) => a > b ? a : b;
}

/// <summary>The earliest of several wake-up times.</summary>
internal sealed class Earliest
{
    public DateTime? Value { get; private set; }

    public void Add(DateTime? at)
    {
        if (at is { } t && (Value is null || t < Value)) Value = t;
    }
}
