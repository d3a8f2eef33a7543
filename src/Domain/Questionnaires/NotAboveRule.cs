namespace SchoolSupport.Domain.Questionnaires;

/// <summary>
/// Numbers that must not exceed a total: the sum of <see cref="Parts"/> is at most the answer to <see cref="Total"/>,
/// or at most <see cref="Limit"/> (e.g. 100 for shares of the same students). Checked whenever a part or the total is
/// answered and the bound is known; parts not answered yet count as 0.
/// </summary>
public sealed record NotAboveRule
{
    /// <summary>Ids of number items whose answers are added up.</summary>
    public required IReadOnlyList<string> Parts { get; init; }
    /// <summary>Id of the number item that bounds them; or use <see cref="Limit"/>.</summary>
    public string? Total { get; init; }
    public decimal? Limit { get; init; }
    /// <summary>The reason in Russian, shown after the bound: «обучающихся 6 класса не может быть больше, чем всего обучающихся».</summary>
    public required string Explain { get; init; }
}
