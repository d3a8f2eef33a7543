namespace SchoolSupport.Domain.Questionnaires;

/// <summary>
/// Ask an item only when an earlier item was answered a certain way: one of <see cref="AnyOf"/> chosen, or a number
/// within <see cref="AtLeast"/>..<see cref="AtMost"/>. A hidden or unanswered target hides the item too.
/// </summary>
public sealed record ShowIf
{
    /// <summary>Id of an earlier item of the same instrument.</summary>
    public required string Item { get; init; }
    /// <summary>Choice targets: shown when any of these option ids was chosen.</summary>
    public IReadOnlyList<string>? AnyOf { get; init; }
    /// <summary>Number targets: shown when the number is at least this.</summary>
    public decimal? AtLeast { get; init; }
    /// <summary>Number targets: shown when the number is at most this.</summary>
    public decimal? AtMost { get; init; }

    public bool HoldsFor(AnswerValue answer)
    {
        if (AnyOf is not null) return answer.Options.Any(AnyOf.Contains);
        if (answer.Number is not { } n) return false;
        return (AtLeast is null || n >= AtLeast) && (AtMost is null || n <= AtMost);
    }
}
