using SchoolSupport.Bot.Features.Questionnaires.Definitions;

namespace SchoolSupport.Benchmarks.Questionnaires;

/// <summary>
/// The shipped instruments (Content/questionnaires of the bot, copied to this program's output) plus the benchmark's own
/// 30-item instrument (Questionnaires/Content/bench-parents.v1.json), loaded together by <see cref="InstrumentCatalog"/>
/// from a temporary folder: the same parsing and validation as at the bot's start. The shipped folder is not touched.
/// </summary>
internal static class BenchCatalog
{
    public const string InstrumentId = "bench-parents";

    public static string BenchFile => Path.Combine(AppContext.BaseDirectory, "Questionnaires", "Content", "bench-parents.v1.json");

    /// <summary>Shipped instruments plus the benchmark instrument.</summary>
    public static InstrumentCatalog WithBenchInstrument()
    {
        var dir = Path.Combine(Path.GetTempPath(), "schoolbot-bench-catalog", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(dir);
        try
        {
            foreach (var file in Directory.GetFiles(InstrumentCatalog.DefaultDirectory, "*.json"))
                File.Copy(file, Path.Combine(dir, Path.GetFileName(file)));
            File.Copy(BenchFile, Path.Combine(dir, Path.GetFileName(BenchFile)));
            return new InstrumentCatalog(dir, InstrumentCatalog.DefaultRiskFile);
        }
        finally
        {
            try { Directory.Delete(dir, recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
        }
    }

    /// <summary>The shipped instruments only, as the bot loads them.</summary>
    public static InstrumentCatalog Shipped() => new();
}
