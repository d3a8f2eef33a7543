namespace SchoolSupport.Domain.Questionnaires;

/// <summary>
/// A questionnaire as data (a versioned file under Content/questionnaires): who answers it, its sections in order
/// and the rules that tie answers of several items together. A new version is a new file; old ones stay.
/// </summary>
public sealed record Instrument
{
    public required string Id { get; init; }
    public required int Version { get; init; }
    public required string Title { get; init; }
    public required RespondentGroup Respondent { get; init; }
    /// <summary>Shown before the first question.</summary>
    public string? Intro { get; init; }
    /// <summary>Shown after the answers are submitted.</summary>
    public string? Outro { get; init; }
    /// <summary>Where the content comes from (a seed document, "written for this project"), for people who maintain it.</summary>
    public string? Source { get; init; }
    public IReadOnlyList<Section> Sections { get; init; } = [];
    /// <summary>Rules across items ("parts not above the total"), checked when any item of the rule is answered.</summary>
    public IReadOnlyList<NotAboveRule> Rules { get; init; } = [];

    public InstrumentVersion Key => new(Id, Version);

    /// <summary>Every item in the order asked, sections one after the other.</summary>
    public IReadOnlyList<Item> Items => [.. Sections.SelectMany(s => s.Items)];

    public Item? Item(string itemId) => Sections.SelectMany(s => s.Items).FirstOrDefault(i => i.Id == itemId);

    public Section? SectionOf(string itemId) => Sections.FirstOrDefault(s => s.Items.Any(i => i.Id == itemId));
}

/// <summary>A block of items with its own title and intro text (shown before its first visible item).</summary>
public sealed record Section
{
    public required string Id { get; init; }
    public required string Title { get; init; }
    public string? Intro { get; init; }
    public IReadOnlyList<Item> Items { get; init; } = [];
}
