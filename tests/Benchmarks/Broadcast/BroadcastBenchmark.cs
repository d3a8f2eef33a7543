using System.Diagnostics;
using System.Globalization;
using SchoolSupport.Bot.Delivery;

namespace SchoolSupport.Benchmarks.Broadcast;

/// <summary>
/// A broadcast to N recipients against a test server that enforces its own rate (30/s) and answers random 429s,
/// with the bot configured below it (25/s), while one person uses the bot every second. Reports the achieved
/// rate against the configured one (target ≥ 0.95), lost and duplicate messages (target 0 lost), and the p95
/// latency of the person's replies (target ≤ 500 ms).
/// </summary>
internal static class BroadcastBenchmark
{
    public static async Task<int> RunAsync(string[] args)
    {
        var o = BroadcastOptions.Parse(args);
        if (o is null) return args.Contains("--help") || args.Contains("-h") ? 0 : 2;
        Console.WriteLine($"Broadcast benchmark: {o.Recipients} recipients, bot at {o.Rate.ToString(CultureInfo.InvariantCulture)}/s, " +
            $"server limit {o.ServerRate}/s, random 429 p={o.TooManyRequests.ToString(CultureInfo.InvariantCulture)} (retry_after 1 s), seed {o.Seed}");
        Console.WriteLine($"Expected duration ≈ {o.Recipients / o.Rate:0} s");

        await using var run = await BroadcastRun.StartAsync(o);
        var user = new InteractiveUser(run.Api, BroadcastRun.Interactive);
        using var stopUser = new CancellationTokenSource();
        var clock = Stopwatch.StartNew();
        var id = run.StartBroadcast(o.Recipients);
        var started = DateTimeOffset.UtcNow;
        Console.WriteLine($"Broadcast stored and started after {clock.Elapsed.TotalSeconds:0.0} s");
        var userTask = Task.Run(() => user.RunAsync(stopUser.Token));

        var broadcasts = run.Get<Broadcasts>();
        var worker = run.Get<DeliveryWorker>();
        var maxInFlight = 0;
        var lastPrint = Stopwatch.StartNew();
        while (broadcasts.Get(id) is not { IsComplete: true })
        {
            await Task.Delay(100);
            maxInFlight = Math.Max(maxInFlight, worker.InFlightCount);
            if (lastPrint.Elapsed >= TimeSpan.FromSeconds(15))
            {
                var b = broadcasts.Get(id)!;
                Console.WriteLine($"  {clock.Elapsed.TotalSeconds,6:0} s: delivered {b.Delivered}/{b.Recipients}, 429s so far {run.Api.RandomTooManyRequestsAnswered} random + {run.Api.RateLimitedCalls} over the server limit");
                lastPrint.Restart();
            }
        }
        await stopUser.CancelAsync();
        await userTask;
        await run.Api.WaitUntilAsync(a => a.Chat(BroadcastRun.Sender).Any(m => m.Text?.StartsWith("📊", StringComparison.Ordinal) == true), TimeSpan.FromSeconds(30), "the final report");

        var figures = BroadcastFigures.Measure(run.Api, o, started, broadcasts.Get(id)!, user, maxInFlight);
        figures.Print(Console.Out);
        return figures.MeetsTargets ? 0 : 1;
    }
}
