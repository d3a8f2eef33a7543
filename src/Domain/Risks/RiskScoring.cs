using SchoolSupport.Domain.Questionnaires;

namespace SchoolSupport.Domain.Risks;

/// <summary>
/// The transparent rule of domain.md §4. Per risk and respondent group: the mean score of each item mapped to the risk
/// over the group's answers, then the mean of those item means. The indicator is the weighted mean of the group means of
/// the groups present, rounded to hundredths; the level comes from the thresholds. Group means are rounded to hundredths
/// before they are weighted, so anyone can redo the sum from the report. Arithmetic is decimal: a mean of 0.595 is 0.60.
/// </summary>
public static class RiskScoring
{
    public static RiskProfile Profile(RiskCatalogue catalogue, IReadOnlyList<SubmittedAnswers> sheets)
    {
        var scored = Scores(sheets);
        return new RiskProfile([.. catalogue.Risks.Select(r => Result(catalogue, r, scored))], catalogue.Thresholds);
    }

    private static RiskResult Result(RiskCatalogue catalogue, Risk risk, IReadOnlyList<Score> scored)
    {
        var groups = scored.Where(s => s.RiskId == risk.Id)
            .GroupBy(s => s.Group)
            .Select(g => GroupMeanOf(g.Key, catalogue.WeightOf(risk, g.Key), [.. g]))
            .OrderByDescending(g => g.Mean).ThenBy(g => g.Group)
            .ToList();
        var weighted = groups.Where(g => g.Weight > 0).ToList();
        var weights = weighted.Sum(g => g.Weight);
        if (weights <= 0) return new RiskResult(risk, null, null, groups, []);
        var indicator = Round(weighted.Sum(g => (decimal)g.Weight * (decimal)g.Mean) / (decimal)weights);
        var drivenBy = weighted.Where(g => g.Mean >= catalogue.Thresholds.Medium).Select(g => g.Group).ToList();
        return new RiskResult(risk, indicator, catalogue.Thresholds.LevelOf(indicator), groups, drivenBy);
    }

    private static GroupMean GroupMeanOf(RespondentGroup group, double weight, IReadOnlyList<Score> scores)
    {
        var itemMeans = scores.GroupBy(s => s.ItemKey, StringComparer.Ordinal).Select(i => i.Average(s => (decimal)s.Value)).ToList();
        return new GroupMean(group, Round(itemMeans.Average()), weight, scores.Count, scores.Select(s => s.Sheet).Distinct().Count(), itemMeans.Count);
    }

    private static List<Score> Scores(IReadOnlyList<SubmittedAnswers> sheets)
    {
        var scores = new List<Score>();
        for (var sheet = 0; sheet < sheets.Count; sheet++)
        {
            var s = sheets[sheet];
            foreach (var item in s.Instrument.Items)
            {
                if (!s.Answers.TryGetValue(item.Id, out var answer)) continue;
                foreach (var riskId in ItemScores.RisksOf(item))
                {
                    if (ItemScores.For(item, answer, riskId) is { } value)
                        scores.Add(new Score(riskId, s.Group, $"{s.Instrument.Id}/{item.Id}", sheet, value));
                }
            }
        }
        return scores;
    }

    private static double Round(decimal x) => (double)Math.Round(x, 2, MidpointRounding.AwayFromZero);

    private sealed record Score(int RiskId, RespondentGroup Group, string ItemKey, int Sheet, double Value);
}
