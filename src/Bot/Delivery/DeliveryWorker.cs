using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace SchoolSupport.Bot.Delivery;

/// <summary>
/// Sends what the outbox holds: passes of the <see cref="Dispatcher"/> (replies first, then paced bulk), results
/// stored by <see cref="DeliveryRecorder"/> as they come. When nothing can go, it sleeps until the earliest
/// moment something can (on the bot's <see cref="TimeProvider"/>), a change in the outbox (a commit, a new
/// reply), or a short real-time poll.
/// </summary>
internal sealed class DeliveryWorker(
    Outbox outbox,
    IEnumerable<IChannel> channels,
    DeliveryRecorder recorder,
    DeliveryOptions options,
    Features.Zones zones,
    TimeProvider time,
    ILogger<DeliveryWorker> log) : BackgroundService
{
    /// <inheritdoc cref="Dispatcher.MaxInFlight"/>
    public const int MaxInFlight = Dispatcher.MaxInFlight;
    /// <inheritdoc cref="Dispatcher.MaxBulkInFlight"/>
    public const int MaxBulkInFlight = Dispatcher.MaxBulkInFlight;
    private static readonly TimeSpan IdlePoll = TimeSpan.FromMilliseconds(250);
    private static readonly TimeSpan ShutdownGrace = TimeSpan.FromSeconds(15);

    private readonly Dispatcher dispatcher = new(outbox, channels, recorder, options, zones, time, log);

    /// <summary>Idle moments, for tests that drive a fake clock (and for anyone curious).</summary>
    public WorkerIdle Idle { get; } = new();

    /// <summary>Handed out and not yet recorded.</summary>
    public int InFlightCount => dispatcher.InFlight.Count;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var recording = Task.Run(() => recorder.RunAsync(dispatcher.InFlight.Release), CancellationToken.None);
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

    /// <summary>Hands out what it can; returns whether anything went, else when to look again.</summary>
    private (bool Progress, DateTime? WakeAt) Pass()
    {
        var wake = new Earliest();
        try
        {
            var now = Now();
            var progress = dispatcher.Pass(now, wake);
            if (!progress) wake.Add(outbox.NextDueAfter(now));
            return (progress, wake.Value);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            log.LogError(e, "Delivery pass failed; trying again shortly");
            return (false, Now() + TimeSpan.FromSeconds(1));
        }
    }

    /// <summary>Sleeps until a change, <paramref name="wakeAt"/> on the bot's clock, or the idle poll. False when stopping.</summary>
    private async Task<bool> SleepAsync(Task changed, DateTime? wakeAt, CancellationToken stoppingToken)
    {
        if (dispatcher.InFlight.Count == 0 && !changed.IsCompleted) Idle.Publish(wakeAt);
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
        try
        {
            await Task.WhenAll(dispatcher.Sends()).WaitAsync(ShutdownGrace);
        }
        catch (TimeoutException)
        {
            log.LogWarning("{Count} sends were still in flight at shutdown; they will be repeated after the restart", dispatcher.InFlight.Count);
        }
    }

    private DateTime Now() => time.GetUtcNow().UtcDateTime;
}
