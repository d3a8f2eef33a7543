namespace SchoolSupport.Bot.Delivery;

/// <summary>
/// The worker's "nothing more to do now" moments: nothing in flight, everything recorded, and the time it
/// will wake up by itself (null: only when something is queued). Tests with a fake clock advance it to
/// <see cref="Moment.WakeAtUtc"/>; nothing in the bot depends on it.
/// </summary>
internal sealed class WorkerIdle
{
    private readonly Lock gate = new();
    private Moment current = new(0, null);
    private TaskCompletionSource next = New();

    /// <param name="Generation">Grows with every idle moment.</param>
    public sealed record Moment(long Generation, DateTime? WakeAtUtc);

    public Moment Current
    {
        get { lock (gate) return current; }
    }

    public void Publish(DateTime? wakeAtUtc)
    {
        TaskCompletionSource done;
        lock (gate)
        {
            current = new Moment(current.Generation + 1, wakeAtUtc);
            done = next;
            next = New();
        }
        done.TrySetResult();
    }

    /// <summary>Waits for an idle moment newer than <paramref name="afterGeneration"/>.</summary>
    public async Task<Moment> NextAsync(long afterGeneration, TimeSpan timeout)
    {
        var started = System.Diagnostics.Stopwatch.GetTimestamp();
        while (true)
        {
            Task wait;
            lock (gate)
            {
                if (current.Generation > afterGeneration) return current;
                wait = next.Task;
            }
            var left = timeout - System.Diagnostics.Stopwatch.GetElapsedTime(started);
            if (left <= TimeSpan.Zero) throw new TimeoutException($"The delivery worker was not idle within {timeout.TotalSeconds:0} s.");
            await wait.WaitAsync(left);
        }
    }

    private static TaskCompletionSource New() => new(TaskCreationOptions.RunContinuationsAsynchronously);
}
