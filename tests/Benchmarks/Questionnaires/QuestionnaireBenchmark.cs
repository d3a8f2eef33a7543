using System.Diagnostics;
using System.Globalization;
using System.Runtime.InteropServices;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using SchoolSupport.Bot.Delivery;
using SchoolSupport.Bot.Features.Questionnaires;
using SchoolSupport.Bot.Features.Questionnaires.Definitions;

namespace SchoolSupport.Benchmarks.Questionnaires;

/// <summary>
/// The questionnaire benchmark (<c>--questionnaire</c>, see README.md):
/// 1. respondents filling in a 30-item questionnaire at once through the real bot host (real Telegram.Bot client, long
///    polling, LiteDB file in a temp folder) against the loopback Bot API server, closed loop, from the class link to
///    «Отправить анкету»: answers/s and reply latency against the goals;
/// 2. the time to compute a school's risk profile and change results from its sheets, in process.
/// </summary>
internal static class QuestionnaireBenchmark
{
    public const double ThroughputGoal = 200; // answers/s
    public const double P99Goal = 500; // ms

#if DEBUG
    private const string Configuration = "Debug (figures are not representative: use -c Release)";
#else
    private const string Configuration = "Release";
#endif

    public static async Task<int> RunAsync(string[] args)
    {
        var o = QuestionnaireOptions.Parse(args);
        if (o is null) return args.Contains("--help") || args.Contains("-h") ? 0 : 2;
        CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;
        var total = Stopwatch.StartNew();
        Console.WriteLine("Questionnaire benchmark: real bot host + real Telegram.Bot client + LiteDB file + loopback Bot API server; scoring in process");
        Console.WriteLine($"Machine: {Environment.ProcessorCount} cores, {RuntimeInformation.OSDescription}, {RuntimeInformation.FrameworkDescription}; build {Configuration}; " +
            $"started {DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC");
        Console.WriteLine($"Options: --respondents {o.Respondents} --warmup {o.Warmup} --school-sheets {o.SchoolSheets} --schools {o.Schools} " +
            $"--sheets-per-school {o.SheetsPerSchool} --iterations {o.Iterations} --seed {o.Seed} --think-ms {o.ThinkMs}{(o.Quick ? " --quick" : "")}");
        Console.WriteLine();

        var fill = await FillingAsync(o, args);
        Console.WriteLine();
        Console.WriteLine($"2. Risk profile + change results from submitted sheets (in process, one thread; Stopwatch loop: {o.ScoringWarmup} untimed + {o.Iterations} timed iterations, median)");
        var scoring = ScoringBenchmark.Run(o, Console.Out);
        Console.WriteLine($"{"case",-44} {"median ms",10} {"min ms",9} {"max ms",9} {"alloc/iter",11} {"GC0/GC2",8} {"goal",7} {"ratio",6} met");
        foreach (var s in scoring)
        {
            Console.WriteLine($"{s.Name,-44} {s.MedianMs,10:0.0} {s.MinMs,9:0.0} {s.MaxMs,9:0.0} {Report.Bytes(s.Allocated),11} {$"{s.Gen0}/{s.Gen2}",8} " +
                $"{Goal(s.Goal),7} {s.Ratio,6:0.00} {(s.Ratio <= 1 ? "yes" : "NO")}");
        }
        Console.WriteLine("  (ratio = median / goal; ≤ 1 meets the goal)");
        Console.WriteLine();
        Console.WriteLine($"Total time {total.Elapsed.TotalSeconds:0.0} s");
        return fill.Errors == 0 && fill.Completed ? 0 : 1;
    }

    private static string Goal(TimeSpan t) => t >= TimeSpan.FromSeconds(1) ? $"{t.TotalSeconds:0} s" : $"{t.TotalMilliseconds:0} ms";

    private static async Task<Round> FillingAsync(QuestionnaireOptions o, string[] args)
    {
        var catalog = BenchCatalog.WithBenchInstrument();
        var instrument = catalog.LatestOf(BenchCatalog.InstrumentId) ?? throw new InvalidOperationException("The benchmark instrument did not load.");
        var host = await LoadHost.StartAsync(s =>
        {
            s.RemoveAll<InstrumentCatalog>();
            s.AddSingleton(catalog);
        });
        using var pumpStop = new CancellationTokenSource();
        var disk = new DiskProbe(host.DataDirectory);
        try
        {
            var driver = new RespondentDriver(host.Api, instrument);
            var pump = Task.Run(() => driver.PumpAsync(host.Tap, pumpStop.Token));
            var probes = o.Quick ? 10 : 30;
            var codes = CampaignSeed.Open(host, instrument, o.Warmup + o.Respondents + probes);
            var steps = Respondent.OpeningSteps + instrument.Items.Count + 1;
            Console.WriteLine($"1. Filling in «{instrument.Title}» ({instrument.Items.Count} items: {string.Join(", ", instrument.Items.GroupBy(i => i.Kind).Select(g => $"{g.Count()} {g.Key}"))}); " +
                $"per respondent {steps} updates: /start CODE (class link), «Согласен», «Мои анкеты», «Начать анкету», {instrument.Items.Count} answers, «Отправить анкету»");
            Console.WriteLine($"   bot polling {host.Api.BaseUrl}, data in {host.DataDirectory}");

            if (o.Warmup > 0)
            {
                var warm = await driver.RunAsync("warm-up", Respondents(codes.Take(o.Warmup), 1_000_000, instrument.Items.Count, o.Seed), o.Timeout);
                Console.WriteLine($"   warm-up: {o.Warmup} respondents, {warm.Samples.Count} updates in {Wall(warm).TotalSeconds:0.0} s ({warm.Samples.Count / Math.Max(0.001, Wall(warm).TotalSeconds):0} updates/s), " +
                    $"{warm.Errors} errors{(warm.Errors > 0 ? ": " + string.Join("; ", warm.ErrorExamples) : "")}");
            }

            using var sampler = args.Contains("--alloc-types") ? new AllocationSampler() : null;
            sampler?.Start();
            var before = Snapshot.Take(host);
            disk.Take();
            using var jobWatchStop = new CancellationTokenSource();
            var jobRuns = WatchCampaignJobAsync(host.Get<CampaignScheduler>(), jobWatchStop.Token);
            var r = await driver.RunAsync("measured", Respondents(codes.Skip(o.Warmup).Take(o.Respondents), 2_000_000, instrument.Items.Count, o.Seed + 1), o.Timeout,
                TimeSpan.FromMilliseconds(o.ThinkMs));
            var delta = Snapshot.Take(host) - before;
            var fsync = disk.Take();
            await jobWatchStop.CancelAsync();
            var jobs = await jobRuns;
            Print(r, delta, host, o, driver.Other);
            Console.WriteLine($"   Campaign job (Quartz, every {Bot.Jobs.CampaignJob.Interval.TotalSeconds:0} s) finished during the run at: " +
                (jobs.Count == 0 ? "–" : string.Join(", ", jobs.Select(t => $"+{t.TotalSeconds:0.0} s"))));
            if (sampler is not null)
                Console.WriteLine($"   Sampled allocations by type (GCAllocationTick): {string.Join(", ", sampler.Stop(12).Select(x => $"{x.Type} {x.Share:P0}"))}");
            Console.WriteLine($"   Disk during the run (an 8 KB write + fsync every 100 ms next to the database): fsync p50 {fsync.P50:0.0} / p99 {fsync.P99:0.0} / max {fsync.Max:0.0} ms");

            // The submit alone: more respondents filled in up to the review screen, then their presses handled one by one.
            var atReview = Respondents(codes.Skip(o.Warmup + o.Respondents), 3_000_000, instrument.Items.Count, o.Seed + 2);
            await driver.RunAsync("to review", atReview, o.Timeout, stopBeforeSubmit: true);
            await Task.Delay(TimeSpan.FromSeconds(1)); // the last callback answers go out; nothing else is due
            var outbox = host.Get<Outbox>();
            var itemsPerChat = atReview.Average(u => outbox.ForChat("telegram", u.Id).Count);
            var submit = SubmitProbe.Measure(host, atReview);
            Console.WriteLine($"   «Отправить анкету» handled alone (router + LiteDB commit in process, bot otherwise idle, {submit.Count} respondents at the review screen, " +
                $"≈ {itemsPerChat:0} outbox items in each chat): p50 {submit.P50:0.0} / p95 {submit.P95:0.0} / max {submit.Max:0.0} ms per submit");
            await pumpStop.CancelAsync();
            await pump;
            return r;
        }
        finally
        {
            disk.Dispose();
            await host.DisposeAsync();
            Console.WriteLine($"   LiteDB file + log after shutdown: {Report.Bytes(host.DatabaseBytes())}");
            host.DeleteData();
        }
    }

    /// <summary>When the campaign job completed a run, from the start of the measured run (polled every 20 ms).</summary>
    private static async Task<List<TimeSpan>> WatchCampaignJobAsync(CampaignScheduler scheduler, CancellationToken ct)
    {
        var result = new List<TimeSpan>();
        var clock = Stopwatch.StartNew();
        var seen = scheduler.CompletedRuns;
        try
        {
            while (!ct.IsCancellationRequested)
            {
                await Task.Delay(20, ct);
                if (scheduler.CompletedRuns != seen)
                {
                    seen = scheduler.CompletedRuns;
                    result.Add(clock.Elapsed);
                }
            }
        }
        catch (OperationCanceledException) when (ct.IsCancellationRequested)
        {
        }
        return result;
    }

    private static List<Respondent> Respondents(IEnumerable<string> codes, long firstId, int items, int seed) =>
        [.. codes.Select((c, i) => new Respondent(firstId + i, c, items, unchecked((seed * 100_003) + i)))];

    private static TimeSpan Wall(Round r) =>
        r.Samples.Count == 0 ? TimeSpan.Zero : Stopwatch.GetElapsedTime(r.StartedTicks, r.Samples.Max(s => s.ReplyTicks));

    private static void Print(Round r, Delta d, LoadHost host, QuestionnaireOptions o, int other)
    {
        var wall = Wall(r);
        var answers = r.Samples.Where(s => s.Kind == StepKind.Answer).ToList();
        var finished = r.Samples.Count(s => s.Kind == StepKind.Submit);
        var answersPerSecond = answers.Count / Math.Max(0.001, wall.TotalSeconds);
        var all = Percentiles.Of(r.Samples.Select(s => s.ServerMs));
        var answerLatency = Percentiles.Of(answers.Select(s => s.ServerMs));
        Console.WriteLine($"   measured: {r.Respondents} respondents at once, closed loop (each waits for the reply before the next update, " +
            (o.ThinkMs == 0 ? "no think time)" : $"then thinks {o.ThinkMs / 2}–{o.ThinkMs * 3 / 2} ms; starts spread over {o.ThinkMs} ms)"));
        Console.WriteLine($"   {finished} of {r.Respondents} submitted, {r.Samples.Count} updates answered ({answers.Count} answers) in {wall.TotalSeconds:0.00} s, " +
            $"errors {r.Errors}{(r.Completed ? "" : " (INCOMPLETE: timed out)")}{(r.ErrorExamples.Count > 0 ? ": " + string.Join("; ", r.ErrorExamples) : "")}");
        Console.WriteLine();
        Console.WriteLine("   Latency = server's timestamp of the reply the respondent needs next (sent or edited message) − moment the update was enqueued at the server (ms);");
        Console.WriteLine("   split at the getUpdates answer that carried the update: waiting at the server (until the bot fetched it) | inside the bot (until the reply was recorded)");
        Console.WriteLine($"   {"step kind",-40} {"n",6} {"p50",8} {"p95",8} {"p99",8} {"max",8} {"mean",8} {"server p50/p99",16} {"bot p50/p99",16}");
        var calls = host.Api.Calls.Skip(d.Before.ApiCalls).Take(d.After.ApiCalls - d.Before.ApiCalls).ToList();
        Row("opening (/start, consent, list, start)", r.Samples.Where(s => s.Kind == StepKind.Opening), calls);
        Row("answer (30 per respondent)", answers, calls);
        Row("submit (answer sheet written)", r.Samples.Where(s => s.Kind == StepKind.Submit), calls);
        Row("all updates", r.Samples, calls);
        var observed = Percentiles.Of(r.Samples.Select(s => s.ObservedMs));
        Console.WriteLine($"   (the driver's own clock, reply seen at the delivery tap: p50 {observed.P50:0.0} / p99 {observed.P99:0.0} ms)");
        var start = r.Samples.Count == 0 ? DateTimeOffset.UtcNow : r.Samples.Min(s => s.SentAt);
        var windows = r.Samples.GroupBy(s => (int)((s.SentAt - start).TotalSeconds / 10)).OrderBy(g => g.Key)
            .Select(g => $"{Percentiles.Of(g.Select(s => s.ServerMs)).P99:0}");
        Console.WriteLine($"   p99 ms of the updates sent in each 10-s window of the run: {string.Join(" ", windows)}");
        var split = FetchFigures.Of(calls, [.. r.Samples.Select(s => s.ToSample())]);
        Console.WriteLine($"   getUpdates batches carrying the updates: {split.Batches}, mean {split.MeanBatch:0.0}, max {split.MaxBatch} updates");
        Console.WriteLine($"   Bot API calls: {string.Join(", ", calls.GroupBy(c => c.Method).OrderByDescending(g => g.Count()).Select(g => $"{g.Key} {g.Count()}"))}");
        Console.WriteLine();
        var tRatio = answersPerSecond / ThroughputGoal;
        var pRatio = answerLatency.P99 / P99Goal;
        var pAllRatio = all.P99 / P99Goal;
        Console.WriteLine("   Against the goals (throughput ratio ≥ 1 and latency ratio ≤ 1 meet the goal):");
        Console.WriteLine($"   throughput    {answersPerSecond,8:0} answers/s   goal ≥ {ThroughputGoal:0} answers/s   ratio {tRatio:0.00}   {(tRatio >= 1 && r.Completed ? "met" : "NOT met")}" +
            $"   ({r.Samples.Count / Math.Max(0.001, wall.TotalSeconds):0} updates/s of all kinds)");
        if (o.ThinkMs > 0) Console.WriteLine($"   (with think time the answers/s is the offered load, ≈ respondents / mean think time: the throughput goal is for the run without)");
        Console.WriteLine($"   p99 answer    {answerLatency.P99,8:0.0} ms          goal ≤ {P99Goal:0} ms          ratio {pRatio:0.00}   {(pRatio <= 1 ? "met" : "NOT met")}");
        Console.WriteLine($"   p99 all steps {all.P99,8:0.0} ms          goal ≤ {P99Goal:0} ms          ratio {pAllRatio:0.00}   {(pAllRatio <= 1 ? "met" : "NOT met")}");
        Console.WriteLine($"   p50 answer    {answerLatency.P50,8:0.0} ms");
        Console.WriteLine();
        var cpu = d.Cpu.TotalSeconds;
        Console.WriteLine($"   Process: CPU {cpu:0.0} s ({cpu / Math.Max(0.001, wall.TotalSeconds):0.00} cores busy, {cpu * 1000 / Math.Max(1, r.Samples.Count):0.00} ms per update; " +
            $"bot, server and driver together); other processes' cores {d.OtherCores:0.00}{(d.OtherCores > 0.3 ? " — WARNING: the machine was busy, figures are pessimistic" : "")}");
        Console.WriteLine($"   JIT {d.Jit.TotalSeconds:0.0} s ({d.JitMethods} methods); GC {d.Gen0}/{d.Gen1}/{d.Gen2}; allocated {Report.Bytes(d.Allocated)} ({d.Allocated / 1024.0 / Math.Max(1, r.Samples.Count):0} KB per update); " +
            $"disk writes {Report.Bytes(d.DiskWrites)}; Bot API send calls {d.Tap.Calls} (mean {d.Tap.MeanCallMs:0.0} ms); lock waits {d.LockContentions}");
        Console.WriteLine($"   Answer sheets stored: {host.Get<AnswerSheetRepository>().Count()} (warm-up {o.Warmup} + measured {finished}); " +
            $"messages no step waited for (invite description, intro, consent edit): {other}");
    }

    private static void Row(string name, IEnumerable<StepSample> samples, IReadOnlyList<TestBotApi.RecordedCall> calls)
    {
        var list = samples.ToList();
        var p = Percentiles.Of(list.Select(s => s.ServerMs));
        var split = FetchFigures.Of(calls, [.. list.Select(s => s.ToSample())]);
        Console.WriteLine($"   {name,-40} {p.Count,6} {p.P50,8:0.0} {p.P95,8:0.0} {p.P99,8:0.0} {p.Max,8:0.0} {p.Mean,8:0.0} " +
            $"{$"{split.UntilFetched.P50:0} / {split.UntilFetched.P99:0}",16} {$"{split.AfterFetch.P50:0} / {split.AfterFetch.P99:0}",16}");
    }
}
