namespace SchoolSupport.Domain.Questionnaires;

/// <summary>The instrument's "not above" rules, checked for a new number against the other answers given so far.</summary>
public static class CrossRules
{
    /// <summary>
    /// The first broken rule's message with the bound the number must keep; null when every rule holds. Parts not answered
    /// yet count as 0 (the sum can only grow), so a part above the total is refused at once; a rule without its bound waits.
    /// </summary>
    public static string? Check(Instrument instrument, string itemId, decimal number, IReadOnlyDictionary<string, AnswerValue> answers)
    {
        foreach (var rule in instrument.Rules)
        {
            if (rule.Parts.Contains(itemId))
            {
                var bound = rule.Total is { } t ? NumberOf(answers, t) : rule.Limit;
                if (bound is null) continue;
                var max = bound.Value - rule.Parts.Where(p => p != itemId).Sum(p => NumberOf(answers, p) ?? 0);
                if (number > max) return QuestionnaireTexts.NotAbove(Math.Max(max, 0), rule.Explain);
            }
            else if (rule.Total == itemId)
            {
                var min = rule.Parts.Sum(p => NumberOf(answers, p) ?? 0);
                if (number < min) return QuestionnaireTexts.NotBelow(min, rule.Explain);
            }
        }
        return null;
    }

    /// <summary>The rules the answers break (parts not answered count as 0): a final check before submitting.</summary>
    public static IReadOnlyList<NotAboveRule> Broken(Instrument instrument, IReadOnlyDictionary<string, AnswerValue> answers) =>
        [.. instrument.Rules.Where(rule =>
            (rule.Total is { } t ? NumberOf(answers, t) : rule.Limit) is { } bound
            && rule.Parts.Sum(p => NumberOf(answers, p) ?? 0) > bound)];

    private static decimal? NumberOf(IReadOnlyDictionary<string, AnswerValue> answers, string itemId) =>
        answers.TryGetValue(itemId, out var a) ? a.Number : null;
}
