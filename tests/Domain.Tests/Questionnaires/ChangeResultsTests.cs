using SchoolSupport.Domain.Questionnaires;

namespace SchoolSupport.Domain.Tests.Questionnaires;

public sealed class ChangeResultsTests
{
    private static readonly IReadOnlyList<ChoiceOption> Points =
    [
        new() { Id = "none", Label = "Изменений нет" },
        new() { Id = "slight", Label = "Незначительные изменения" },
        new() { Id = "marked", Label = "Заметные изменения" },
    ];

    private static Item Statement(string id) => new() { Id = id, Text = id, Kind = ItemKind.Scale, Options = Points };

    private static readonly Instrument Changes = new()
    {
        Id = "changes", Version = 1, Title = "Есть ли изменения?", Respondent = RespondentGroup.Teacher,
        Sections =
        [
            new Section { Id = "trust", Title = "Доверие и сотрудничество", Items = [Statement("t1"), Statement("t2")] },
            new Section { Id = "data", Title = "Работа с данными", Items = [Statement("d1"), Statement("d2")] },
        ],
    };

    private static IReadOnlyDictionary<string, AnswerValue> Sheet(string t1, string t2, string d1, string d2) => new Dictionary<string, AnswerValue>
    {
        ["t1"] = AnswerValue.Chosen(t1), ["t2"] = AnswerValue.Chosen(t2), ["d1"] = AnswerValue.Chosen(d1), ["d2"] = AnswerValue.Chosen(d2),
    };

    [Fact]
    public void Each_block_gets_the_share_of_every_scale_point_and_whether_it_changed()
    {
        var sheets = new[]
        {
            Sheet("marked", "slight", "none", "none"),
            Sheet("marked", "marked", "none", "slight"),
            Sheet("slight", "none", "none", "none"),
        };

        var blocks = ChangeResults.ByBlock(Changes, sheets);

        var trust = blocks[0];
        Assert.Equal((3, 6), (trust.Respondents, trust.Answers));
        Assert.Equal([0.1667, 0.3333, 0.5], trust.Shares.Select(s => s.Share));
        Assert.Equal("marked", trust.Median!.Id);
        Assert.True(trust.Changed);
        var data = blocks[1];
        Assert.Equal([5, 1, 0], data.Shares.Select(s => s.Count));
        Assert.Equal("none", data.Median!.Id);
        Assert.False(data.Changed);
    }

    [Theory]
    [InlineData("marked,marked,none,none", "marked")]
    [InlineData("marked,none,none,none", "none")]
    [InlineData("slight,marked,none,none", "slight")]
    [InlineData("marked,marked,marked,none", "marked")]
    public void The_median_is_the_highest_point_with_half_the_answers_at_or_above_it(string answers, string median)
    {
        var sheets = answers.Split(',').Select(a => Sheet(a, a, "none", "none")).ToList();

        Assert.Equal(median, ChangeResults.ByBlock(Changes, sheets)[0].Median!.Id);
    }

    [Fact]
    public void A_block_nobody_answered_has_no_median_and_did_not_change()
    {
        var block = ChangeResults.ByBlock(Changes, Array.Empty<SubmittedAnswers>())[0];

        Assert.Equal(0, block.Answers);
        Assert.Null(block.Median);
        Assert.False(block.Changed);
        Assert.All(block.Shares, s => Assert.Equal(0, s.Share));
    }

    [Fact]
    public void Sheets_of_an_older_version_count_in_the_block_of_the_same_id()
    {
        var v2 = Changes with { Version = 2, Sections = [Changes.Sections[0] with { Items = [Statement("t1"), Statement("t3")] }, Changes.Sections[1]] };
        var sheets = new[]
        {
            new SubmittedAnswers(Changes, Sheet("marked", "marked", "none", "none")),
            new SubmittedAnswers(v2, new Dictionary<string, AnswerValue> { ["t1"] = AnswerValue.Chosen("none"), ["t3"] = AnswerValue.Chosen("slight") }),
        };

        var trust = ChangeResults.ByBlock(v2, sheets)[0];

        Assert.Equal((2, 4), (trust.Respondents, trust.Answers));
        Assert.Equal([1, 1, 2], trust.Shares.Select(s => s.Count));
    }
}
