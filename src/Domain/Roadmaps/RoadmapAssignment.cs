namespace SchoolSupport.Domain.Roadmaps;

/// <summary>
/// A roadmap assigned to one school for one cycle year: a copy of the template, the deadline of every stage
/// (as the local date and the due moment in UTC), the risks the school activated, and who reviews now.
/// </summary>
public sealed record RoadmapAssignment
{
    /// <summary>Short random id (fits in button data).</summary>
    public required string Id { get; init; }
    public int SchoolId { get; init; }
    /// <summary>The template as it was when assigned; its id and version identify the definition.</summary>
    public required RoadmapTemplate Template { get; init; }
    public int Year { get; init; }
    /// <summary>One entry per stage of <see cref="Template"/>, same order.</summary>
    public IReadOnlyList<StageDeadline> Deadlines { get; init; } = [];
    /// <summary>Risks the school activated (from its risk profile); empty until someone sets them.</summary>
    public IReadOnlyList<ActivatedRisk> ActivatedRisks { get; init; } = [];
    /// <summary>A curator who reviews this school's documents instead of its curators (after a handover); null = the school's curators.</summary>
    public string? ReviewerId { get; init; }
    public required string AssignedBy { get; init; }
    public DateTime AssignedAtUtc { get; init; }
    public IReadOnlyList<DeadlineChange> DeadlineChanges { get; init; } = [];

    public StageDeadline? DeadlineOf(string stageId) => Deadlines.FirstOrDefault(d => d.StageId == stageId);
}

/// <summary>
/// When a stage is due: the local calendar date («до 1 марта 2026») and the first moment after that day
/// in the school's municipality, in UTC. The stage is overdue from <see cref="DueUtc"/> on.
/// </summary>
public sealed record StageDeadline
{
    public required string StageId { get; init; }
    public DateOnly Date { get; init; }
    public DateTime DueUtc { get; init; }
}

/// <summary>A risk the school activated as a working direction (domain.md §4), e.g. ("10", «Низкая учебная мотивация обучающихся»).</summary>
public sealed record ActivatedRisk
{
    /// <summary>Short id from the risk catalogue (its number), fits in a storage key.</summary>
    public required string Id { get; init; }
    public required string Name { get; init; }
}

/// <summary>A moved deadline: which stage, from and to which date, who moved it and when.</summary>
public sealed record DeadlineChange
{
    public required string StageId { get; init; }
    public DateOnly From { get; init; }
    public DateOnly To { get; init; }
    public required string By { get; init; }
    public DateTime AtUtc { get; init; }
}
