namespace SchoolSupport.Domain.Questionnaires;

/// <summary>How many answers in a block fell on one scale point, and their share of the block's answers.</summary>
public sealed record PointShare(ChoiceOption Point, int Count, double Share);

/// <summary>
/// One block (section) of a scale instrument such as «Есть ли изменения?»: the share of each scale point over all its
/// statements, the median point and whether the block changed (its median is above the first point, «Изменений нет»).
/// </summary>
public sealed record BlockResult(Section Block, int Respondents, int Answers, IReadOnlyList<PointShare> Shares, ChoiceOption? Median)
{
    public bool Changed => Median is not null && Shares.Count > 0 && Median.Id != Shares[0].Point.Id;
}

/// <summary>Per-block results of a scale instrument over the submitted sheets of one school.</summary>
public static class ChangeResults
{
    /// <summary>Sheets all given for <paramref name="instrument"/>.</summary>
    public static IReadOnlyList<BlockResult> ByBlock(Instrument instrument, IReadOnlyList<IReadOnlyDictionary<string, AnswerValue>> sheets) =>
        ByBlock(instrument, [.. sheets.Select(s => new SubmittedAnswers(instrument, s))]);

    /// <summary>
    /// Sheets of any version of the instrument, each read with its own: blocks are matched by section id and scale points by
    /// option id, and reported in the shape of <paramref name="current"/>.
    /// </summary>
    public static IReadOnlyList<BlockResult> ByBlock(Instrument current, IReadOnlyList<SubmittedAnswers> sheets) =>
        [.. current.Sections.Select(s => Block(s, sheets)).OfType<BlockResult>()];

    private static BlockResult? Block(Section section, IReadOnlyList<SubmittedAnswers> sheets)
    {
        var scale = section.Items.FirstOrDefault(i => i.Kind == ItemKind.Scale);
        if (scale is null) return null;
        var points = scale.Choices;
        var chosen = sheets.Select(sheet => ScaleItems(sheet.Instrument, section.Id)
                .Select(i => sheet.Answers.TryGetValue(i.Id, out var a) && a.Options.Count > 0 ? a.Options[0] : null)
                .OfType<string>().Where(id => points.Any(p => p.Id == id)).ToList())
            .ToList();
        var all = chosen.SelectMany(c => c).ToList();
        var shares = points.Select(p =>
        {
            var count = all.Count(id => id == p.Id);
            return new PointShare(p, count, all.Count == 0 ? 0 : Math.Round((double)count / all.Count, 4));
        }).ToList();
        return new BlockResult(section, chosen.Count(c => c.Count > 0), all.Count, shares, Median(shares, all.Count));
    }

    private static IEnumerable<Item> ScaleItems(Instrument instrument, string sectionId) =>
        instrument.Sections.FirstOrDefault(s => s.Id == sectionId)?.Items.Where(i => i.Kind == ItemKind.Scale) ?? [];

    /// <summary>The highest point with at least half of the answers on it or above.</summary>
    private static ChoiceOption? Median(IReadOnlyList<PointShare> shares, int answers)
    {
        if (answers == 0) return null;
        var atOrAbove = 0;
        for (var i = shares.Count - 1; i >= 0; i--)
        {
            atOrAbove += shares[i].Count;
            if (2 * atOrAbove >= answers) return shares[i].Point;
        }
        return shares[0].Point;
    }
}
