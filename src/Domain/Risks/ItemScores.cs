using SchoolSupport.Domain.Questionnaires;

namespace SchoolSupport.Domain.Risks;

/// <summary>
/// The problem score one answer gives one risk: the chosen option's score when it informs the risk; for multiple choice
/// the chosen scored options informing the risk added up and capped at 1; null when the answer says nothing about it.
/// </summary>
public static class ItemScores
{
    public static double? For(Item item, AnswerValue answer, int riskId)
    {
        if (!item.IsChoice || answer.IsSkipped) return null;
        var scores = answer.Options
            .Select(item.Option)
            .OfType<ChoiceOption>()
            .Where(o => o.RisksIn(item).Contains(riskId))
            .Select(o => o.Score!.Value)
            .ToList();
        if (scores.Count == 0) return null;
        return item.Kind == ItemKind.MultipleChoice ? Math.Min(1.0, scores.Sum()) : scores[0];
    }

    /// <summary>The risks an item can inform (through any of its scored options).</summary>
    public static IReadOnlySet<int> RisksOf(Item item) =>
        item.Choices.SelectMany(o => o.RisksIn(item)).ToHashSet();
}
