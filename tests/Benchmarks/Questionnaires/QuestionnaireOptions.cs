
namespace SchoolSupport.Benchmarks.Questionnaires;

/// <summary>Command-line options of the questionnaire benchmark (<c>--questionnaire</c>); every run is bounded.</summary>
internal sealed record QuestionnaireOptions
{
    /// <summary>Respondents filling in the 30-item questionnaire at once (closed loop).</summary>
    public int Respondents { get; init; } = 200;

    /// <summary>Respondents sent through the whole flow before measuring (JIT warm-up).</summary>
    public int Warmup { get; init; } = 100;

    /// <summary>Sheets of the one-school profile.</summary>
    public int SchoolSheets { get; init; } = 1_000;

    public int Schools { get; init; } = 100;

    /// <summary>Sheets per school of the municipality.</summary>
    public int SheetsPerSchool { get; init; } = 300;

    /// <summary>Timed iterations of each scoring case (after <see cref="ScoringWarmup"/> untimed ones); the median is reported.</summary>
    public int Iterations { get; init; } = 15;

    public int ScoringWarmup { get; init; } = 3;

    public int Seed { get; init; } = 7;

    /// <summary>Pause of a respondent between a reply and their next update (0: none, the closed loop at full speed).</summary>
    public int ThinkMs { get; init; }

    public bool Quick { get; init; }

    /// <summary>A closed-loop run gives up after this long (respondents not finished are then errors); 35 s with --quick.</summary>
    public TimeSpan Timeout => Quick ? TimeSpan.FromSeconds(35) : TimeSpan.FromSeconds(Math.Clamp((Respondents * 35 / 20.0) + (55 * ThinkMs / 1000.0), 60, 1200));

    public const string Usage =
        "Usage: dotnet run -c Release --project tests/Benchmarks -- --questionnaire [--respondents N] [--warmup N] [--school-sheets N]\n" +
        "       [--schools N] [--sheets-per-school N] [--iterations N] [--seed N] [--think-ms N] [--alloc-types] [--quick]\n" +
        "  --respondents N        respondents answering the 30-item questionnaire at once, closed loop (default 200)\n" +
        "  --warmup N             respondents sent through the flow before measuring (default 100)\n" +
        "  --school-sheets N      submitted sheets of the one-school risk profile (default 1000)\n" +
        "  --schools N            schools of the municipality (default 100)\n" +
        "  --sheets-per-school N  submitted sheets per school of the municipality (default 300)\n" +
        "  --iterations N         timed iterations per scoring case, median reported (default 15)\n" +
        "  --seed N               seed of the synthetic answers and of the respondents' choices (default 7)\n" +
        "  --think-ms N           a respondent's mean pause between a reply and their next update, 0.5–1.5 × N (default 0: none)\n" +
        "  --alloc-types          sample the allocated bytes by type during the measured run (GCAllocationTick events)\n" +
        "  --quick                a run of under a minute: 100 respondents, 10 warm-up, 5 iterations (not steady state)";

    public static QuestionnaireOptions? Parse(string[] args)
    {
        var quick = args.Contains("--quick");
        var o = quick ? new QuestionnaireOptions { Quick = true, Respondents = 100, Warmup = 10, Iterations = 5, ScoringWarmup = 1 } : new QuestionnaireOptions();
        for (var i = 0; i < args.Length; i++)
        {
            switch (args[i])
            {
                case "--questionnaire" or "--quick" or "--alloc-types":
                    break;
                case "--respondents" when CliArgs.Int(args, ++i, 1, 2_000) is { } n:
                    o = o with { Respondents = n };
                    break;
                case "--warmup" when CliArgs.Int(args, ++i, 0, 2_000) is { } n:
                    o = o with { Warmup = n };
                    break;
                case "--school-sheets" when CliArgs.Int(args, ++i, 1, 100_000) is { } n:
                    o = o with { SchoolSheets = n };
                    break;
                case "--schools" when CliArgs.Int(args, ++i, 1, 1_000) is { } n:
                    o = o with { Schools = n };
                    break;
                case "--sheets-per-school" when CliArgs.Int(args, ++i, 1, 10_000) is { } n:
                    o = o with { SheetsPerSchool = n };
                    break;
                case "--iterations" when CliArgs.Int(args, ++i, 1, 1_000) is { } n:
                    o = o with { Iterations = n };
                    break;
                case "--seed" when CliArgs.Int(args, ++i, 0, int.MaxValue) is { } n:
                    o = o with { Seed = n };
                    break;
                case "--think-ms" when CliArgs.Int(args, ++i, 0, 20_000) is { } n:
                    o = o with { ThinkMs = n };
                    break;
                case "--help" or "-h":
                    Console.WriteLine(Usage);
                    return null;
                default:
                    return CliArgs.Refuse<QuestionnaireOptions>(args[i], Usage);
            }
        }
        return o;
    }
}
