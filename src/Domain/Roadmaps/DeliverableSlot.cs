namespace SchoolSupport.Domain.Roadmaps;

/// <summary>
/// One document a school owes for a stage: a deliverable of the template, expanded per activated risk.
/// <see cref="Key"/> is what submissions are stored against: the deliverable id, or "id/riskId".
/// </summary>
public sealed record DeliverableSlot
{
    public required string StageId { get; init; }
    public required string Key { get; init; }
    public required string DeliverableId { get; init; }
    public required string DocumentType { get; init; }
    /// <summary>The document type's name, with the risk for per-risk documents.</summary>
    public required string Title { get; init; }
    public ActivatedRisk? Risk { get; init; }
    public string? Note { get; init; }
    /// <summary>A per-risk deliverable of a school that has not activated its risks yet: one document stands in for all.</summary>
    public bool AwaitsRisks { get; init; }
}
