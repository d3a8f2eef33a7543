using SchoolSupport.Domain.Questionnaires;

namespace SchoolSupport.Benchmarks.Questionnaires;

/// <summary>
/// Submitted sheets of one school, generated deterministically (a seed per school) from the shipped instruments: one
/// principal's risk questionnaire and passport, then teachers (6 % risks, 6 % «Есть ли изменения?»), parents (44 %) and
/// students (44 %). Every answer is valid for its item (an option of a choice item, up to three for multiple choice, a
/// whole number in range, a short text); items hidden by an earlier answer are dropped, as at submission. Each school
/// leans towards the problem end of the scales by its own amount, so schools get different profiles.
/// </summary>
internal static class SyntheticSheets
{
    public const string ChangesId = "teacher-changes";

    public static IReadOnlyList<SubmittedAnswers> School(IReadOnlyList<Instrument> latest, int count, int seed)
    {
        Instrument Get(string id) => latest.Single(i => i.Id == id);
        var random = new Random(seed);
        var lean = random.NextDouble() * 0.6;
        var mix = new (Instrument Instrument, double Share)[]
        {
            (Get("teacher-risks"), 0.06), (Get(ChangesId), 0.06), (Get("parent-risks"), 0.44), (Get("student-risks"), 0.44),
        };
        var sheets = new List<SubmittedAnswers>(count)
        {
            Sheet(Get("principal-risks"), random, lean),
            Sheet(Get("principal-passport"), random, lean),
        };
        foreach (var (instrument, share) in mix)
        {
            var n = (int)Math.Round((count - 2) * share);
            for (var k = 0; k < n && sheets.Count < count; k++) sheets.Add(Sheet(instrument, random, lean));
        }
        while (sheets.Count < count) sheets.Add(Sheet(mix[^1].Instrument, random, lean));
        return sheets.Take(count).ToList();
    }

    private static SubmittedAnswers Sheet(Instrument instrument, Random random, double lean)
    {
        var answers = new Dictionary<string, AnswerValue>(StringComparer.Ordinal);
        foreach (var item in instrument.Items) answers[item.Id] = Answer(item, random, lean);
        return new SubmittedAnswers(instrument, Questionnaire.Prune(instrument, answers));
    }

    private static AnswerValue Answer(Item item, Random random, double lean)
    {
        var choices = item.Choices;
        switch (item.Kind)
        {
            case ItemKind.MultipleChoice:
                var howMany = 1 + random.Next(Math.Min(3, item.MaxChoices ?? choices.Count));
                return AnswerValue.Chosen([.. choices.OrderBy(_ => random.Next()).Take(howMany).Select(o => o.Id)]);
            case ItemKind.Number:
                var min = item.Min ?? 0;
                var span = (int)Math.Min(100, (item.Max ?? 100) - min);
                return AnswerValue.Of(min + random.Next(span + 1));
            case ItemKind.ShortText:
                return AnswerValue.OfText("Больше кружков после уроков");
            default:
                // Uniform, or with probability `lean` one of the upper half (the problem end of most scales).
                var index = random.NextDouble() < lean ? (choices.Count / 2) + random.Next(choices.Count - (choices.Count / 2)) : random.Next(choices.Count);
                return AnswerValue.Chosen(choices[index].Id);
        }
    }
}
