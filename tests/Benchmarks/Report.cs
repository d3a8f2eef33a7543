using System.Globalization;
using System.Runtime.InteropServices;

namespace SchoolSupport.Benchmarks;

/// <summary>Prints the figures as plain-text tables (invariant culture, so the numbers are the same everywhere).</summary>
internal sealed class Report(TextWriter output)
{
    public const double ThroughputGoal = 1000; // updates/s
    public const double P99Goal = 50; // ms at the fixed rate

#if DEBUG
    private const string Configuration = "Debug (figures are not representative: use -c Release)";
#else
    private const string Configuration = "Release";
#endif

    public void Header(LoadOptions o)
    {
        Line("Onboarding load test: real bot host + real Telegram.Bot client + LiteDB file + loopback Bot API server");
        Line($"Machine: {Environment.ProcessorCount} cores, {RuntimeInformation.OSDescription}, {RuntimeInformation.FrameworkDescription}, {RuntimeInformation.ProcessArchitecture}; build {Configuration}; server GC {System.Runtime.GCSettings.IsServerGC}");
        Line($"Options: --users {o.Users} --rate {o.Rate} --seconds {o.Seconds}{(o.Quick ? " --quick" : "")} (warm-up {o.WarmupUsers} users)");
        Line("Flow per user: /start CODE → «✅ Согласен(на)» → name → «Готово! Вы подключены» (3 updates, teacher invites)");
        Line("");
    }

    public void Commit(CommitCost c) =>
        Line($"LiteDB commit on this disk: {c.SingleMs:0.00} ms alone (≈ {c.SinglePerSecond:0} commits/s); " +
             $"{c.BatchMs:0.00} ms for {c.BatchSize} documents in one commit (≈ {c.BatchedWritesPerSecond:0} documents/s)");

    public void Warmup(IReadOnlyList<RunResult> rounds)
    {
        if (rounds.Count == 0) return;
        Line($"  warm-up: {rounds.Count} closed-loop rounds of ≤ {LoadOptions.WarmupRoundUsers} users, {rounds.Sum(r => r.Answered)} updates in {rounds.Sum(r => r.Wall.TotalSeconds):0.0} s; " +
             $"updates/s per round (JIT compile s): {string.Join(" → ", rounds.Select(r => $"{F0(r.UpdatesPerSecond)} ({F1(r.Counters.Jit.TotalSeconds)})"))}");
        var errors = rounds.Sum(r => r.Errors);
        if (errors > 0) Line($"  warm-up errors: {errors}: {string.Join("; ", rounds.SelectMany(r => r.ErrorExamples).Take(5))}");
    }

    public void Progress(RunResult r) =>
        Line($"  done at +{(DateTime.Now - System.Diagnostics.Process.GetCurrentProcess().StartTime).TotalSeconds:0.00} s: {r.Name}: {r.Answered} answered in {r.Wall.TotalSeconds:0.00} s{(r.Completed ? "" : " (INCOMPLETE: timed out)")}" +
             (r.Errors > 0 ? $", {r.Errors} errors: {string.Join("; ", r.ErrorExamples)}" : ""));

    public void Results(RunResult throughput, RunResult latency, StoreFigures afterThroughput, StoreFigures end, int unmatched)
    {
        Line("");
        Line("Latency = server timestamp of the reply the user needs next − moment the driver enqueued the update (ms).");
        Table(
            ["run", "updates", "wall s", "updates/s", "p50", "p95", "p99", "max", "mean", "errors"],
            [Row(throughput), Row(latency)]);

        Line("");
        Line("Latency by step (ms: p50 / p99 / max):");
        Table(
            ["run", .. SimUser.StepNames],
            [StepRow(throughput), StepRow(latency)]);

        Line("");
        Line("Against the goals (ratio ≥ 1 for throughput and ≤ 1 for p99 meet the goal):");
        var tRatio = throughput.UpdatesPerSecond / ThroughputGoal;
        var pRatio = latency.Latency.P99 / P99Goal;
        Table(
            ["goal", "measured", "target", "ratio", "met"],
            [
                ["throughput", $"{F0(throughput.UpdatesPerSecond)} updates/s", $"≥ {ThroughputGoal:0} updates/s", $"{tRatio:0.00} (throughput / 1000 updates/s)", tRatio >= 1 && throughput.Completed ? "yes" : "NO"],
                [$"p99 at {F0(latency.OfferedPerSecond)} updates/s", $"{F1(latency.Latency.P99)} ms", $"≤ {P99Goal:0} ms", $"{pRatio:0.00} (p99 / 50 ms)", pRatio <= 1 && latency.Completed ? "yes" : "NO"],
            ]);

        Line("");
        Line("Where the time went (per run):");
        Table(
            ["run", "CPU s", "cores busy", "other procs' cores", "CPU ms/update", "JIT s (methods)", "disk writes", "KB/update", "send calls", "mean call ms", "max parallel", "GC 0/1/2", "alloc MB", "lock waits"],
            [Diag(throughput), Diag(latency)]);
        Line("");
        Line("Latency split at the getUpdates answer that carried the update (ms: p50 / p99 / max), batch sizes, thread pool, disk (an 8 KB write + fsync every 100 ms):");
        Table(
            ["run", "enqueue → fetched", "fetched → reply", "batches", "mean batch", "max batch", "pool queue mean/max", "pool threads", "probe fsync ms p50/p99"],
            [Split(throughput), Split(latency)]);
        foreach (var r in new[] { throughput, latency })
            Line($"  {Short(r.Name)} Bot API calls: {string.Join(", ", r.CallsByMethod.OrderByDescending(kv => kv.Value).Select(kv => $"{kv.Key} {kv.Value}"))}");
        foreach (var r in new[] { throughput, latency }.Where(r => r.Counters.OtherCores > 0.3))
            Line($"  WARNING: other processes kept {F2(r.Counters.OtherCores)} of {Environment.ProcessorCount} cores busy during the run «{Short(r.Name)}»: its figures are skewed; run again on a quiet machine");
        if (latency.Missed > 0) Line($"  the latency run had no user ready for {latency.Missed} ticks (all users in flight or used)");
        if (unmatched > 0) Line($"  {unmatched} deliveries arrived for users with nothing in flight");

        Line("");
        Line($"Store after the throughput run: LiteDB file + log {Bytes(afterThroughput.DatabaseBytes)}, outbox {afterThroughput.OutboxItems} items ({afterThroughput.OutboxPending} pending)");
        Line($"Store at the end:               LiteDB file + log {Bytes(end.DatabaseBytes)}, outbox {end.OutboxItems} items ({end.OutboxPending} pending), participants {end.Participants}");
    }

    private static string[] Row(RunResult r) =>
    [
        Short(r.Name),
        r.Answered.ToString(CultureInfo.InvariantCulture),
        F2(r.Wall.TotalSeconds),
        F0(r.UpdatesPerSecond),
        F1(r.Latency.P50), F1(r.Latency.P95), F1(r.Latency.P99), F1(r.Latency.Max), F1(r.Latency.Mean),
        (r.Errors + (r.Completed ? 0 : r.Sent - r.Answered)).ToString(CultureInfo.InvariantCulture),
    ];

    private static string[] StepRow(RunResult r) =>
        [Short(r.Name), .. r.ByStep.Select((p, i) => $"{F1(p.P50)} / {F1(p.P99)} / {F1(p.Max)} (n={r.SentByStep[i]})")];

    private static string[] Split(RunResult r) =>
    [
        Short(r.Name),
        $"{F1(r.Fetch.UntilFetched.P50)} / {F1(r.Fetch.UntilFetched.P99)} / {F1(r.Fetch.UntilFetched.Max)}",
        $"{F1(r.Fetch.AfterFetch.P50)} / {F1(r.Fetch.AfterFetch.P99)} / {F1(r.Fetch.AfterFetch.Max)}",
        r.Fetch.Batches.ToString(CultureInfo.InvariantCulture),
        F1(r.Fetch.MeanBatch),
        r.Fetch.MaxBatch.ToString(CultureInfo.InvariantCulture),
        $"{F1(r.Pool.MeanQueued)} / {r.Pool.MaxQueued}",
        $"{r.Pool.MinThreads}–{r.Pool.MaxThreads}",
        $"{F2(r.Fsync.P50)} / {F2(r.Fsync.P99)}",
    ];

    private static string[] Diag(RunResult r)
    {
        var d = r.Counters;
        return
        [
            Short(r.Name),
            F2(d.Cpu.TotalSeconds),
            F2(d.Cpu.TotalSeconds / Math.Max(0.001, (d.After.At - d.Before.At).TotalSeconds)),
            F2(d.OtherCores),
            F2(r.Answered == 0 ? 0 : d.Cpu.TotalMilliseconds / r.Answered),
            $"{F2(d.Jit.TotalSeconds)} ({d.JitMethods})",
            Bytes(d.DiskWrites),
            F1(r.Answered == 0 ? 0 : d.DiskWrites / 1024.0 / r.Answered),
            d.Tap.Calls.ToString(CultureInfo.InvariantCulture),
            F2(d.Tap.MeanCallMs),
            d.Tap.MaxInFlight.ToString(CultureInfo.InvariantCulture),
            $"{d.Gen0}/{d.Gen1}/{d.Gen2}",
            F0(d.Allocated / 1048576.0),
            d.LockContentions.ToString(CultureInfo.InvariantCulture),
        ];
    }

    private static string Short(string name) => name.Split(':')[0];

    private void Table(string[] header, IReadOnlyList<string[]> rows)
    {
        var widths = header.Select((h, i) => Math.Max(h.Length, rows.Max(r => r[i].Length))).ToArray();
        string Format(string[] cells) => "| " + string.Join(" | ", cells.Select((c, i) => i == 0 ? c.PadRight(widths[i]) : c.PadLeft(widths[i]))) + " |";
        Line(Format(header));
        Line("|" + string.Join("|", widths.Select((w, i) => i == 0 ? new string('-', w + 2) : new string('-', w + 1) + ":")) + "|");
        foreach (var r in rows) Line(Format(r));
    }

    private void Line(string text) => output.WriteLine(text);

    public static string Bytes(long bytes) => bytes >= 1048576 ? F1(bytes / 1048576.0) + " MB" : F0(bytes / 1024.0) + " KB";

    private static string F0(double v) => v.ToString("0", CultureInfo.InvariantCulture);

    private static string F1(double v) => double.IsNaN(v) ? "–" : v.ToString("0.0", CultureInfo.InvariantCulture);

    private static string F2(double v) => v.ToString("0.00", CultureInfo.InvariantCulture);
}
