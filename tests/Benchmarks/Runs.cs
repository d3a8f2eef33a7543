using System.Diagnostics;

namespace SchoolSupport.Benchmarks;

/// <summary>The diagnostics sampled during a run: thread pool and disk.</summary>
internal sealed class Probes(PoolSampler pool, DiskProbe disk)
{
    public (PoolFigures Pool, Percentiles Fsync) Take() => (pool.Take(), disk.Take());
}

/// <summary>The two measured runs and the warm-up.</summary>
internal static class Runs
{
    /// <summary>
    /// Closed loop: every user sends /start at once and each next step as soon as the previous reply arrived.
    /// Throughput = updates answered / wall time from the first enqueue to the last reply.
    /// </summary>
    public static async Task<RunResult> ClosedLoopAsync(string name, LoadHost host, Probes probes, OnboardingDriver driver, IReadOnlyList<string> codes, long firstUserId, TimeSpan timeout)
    {
        var phase = new Phase(name, codes.Count, driver.SendLocked);
        var users = codes.Select((c, i) => new SimUser(firstUserId + i, c, phase)).ToList();
        driver.Add(users);
        var before = Snapshot.Take(host);
        probes.Take();
        var started = Stopwatch.GetTimestamp();
        driver.Locked(() =>
        {
            foreach (var u in users) driver.SendLocked(u);
            return 0;
        });
        var completed = await Finished(phase.AllFinished, timeout);
        var ended = driver.Locked(() => phase.LastReplyTicks);
        var wall = Stopwatch.GetElapsedTime(started, Math.Max(ended, started));
        var after = Snapshot.Take(host);
        var (pool, fsync) = probes.Take();
        return driver.Locked(() => RunResult.From(phase, wall, completed, after - before, host, pool, fsync));
    }

    /// <summary>
    /// Open loop at a fixed rate: every 1/rate s the next update is enqueued, whatever the bot is doing. A user
    /// whose previous reply has arrived sends their next step first; otherwise a new user starts. So the updates
    /// in flight are a mix of all three steps. Users still in the middle when the time is up finish their step.
    /// </summary>
    public static async Task<RunResult> OpenLoopAsync(string name, LoadHost host, Probes probes, OnboardingDriver driver, IReadOnlyList<string> codes, long firstUserId, int rate, int seconds)
    {
        var ready = new Queue<SimUser>();
        var phase = new Phase(name, codes.Count, ready.Enqueue);
        var users = codes.Select((c, i) => new SimUser(firstUserId + i, c, phase)).ToList();
        driver.Add(users);
        var total = rate * seconds;
        var interval = Stopwatch.Frequency / (double)rate;
        var nextNew = 0;
        var missed = 0;
        var before = Snapshot.Take(host);
        probes.Take();
        var started = Stopwatch.GetTimestamp();
        for (var i = 0; i < total; i++)
        {
            var due = started + (long)(i * interval);
            var wait = Stopwatch.GetElapsedTime(Stopwatch.GetTimestamp(), due);
            if (wait > TimeSpan.FromMilliseconds(1)) await Task.Delay(wait);
            var sent = driver.Locked(() =>
            {
                var u = ready.Count > 0 ? ready.Dequeue() : nextNew < users.Count ? users[nextNew++] : null;
                if (u is null) return false;
                driver.SendLocked(u);
                return true;
            });
            if (!sent) missed++;
        }
        var sendingWall = Stopwatch.GetElapsedTime(started);
        // Users not started will never finish; the ones in flight get the drain time to finish their current step.
        var inFlight = driver.Locked(() =>
        {
            var waiting = users.Count(u => u.InFlight);
            foreach (var u in users.Where(u => !u.InFlight && !u.Failed && u.Step < SimUser.Steps)) u.Failed = true;
            phase.StopSending();
            return waiting;
        });
        var drained = await Finished(phase.Drained, LoadOptions.DrainTimeout);
        var after = Snapshot.Take(host);
        var (pool, fsync) = probes.Take();
        var result = driver.Locked(() => RunResult.From(phase, sendingWall, drained, after - before, host, pool, fsync));
        return result with { Missed = missed, InFlightAtStop = inFlight };
    }

    private static async Task<bool> Finished(Task task, TimeSpan timeout)
    {
        try
        {
            await task.WaitAsync(timeout);
            return true;
        }
        catch (TimeoutException)
        {
            return false;
        }
    }
}
