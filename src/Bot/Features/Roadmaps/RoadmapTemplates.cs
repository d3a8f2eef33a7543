using SchoolSupport.Domain.Roadmaps;

namespace SchoolSupport.Bot.Features.Roadmaps;

/// <summary>
/// The roadmap templates shipped under Content/roadmaps, loaded and validated once at start: a broken file
/// stops the bot with the file name and the problem.
/// </summary>
internal sealed class RoadmapTemplates
{
    public RoadmapTemplates() : this(DefaultDirectory) { }

    public RoadmapTemplates(string directory) => All = Load(directory);

    public static string DefaultDirectory => Path.Combine(AppContext.BaseDirectory, "Content", "roadmaps");

    /// <summary>Ordered by id, so an index is stable while the bot runs.</summary>
    public IReadOnlyList<RoadmapTemplate> All { get; }

    public RoadmapTemplate? Get(string id) => All.FirstOrDefault(t => t.Id == id);

    /// <exception cref="InvalidDataException">A file does not parse or breaks a rule of <see cref="RoadmapTemplateRules"/>.</exception>
    public static IReadOnlyList<RoadmapTemplate> Load(string directory)
    {
        var files = Directory.Exists(directory) ? Directory.GetFiles(directory, "*.json").Order(StringComparer.Ordinal).ToList() : [];
        if (files.Count == 0) throw new InvalidDataException($"No roadmap templates in {directory}.");
        var templates = files.Select(f => RoadmapTemplateFile.Parse(File.ReadAllText(f), Path.GetFileName(f))).ToList();
        var problems = RoadmapTemplateRules.Problems(templates);
        if (problems.Count > 0) throw new InvalidDataException($"Roadmap templates in {directory}: {string.Join("; ", problems)}");
        return templates.OrderBy(t => t.Id, StringComparer.Ordinal).ToList();
    }
}
