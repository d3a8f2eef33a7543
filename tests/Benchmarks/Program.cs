using System.Diagnostics;
using SchoolSupport.Benchmarks;

// Load drivers: the real bot host against the loopback Bot API server; see README.md.
// --broadcast runs the broadcast benchmark (Broadcast/), --status the status benchmark (Status/),
// --questionnaire the questionnaire benchmark (Questionnaires/); anything else the onboarding load test.
if (args.Contains("--broadcast")) return await SchoolSupport.Benchmarks.Broadcast.BroadcastBenchmark.RunAsync(args);
if (args.Contains("--status")) return await SchoolSupport.Benchmarks.Status.StatusBenchmark.RunAsync(args);
if (args.Contains("--questionnaire")) return await SchoolSupport.Benchmarks.Questionnaires.QuestionnaireBenchmark.RunAsync(args);

var options = LoadOptions.Parse(args);
if (options is null) return args.Contains("--help") || args.Contains("-h") ? 0 : 2;

var report = new Report(Console.Out);
report.Header(options);
var total = Stopwatch.StartNew();

var commit = CommitProbe.Measure(singles: options.Quick ? 50 : 200, batches: options.Quick ? 10 : 40);
report.Commit(commit);

var host = await LoadHost.StartAsync();
using var pumpStop = new CancellationTokenSource();
var pool = new PoolSampler();
var disk = new DiskProbe(host.DataDirectory);
var probes = new Probes(pool, disk);
try
{
    var driver = new OnboardingDriver(host.Api);
    var pump = Task.Run(() => driver.PumpAsync(host.Tap, pumpStop.Token));

    var latencyUsers = options.Rate * options.Seconds; // enough even if every user sent only one step
    var codes = host.CreateInvites(options.WarmupUsers + options.Users + latencyUsers);
    var warmupCodes = codes.Take(options.WarmupUsers).ToList();
    var throughputCodes = codes.Skip(options.WarmupUsers).Take(options.Users).ToList();
    var latencyCodes = codes.Skip(options.WarmupUsers + options.Users).ToList();
    Console.WriteLine($"Seeded: {codes.Count} teacher invites, bot polling {host.Api.BaseUrl}, data in {host.DataDirectory}");

    // Warm-up in rounds, so the JIT's tier-up shows: the first round is the cold-start rate.
    var rounds = new List<RunResult>();
    for (var i = 0; i * LoadOptions.WarmupRoundUsers < warmupCodes.Count; i++)
    {
        var round = warmupCodes.Skip(i * LoadOptions.WarmupRoundUsers).Take(LoadOptions.WarmupRoundUsers).ToList();
        rounds.Add(await Runs.ClosedLoopAsync($"warm-up {i + 1}", host, probes, driver, round, 1_000_000 + (i * 10_000L), TimeSpan.FromSeconds(60)));
    }
    report.Warmup(rounds);

    host.Tap.ResetMaxInFlight();
    var throughput = await Runs.ClosedLoopAsync($"Throughput: {options.Users} users, closed loop", host, probes, driver, throughputCodes, 2_000_000, options.ThroughputTimeout);
    report.Progress(throughput);
    var afterThroughput = host.Figures();

    host.Tap.ResetMaxInFlight();
    var latency = await Runs.OpenLoopAsync($"Latency: open loop {options.Rate}/s × {options.Seconds} s", host, probes, driver, latencyCodes, 3_000_000, options.Rate, options.Seconds);
    report.Progress(latency);

    var figures = host.Figures();
    report.Results(throughput, latency, afterThroughput, figures, driver.Unmatched);
    await pumpStop.CancelAsync();
    await pump;
}
finally
{
    pool.Dispose();
    disk.Dispose();
    await host.DisposeAsync();
    Console.WriteLine($"LiteDB file + log after shutdown (checkpointed): {Report.Bytes(host.DatabaseBytes())}; total time {total.Elapsed.TotalSeconds:0.0} s");
    host.DeleteData();
}
return 0;
