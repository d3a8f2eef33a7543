using System.Diagnostics;

namespace SchoolSupport.Benchmarks;

/// <summary>Process and server counters at one moment; the difference of two describes a run.</summary>
internal sealed record Snapshot(
    DateTimeOffset At,
    TimeSpan Cpu,
    int Gen0,
    int Gen1,
    int Gen2,
    long Allocated,
    long LockContentions,
    int ConfirmedOffset,
    int ApiCalls,
    TapCounters Tap,
    long DiskWrites,
    TimeSpan Jit,
    long JitMethods,
    TimeSpan MachineBusy)
{
    public static Snapshot Take(LoadHost host)
    {
        using var process = Process.GetCurrentProcess();
        return new Snapshot(
            DateTimeOffset.UtcNow,
            process.TotalProcessorTime,
            GC.CollectionCount(0),
            GC.CollectionCount(1),
            GC.CollectionCount(2),
            GC.GetTotalAllocatedBytes(),
            Monitor.LockContentionCount,
            host.Api.ConfirmedOffset,
            host.Api.Calls.Count,
            host.Tap.Snapshot(),
            DiskWriteBytes(),
            System.Runtime.JitInfo.GetCompilationTime(),
            System.Runtime.JitInfo.GetCompiledMethodCount(),
            MachineBusyTime());
    }

    /// <summary>CPU time of the whole machine, all processes (Linux /proc/stat: user+nice+system+irq+softirq+steal), or zero elsewhere.</summary>
    private static TimeSpan MachineBusyTime()
    {
        try
        {
            var cpu = File.ReadLines("/proc/stat").First().Split(' ', StringSplitOptions.RemoveEmptyEntries);
            long Field(int i) => long.Parse(cpu[i], System.Globalization.CultureInfo.InvariantCulture);
            var ticks = Field(1) + Field(2) + Field(3) + Field(6) + Field(7) + Field(8);
            return TimeSpan.FromSeconds(ticks / 100.0); // USER_HZ is 100 on Linux
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or FormatException or IndexOutOfRangeException)
        {
            return TimeSpan.Zero;
        }
    }

    /// <summary>Bytes this process has caused to be written to storage (Linux /proc/self/io), or 0 elsewhere.</summary>
    private static long DiskWriteBytes()
    {
        try
        {
            var line = File.ReadLines("/proc/self/io").FirstOrDefault(l => l.StartsWith("write_bytes:", StringComparison.Ordinal));
            return line is null ? 0 : long.Parse(line["write_bytes:".Length..].Trim(), System.Globalization.CultureInfo.InvariantCulture);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or FormatException)
        {
            return 0;
        }
    }

    public static Delta operator -(Snapshot after, Snapshot before) => new(before, after);
}

/// <summary>What happened between two snapshots.</summary>
internal sealed record Delta(Snapshot Before, Snapshot After)
{
    public TimeSpan Cpu => After.Cpu - Before.Cpu;
    public int Gen0 => After.Gen0 - Before.Gen0;
    public int Gen1 => After.Gen1 - Before.Gen1;
    public int Gen2 => After.Gen2 - Before.Gen2;
    public long Allocated => After.Allocated - Before.Allocated;
    public long LockContentions => After.LockContentions - Before.LockContentions;
    public int UpdatesConfirmed => After.ConfirmedOffset - Before.ConfirmedOffset;
    public TapCounters Tap => After.Tap - Before.Tap;
    public long DiskWrites => After.DiskWrites - Before.DiskWrites;
    public TimeSpan Jit => After.Jit - Before.Jit;
    public long JitMethods => After.JitMethods - Before.JitMethods;

    /// <summary>Cores kept busy by other processes during the run (a build, another test run…): they skew the figures.</summary>
    public double OtherCores
    {
        get
        {
            var wall = (After.At - Before.At).TotalSeconds;
            return wall <= 0 || After.MachineBusy == TimeSpan.Zero ? 0 : Math.Max(0, ((After.MachineBusy - Before.MachineBusy) - Cpu).TotalSeconds / wall);
        }
    }
}

/// <summary>The figures of one run.</summary>
internal sealed record RunResult(
    string Name,
    int Users,
    int UsersStarted,
    int UsersFinished,
    int Sent,
    int Answered,
    int Errors,
    IReadOnlyList<string> ErrorExamples,
    TimeSpan Wall,
    bool Completed,
    Percentiles Latency,
    Percentiles ObservedLatency,
    IReadOnlyList<Percentiles> ByStep,
    int[] SentByStep,
    Delta Counters,
    int GetUpdatesCalls,
    IReadOnlyDictionary<string, int> CallsByMethod,
    FetchFigures Fetch,
    PoolFigures Pool,
    Percentiles Fsync)
{
    public int Missed { get; init; }
    public int InFlightAtStop { get; init; }

    /// <summary>Answered updates per second of wall time.</summary>
    public double UpdatesPerSecond => Wall.TotalSeconds <= 0 ? 0 : Answered / Wall.TotalSeconds;

    /// <summary>Updates per second sent by the driver (the offered load of an open-loop run).</summary>
    public double OfferedPerSecond => Wall.TotalSeconds <= 0 ? 0 : Sent / Wall.TotalSeconds;

    public static RunResult From(Phase phase, TimeSpan wall, bool completed, Delta counters, LoadHost host, PoolFigures pool, Percentiles fsync)
    {
        var samples = phase.Samples;
        var calls = host.Api.Calls.Skip(counters.Before.ApiCalls).Take(counters.After.ApiCalls - counters.Before.ApiCalls).ToList();
        return new RunResult(
            phase.Name,
            phase.Users,
            phase.Started,
            samples.Count(s => s.Step == SimUser.Steps - 1),
            phase.Sent,
            samples.Count,
            phase.Errors,
            [.. phase.ErrorExamples],
            wall,
            completed,
            Percentiles.Of(samples.Select(s => s.ServerMs)),
            Percentiles.Of(samples.Select(s => s.ObservedMs)),
            [.. Enumerable.Range(0, SimUser.Steps).Select(step => Percentiles.Of(samples.Where(s => s.Step == step).Select(s => s.ServerMs)))],
            [.. phase.SentByStep],
            counters,
            calls.Count(c => c.Method.Equals("getUpdates", StringComparison.OrdinalIgnoreCase)),
            calls.GroupBy(c => c.Method).ToDictionary(g => g.Key, g => g.Count()),
            FetchFigures.Of(host.Api.Calls, samples),
            pool,
            fsync);
    }
}

/// <summary>Latency percentiles in milliseconds (nearest rank).</summary>
internal sealed record Percentiles(int Count, double P50, double P95, double P99, double Max, double Mean)
{
    public static Percentiles Of(IEnumerable<double> values)
    {
        var sorted = values.Order().ToArray();
        if (sorted.Length == 0) return new Percentiles(0, double.NaN, double.NaN, double.NaN, double.NaN, double.NaN);
        double Rank(double p) => sorted[Math.Clamp((int)Math.Ceiling(p * sorted.Length) - 1, 0, sorted.Length - 1)];
        return new Percentiles(sorted.Length, Rank(0.50), Rank(0.95), Rank(0.99), sorted[^1], sorted.Average());
    }
}
