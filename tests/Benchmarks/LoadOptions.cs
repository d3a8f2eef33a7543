
namespace SchoolSupport.Benchmarks;

/// <summary>Command-line options of the load driver; every run is bounded in count and time.</summary>
internal sealed record LoadOptions
{
    public const int MaxUsers = 20_000;
    public const int MaxRate = 5_000;
    public const int MaxSeconds = 120;

    /// <summary>Simulated users of the closed-loop throughput run (each sends 3 updates).</summary>
    public int Users { get; init; } = 2_000;

    /// <summary>Updates per second of the open-loop latency run.</summary>
    public int Rate { get; init; } = 200;

    /// <summary>Length of the open-loop latency run.</summary>
    public int Seconds { get; init; } = 15;

    /// <summary>
    /// Users sent through the flow before measuring, in closed-loop rounds of <see cref="WarmupRoundUsers"/>.
    /// The runtime's tiered JIT keeps recompiling hot code for the first ~10,000 updates (the rate doubles over
    /// them), so a short warm-up measures the JIT, not the bot.
    /// </summary>
    public int WarmupUsers { get; init; } = 4_000;

    public const int WarmupRoundUsers = 500;

    public bool Quick { get; init; }

    /// <summary>The throughput run gives up after this long (the result is then reported as incomplete).</summary>
    public TimeSpan ThroughputTimeout => TimeSpan.FromSeconds(Math.Clamp(Users * 3 / 50.0, 30, 300));

    /// <summary>How long the latency run waits for the replies still outstanding when it stops sending.</summary>
    public static TimeSpan DrainTimeout => TimeSpan.FromSeconds(30);

    public const string Usage =
        "Usage: dotnet run -c Release --project tests/Benchmarks -- [--users N] [--rate N] [--seconds N] [--warmup N] [--quick]\n" +
        "  --users N    simulated users of the closed-loop throughput run (default 2000; each sends 3 updates)\n" +
        "  --rate N     updates per second of the open-loop latency run (default 200)\n" +
        "  --seconds N  length of the latency run (default 15)\n" +
        "  --warmup N   users sent through the flow before measuring, in rounds of 500 (default 4000)\n" +
        "  --quick      a ~10 s smoke run: 500 warm-up users, 300 users, 4 s at the rate (figures not steady-state)";

    /// <summary>Parses the arguments; null (with a message on stderr) when they are wrong or help was asked.</summary>
    public static LoadOptions? Parse(string[] args)
    {
        var quick = args.Contains("--quick");
        var o = quick ? new LoadOptions { Quick = true, Users = 300, Seconds = 4, WarmupUsers = 500 } : new LoadOptions();
        for (var i = 0; i < args.Length; i++)
        {
            switch (args[i])
            {
                case "--quick":
                    break;
                case "--users" when CliArgs.Int(args, ++i, 1, MaxUsers) is { } users:
                    o = o with { Users = users };
                    break;
                case "--rate" when CliArgs.Int(args, ++i, 1, MaxRate) is { } rate:
                    o = o with { Rate = rate };
                    break;
                case "--seconds" when CliArgs.Int(args, ++i, 1, MaxSeconds) is { } seconds:
                    o = o with { Seconds = seconds };
                    break;
                case "--warmup" when CliArgs.Int(args, ++i, 0, MaxUsers) is { } warmup:
                    o = o with { WarmupUsers = warmup };
                    break;
                case "--help" or "-h":
                    Console.WriteLine(Usage);
                    return null;
                default:
                    return CliArgs.Refuse<LoadOptions>(args[i], Usage);
            }
        }
        return o;
    }
}
