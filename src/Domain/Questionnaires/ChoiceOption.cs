namespace SchoolSupport.Domain.Questionnaires;

/// <summary>An answer option or a scale point, with the problem score it carries into the risk profile.</summary>
public sealed record ChoiceOption
{
    public required string Id { get; init; }
    public required string Label { get; init; }
    /// <summary>0 = no sign of a problem, 1 = a clear sign; null = the option says nothing about risks.</summary>
    public double? Score { get; init; }
    /// <summary>Risks this option informs; null = those of the item.</summary>
    public IReadOnlyList<int>? Risks { get; init; }

    /// <summary>The risks a chosen option informs (none when it carries no score).</summary>
    public IReadOnlyList<int> RisksIn(Item item) => Score is null ? [] : Risks ?? item.Risks;
}
