namespace SchoolSupport.Domain.Roadmaps;

/// <summary>
/// A roadmap as data (a versioned file under Content/roadmaps): its document types and its stages in
/// deadline order. An assignment keeps a copy, so a later version of the file never changes a running roadmap.
/// </summary>
public sealed record RoadmapTemplate
{
    public required string Id { get; init; }
    public int Version { get; init; } = 1;
    public required string Title { get; init; }
    /// <summary>Where the content comes from (seed documents), for people who maintain it.</summary>
    public string? Source { get; init; }
    public IReadOnlyList<DocumentType> DocumentTypes { get; init; } = [];
    public IReadOnlyList<StageTemplate> Stages { get; init; } = [];

    public StageTemplate? Stage(string id) => Stages.FirstOrDefault(s => s.Id == id);

    public int StageIndex(string id) => Stages.ToList().FindIndex(s => s.Id == id);

    public string DocumentName(string documentTypeId) =>
        DocumentTypes.FirstOrDefault(d => d.Id == documentTypeId)?.Name ?? documentTypeId;
}
