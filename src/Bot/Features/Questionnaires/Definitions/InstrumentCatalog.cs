using SchoolSupport.Domain.Questionnaires;
using SchoolSupport.Domain.Risks;

namespace SchoolSupport.Bot.Features.Questionnaires.Definitions;

/// <summary>
/// The instruments under Content/questionnaires (every version in the folder, so answers are always read with the version
/// they were given for) and the risk catalogue under Content/risks, loaded and validated once at start: a broken file
/// stops the bot with the file name and the problem.
/// </summary>
internal sealed class InstrumentCatalog
{
    public InstrumentCatalog() : this(DefaultDirectory, DefaultRiskFile) { }

    public InstrumentCatalog(string directory, string riskFile)
    {
        Risks = LoadRisks(riskFile);
        All = LoadInstruments(directory, Risks);
        Latest = [.. All.GroupBy(i => i.Id, StringComparer.Ordinal).Select(g => g.MaxBy(i => i.Version)!).OrderBy(i => i.Respondent).ThenBy(i => i.Id, StringComparer.Ordinal)];
    }

    public static string DefaultDirectory => Path.Combine(AppContext.BaseDirectory, "Content", "questionnaires");

    public static string DefaultRiskFile => Path.Combine(AppContext.BaseDirectory, "Content", "risks", "catalogue.json");

    /// <summary>Every version of every instrument, ordered by id then version.</summary>
    public IReadOnlyList<Instrument> All { get; }

    /// <summary>The newest version of each instrument, ordered by id: what new campaigns use.</summary>
    public IReadOnlyList<Instrument> Latest { get; }

    public RiskCatalogue Risks { get; }

    public Instrument? Get(InstrumentVersion key) => All.FirstOrDefault(i => i.Key == key);

    public Instrument? Get(string id, int version) => Get(new InstrumentVersion(id, version));

    public Instrument? LatestOf(string id) => Latest.FirstOrDefault(i => i.Id == id);

    /// <summary>The newest instruments a group answers.</summary>
    public IReadOnlyList<Instrument> For(RespondentGroup group) => [.. Latest.Where(i => i.Respondent == group)];

    /// <exception cref="InvalidDataException">A file does not parse, is misnamed or breaks a rule.</exception>
    public static IReadOnlyList<Instrument> LoadInstruments(string directory, RiskCatalogue risks)
    {
        var files = Directory.Exists(directory)
            ? Directory.GetFiles(directory, "*.json", SearchOption.AllDirectories).Order(StringComparer.Ordinal).ToList()
            : [];
        if (files.Count == 0) throw new InvalidDataException($"No questionnaires in {directory}.");
        var instruments = new List<Instrument>();
        var problems = new List<string>();
        foreach (var file in files)
        {
            var name = Path.GetFileName(file);
            var instrument = DefinitionJson.Parse<Instrument>(File.ReadAllText(file), name, "questionnaire");
            var expected = FileName(instrument.Key);
            if (name != expected) problems.Add($"{name}: holds {instrument.Key}, so it must be named {expected}");
            instruments.Add(instrument);
        }
        problems.AddRange(InstrumentRules.Problems(instruments));
        problems.AddRange(RiskCatalogueRules.References(instruments, risks));
        var latest = instruments.GroupBy(i => i.Id, StringComparer.Ordinal).Select(g => g.MaxBy(i => i.Version)!).ToList();
        problems.AddRange(RiskCatalogueRules.CoverageProblems(latest, risks));
        if (problems.Count > 0) throw new InvalidDataException($"Questionnaires in {directory}: {string.Join("; ", problems)}");
        return [.. instruments.OrderBy(i => i.Id, StringComparer.Ordinal).ThenBy(i => i.Version)];
    }

    /// <exception cref="InvalidDataException">The file is missing, does not parse or breaks a rule.</exception>
    public static RiskCatalogue LoadRisks(string file)
    {
        if (!File.Exists(file)) throw new InvalidDataException($"No risk catalogue at {file}.");
        var catalogue = DefinitionJson.Parse<RiskCatalogue>(File.ReadAllText(file), Path.GetFileName(file), "risk catalogue");
        var problems = RiskCatalogueRules.Problems(catalogue);
        return problems.Count > 0 ? throw new InvalidDataException($"{file}: {string.Join("; ", problems)}") : catalogue;
    }

    /// <summary>"teacher-changes.v1.json": one file per version, the id and version in its name.</summary>
    public static string FileName(InstrumentVersion key) => $"{key.Id}.v{key.Version}.json";
}
