using System.Diagnostics;
using SchoolSupport.Domain.Questionnaires;
using SchoolSupport.Domain.Risks;

namespace SchoolSupport.Benchmarks.Questionnaires;

/// <summary>
/// Time to compute the results of a school from its submitted sheets, in process: <see cref="RiskScoring.Profile"/>
/// over all sheets plus <see cref="ChangeResults.ByBlock(Instrument, IReadOnlyList{SubmittedAnswers})"/> over the
/// «Есть ли изменения?» sheets. Stopwatch loop on one thread: untimed warm-up iterations, then timed ones; the median,
/// min and max are reported, with the bytes allocated per iteration (<see cref="GC.GetAllocatedBytesForCurrentThread"/>)
/// and the collections during the timed iterations.
/// </summary>
internal static class ScoringBenchmark
{
    public static readonly TimeSpan SchoolGoal = TimeSpan.FromMilliseconds(100);
    public static readonly TimeSpan MunicipalityGoal = TimeSpan.FromSeconds(1);

    public static IReadOnlyList<ScoringFigures> Run(QuestionnaireOptions o, TextWriter output)
    {
        var catalog = BenchCatalog.Shipped();
        var changes = catalog.LatestOf(SyntheticSheets.ChangesId) ?? throw new InvalidOperationException("No «Есть ли изменения?» instrument shipped.");
        var clock = Stopwatch.StartNew();
        var school = SyntheticSheets.School(catalog.Latest, o.SchoolSheets, o.Seed);
        var municipality = Enumerable.Range(0, o.Schools).Select(s => SyntheticSheets.School(catalog.Latest, o.SheetsPerSchool, o.Seed + 1 + s)).ToList();
        output.WriteLine($"Synthetic sheets from the shipped instruments: 1 school × {o.SchoolSheets:N0} and {o.Schools} schools × {o.SheetsPerSchool:N0} " +
            $"({municipality.Sum(m => m.Count):N0} sheets, {municipality.Sum(m => m.Sum(s => s.Answers.Count)):N0} answers), generated in {clock.Elapsed.TotalSeconds:0.0} s");

        var figures = new List<ScoringFigures>
        {
            Measure($"one school, {o.SchoolSheets:N0} sheets", SchoolGoal, o, () => Results(catalog.Risks, changes, school)),
            Measure($"municipality, {o.Schools} schools × {o.SheetsPerSchool:N0} sheets", MunicipalityGoal, o, () =>
            {
                var n = 0;
                foreach (var sheets in municipality) n += Results(catalog.Risks, changes, sheets);
                return n;
            }),
        };
        var profile = RiskScoring.Profile(catalog.Risks, school);
        output.WriteLine("Check of the one-school profile: " + string.Join(", ", profile.Risks.Select(r => $"{r.Risk.Id}: {r.Indicator:0.00} ({r.Respondents})")));
        return figures;
    }

    /// <summary>A school's results; returns a number derived from them so nothing is optimised away.</summary>
    private static int Results(RiskCatalogue risks, Instrument changes, IReadOnlyList<SubmittedAnswers> sheets)
    {
        var profile = RiskScoring.Profile(risks, sheets);
        var blocks = ChangeResults.ByBlock(changes, [.. sheets.Where(s => s.Instrument.Id == changes.Id)]);
        return profile.Risks.Count(r => r.Level is not null) + blocks.Count(b => b.Changed);
    }

    private static ScoringFigures Measure(string name, TimeSpan goal, QuestionnaireOptions o, Func<int> run)
    {
        var check = 0;
        for (var i = 0; i < o.ScoringWarmup; i++) check += run();
        var times = new List<double>(o.Iterations);
        var bytes = new List<long>(o.Iterations);
        var gen0 = GC.CollectionCount(0);
        var gen2 = GC.CollectionCount(2);
        for (var i = 0; i < o.Iterations; i++)
        {
            var allocated = GC.GetAllocatedBytesForCurrentThread();
            var t = Stopwatch.GetTimestamp();
            check += run();
            times.Add(Stopwatch.GetElapsedTime(t).TotalMilliseconds);
            bytes.Add(GC.GetAllocatedBytesForCurrentThread() - allocated);
        }
        if (check < 0) throw new InvalidOperationException("unreachable");
        times.Sort();
        bytes.Sort();
        return new ScoringFigures(name, times[times.Count / 2], times[0], times[^1], bytes[bytes.Count / 2],
            GC.CollectionCount(0) - gen0, GC.CollectionCount(2) - gen2, o.Iterations, goal);
    }
}

/// <summary>One scoring case: median, min and max in ms, median bytes allocated per iteration, GCs over the timed iterations.</summary>
internal sealed record ScoringFigures(string Name, double MedianMs, double MinMs, double MaxMs, long Allocated, int Gen0, int Gen2, int Iterations, TimeSpan Goal)
{
    public double Ratio => MedianMs / Goal.TotalMilliseconds;
}
