using SchoolSupport.Bot.Delivery;
using SchoolSupport.Bot.Tests.Harness;

namespace SchoolSupport.Bot.Tests.Delivery;

/// <summary>
/// Drives the fake clock for the delivery engine. Bulk sending waits on the bot's <see cref="TimeProvider"/>
/// (the global pace, 1 s per chat, backoffs, 429 pauses), so under a frozen <c>FakeTimeProvider</c> only
/// replies and the first few bulk messages go out. These helpers advance the clock exactly to each moment the
/// worker says it will wake up, only when it is idle (nothing in flight, everything recorded): deterministic,
/// and no fixed sleeps.
/// </summary>
internal static class DeliveryClock
{
    private static readonly TimeSpan DefaultTimeout = TimeSpan.FromSeconds(120);

    /// <summary>
    /// Advances the clock from one wake-up of the worker to the next until <paramref name="done"/> holds.
    /// Never moves the clock past <paramref name="notAfterUtc"/> (returns false when that is where it stopped).
    /// </summary>
    public static async Task<bool> RunDeliveryUntilAsync(this BotHarness bot, Func<bool> done, string what,
        DateTime? notAfterUtc = null, TimeSpan? timeout = null)
    {
        var idle = bot.Get<DeliveryWorker>().Idle;
        var limit = timeout ?? DefaultTimeout;
        var started = System.Diagnostics.Stopwatch.GetTimestamp();
        var generation = 0L;
        bot.Get<Outbox>().Signal();
        while (!done())
        {
            var left = limit - System.Diagnostics.Stopwatch.GetElapsedTime(started);
            WorkerIdle.Moment moment;
            try
            {
                moment = await idle.NextAsync(generation, left);
            }
            catch (TimeoutException e)
            {
                var errors = bot.Logs.Lines.Where(l => l.StartsWith("Error", StringComparison.Ordinal) || l.StartsWith("Warning", StringComparison.Ordinal)).TakeLast(3);
                throw new TimeoutException(
                    $"Timed out after {limit.TotalSeconds:0} s waiting for {what} (fake clock at {bot.Time.GetUtcNow():u}). Last problems logged: {string.Join(" | ", errors)}", e);
            }
            generation = moment.Generation;
            if (done()) break;
            var now = bot.Time.GetUtcNow().UtcDateTime;
            if (moment.WakeAtUtc is not { } at || at <= now) continue; // woken by something else, or nothing scheduled: wait for the next idle moment
            if (notAfterUtc is { } stop && at > stop)
            {
                if (stop > now) bot.Time.Advance(stop - now);
                return done();
            }
            bot.Time.Advance(at - now);
        }
        return true;
    }

    /// <summary>Sends everything that is due now or becomes due within <paramref name="horizon"/> of fake time (default a minute).</summary>
    public static Task DeliverDueAsync(this BotHarness bot, TimeSpan? horizon = null)
    {
        var until = bot.Time.GetUtcNow().UtcDateTime + (horizon ?? TimeSpan.FromMinutes(1));
        var outbox = bot.Get<Outbox>();
        var worker = bot.Get<DeliveryWorker>();
        return bot.RunDeliveryUntilAsync(() => worker.InFlightCount == 0 && (outbox.NextDueUtc() is not { } next || next > until),
            "the due messages to be delivered", until);
    }
}
