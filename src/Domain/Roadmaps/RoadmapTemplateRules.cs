using SchoolSupport.Domain.Participants;

namespace SchoolSupport.Domain.Roadmaps;

/// <summary>
/// The rules every roadmap template keeps (checked at start and by a test over every shipped file):
/// ids well-formed and unique, stages in deadline order, deliverables of known document types, valid roles.
/// Problems are for the people who edit the files, so they are in English.
/// </summary>
public static class RoadmapTemplateRules
{
    public const int MaxIdLength = 40;
    public const int MaxTitleLength = 120;
    /// <summary>Stage and deliverable indexes travel in button data.</summary>
    public const int MaxStages = 60;
    public const int MaxDeliverablesPerStage = 20;

    /// <summary>Roles that may be responsible for a stage.</summary>
    public static IReadOnlyList<Role> ResponsibleRoles { get; } = [Role.SchoolTeam, Role.Curator, Role.Coordinator];

    /// <summary>Problems of a set of templates: each one's own, and ids used twice.</summary>
    public static IReadOnlyList<string> Problems(IReadOnlyList<RoadmapTemplate> templates)
    {
        var problems = templates.SelectMany(Problems).ToList();
        problems.AddRange(templates.GroupBy(t => t.Id, StringComparer.Ordinal).Where(g => g.Count() > 1)
            .Select(g => $"template id '{g.Key}' is used by {g.Count()} files"));
        return problems;
    }

    public static IReadOnlyList<string> Problems(RoadmapTemplate t)
    {
        var p = new List<string>();
        var name = $"template '{t.Id}'";
        if (!IsId(t.Id)) p.Add($"{name}: id must be 1..{MaxIdLength} of a-z, 0-9 and '-'");
        if (t.Version < 1) p.Add($"{name}: version must be 1 or more");
        if (!IsTitle(t.Title)) p.Add($"{name}: title must be 1..{MaxTitleLength} characters");
        var types = CheckDocumentTypes(t, name, p);
        if (t.Stages.Count is 0 or > MaxStages) p.Add($"{name}: needs 1..{MaxStages} stages");
        var stageIds = new HashSet<string>(StringComparer.Ordinal);
        foreach (var stage in t.Stages)
        {
            var where = $"{name}, stage '{stage.Id}'";
            if (!IsId(stage.Id)) p.Add($"{where}: id must be 1..{MaxIdLength} of a-z, 0-9 and '-'");
            if (!stageIds.Add(stage.Id)) p.Add($"{where}: id appears twice");
            if (!IsTitle(stage.Title)) p.Add($"{where}: title must be 1..{MaxTitleLength} characters");
            if (!stage.Deadline.IsValid()) p.Add($"{where}: deadline {stage.Deadline.Day}.{stage.Deadline.Month} (year offset {stage.Deadline.YearOffset}) is not a date of every year");
            if (!ResponsibleRoles.Contains(stage.Responsible)) p.Add($"{where}: responsible role {stage.Responsible} is not one of {string.Join(", ", ResponsibleRoles)}");
            if (stage.IsInformational() && stage.Responsible != Role.Coordinator) p.Add($"{where}: a stage of a school or a curator needs at least one deliverable");
            CheckDeliverables(stage, types, where, p);
        }
        CheckOrder(t, name, p);
        return p;
    }

    private static HashSet<string> CheckDocumentTypes(RoadmapTemplate t, string name, List<string> p)
    {
        var ids = new HashSet<string>(StringComparer.Ordinal);
        foreach (var type in t.DocumentTypes)
        {
            if (!IsId(type.Id)) p.Add($"{name}: document type id '{type.Id}' must be 1..{MaxIdLength} of a-z, 0-9 and '-'");
            if (!ids.Add(type.Id)) p.Add($"{name}: document type '{type.Id}' appears twice");
            if (!IsTitle(type.Name)) p.Add($"{name}: document type '{type.Id}' needs a name of 1..{MaxTitleLength} characters");
        }
        return ids;
    }

    private static void CheckDeliverables(StageTemplate stage, HashSet<string> types, string where, List<string> p)
    {
        if (stage.Deliverables.Count > MaxDeliverablesPerStage) p.Add($"{where}: more than {MaxDeliverablesPerStage} deliverables");
        var ids = new HashSet<string>(StringComparer.Ordinal);
        foreach (var d in stage.Deliverables)
        {
            if (!IsId(d.Id)) p.Add($"{where}: deliverable id '{d.Id}' must be 1..{MaxIdLength} of a-z, 0-9 and '-'");
            if (!ids.Add(d.Id)) p.Add($"{where}: deliverable '{d.Id}' appears twice");
            if (!types.Contains(d.DocumentType)) p.Add($"{where}: deliverable '{d.Id}' refers to unknown document type '{d.DocumentType}'");
            if (!Enum.IsDefined(d.Per)) p.Add($"{where}: deliverable '{d.Id}' has an unknown scope");
        }
    }

    /// <summary>Stages must come in deadline order (equal deadlines may follow each other).</summary>
    private static void CheckOrder(RoadmapTemplate t, string name, List<string> p)
    {
        const int anyYear = 2025;
        for (var i = 1; i < t.Stages.Count; i++)
        {
            var (before, after) = (t.Stages[i - 1], t.Stages[i]);
            if (!before.Deadline.IsValid() || !after.Deadline.IsValid()) continue;
            if (after.Deadline.For(anyYear) < before.Deadline.For(anyYear))
                p.Add($"{name}: stage '{after.Id}' is due before the stage '{before.Id}' listed above it; order stages by deadline");
        }
    }

    private static bool IsId(string? id) =>
        id is { Length: > 0 and <= MaxIdLength } && id.All(c => c is (>= 'a' and <= 'z') or (>= '0' and <= '9') or '-');

    private static bool IsTitle(string? text) => !string.IsNullOrWhiteSpace(text) && text.Length <= MaxTitleLength;
}
