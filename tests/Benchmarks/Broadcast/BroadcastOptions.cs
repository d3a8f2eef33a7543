
namespace SchoolSupport.Benchmarks.Broadcast;

/// <summary>Command-line options of the broadcast benchmark (<c>--broadcast</c>).</summary>
internal sealed record BroadcastOptions
{
    public int Recipients { get; init; } = 10_000;
    /// <summary>The bot's Delivery:GlobalPerSecond.</summary>
    public double Rate { get; init; } = 25;
    /// <summary>What the test server accepts per sliding second; beyond it answers 429.</summary>
    public int ServerRate { get; init; } = 30;
    /// <summary>Probability of a random 429 (retry_after 1 s) per message call.</summary>
    public double TooManyRequests { get; init; } = 0.001;
    public int Seed { get; init; } = 42;

    public const string Usage =
        "Usage: dotnet run -c Release --project tests/Benchmarks -- --broadcast [--recipients N] [--rate R] [--server-rate N] [--p429 P] [--seed N]\n" +
        "  --recipients N   broadcast size (default 10000; 2000 for a quick run of ~1.5 min)\n" +
        "  --rate R         the bot's Delivery:GlobalPerSecond (default 25)\n" +
        "  --server-rate N  the test server's limit per sliding second (default 30)\n" +
        "  --p429 P         probability of a random 429 with retry_after 1 s per message call (default 0.001)\n" +
        "  --seed N         seed of the random 429s (default 42)";

    public static BroadcastOptions? Parse(string[] args)
    {
        var o = new BroadcastOptions();
        for (var i = 0; i < args.Length; i++)
        {
            switch (args[i])
            {
                case "--broadcast":
                    break;
                case "--recipients" when CliArgs.Number(args, ++i, 1, 100_000) is { } n:
                    o = o with { Recipients = (int)n };
                    break;
                case "--rate" when CliArgs.Number(args, ++i, 0.1, 1000) is { } r:
                    o = o with { Rate = r };
                    break;
                case "--server-rate" when CliArgs.Number(args, ++i, 1, 10_000) is { } s:
                    o = o with { ServerRate = (int)s };
                    break;
                case "--p429" when CliArgs.Number(args, ++i, 0, 0.5) is { } p:
                    o = o with { TooManyRequests = p };
                    break;
                case "--seed" when CliArgs.Number(args, ++i, 0, int.MaxValue) is { } seed:
                    o = o with { Seed = (int)seed };
                    break;
                case "--help" or "-h":
                    Console.WriteLine(Usage);
                    return null;
                default:
                    return CliArgs.Refuse<BroadcastOptions>(args[i], Usage);
            }
        }
        return o;
    }
}
