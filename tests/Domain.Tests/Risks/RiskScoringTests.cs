using SchoolSupport.Domain.Questionnaires;
using SchoolSupport.Domain.Risks;

namespace SchoolSupport.Domain.Tests.Risks;

public sealed class RiskScoringTests
{
    private static readonly RiskCatalogue Catalogue = new()
    {
        Version = 1, Title = "РПШ", Thresholds = Thresholds.Default,
        Weights = [new GroupWeight { Group = RespondentGroup.Teacher, Weight = 1 }, new GroupWeight { Group = RespondentGroup.Student, Weight = 1 }],
        Risks =
        [
            new Risk { Id = 1, Name = "Риск один", ShortName = "Один" },
            new Risk { Id = 2, Name = "Риск два", ShortName = "Два", Weights = [new GroupWeight { Group = RespondentGroup.Student, Weight = 3 }] },
            new Risk { Id = 3, Name = "Риск без вопросов", ShortName = "Три" },
        ],
    };

    /// <summary>A four-point item informing the given risks: options s0, s1, s2, s3 score 0, 1/3, 2/3, 1 (rounded).</summary>
    private static Item Four(string id, params int[] risks) => new()
    {
        Id = id, Text = id, Kind = ItemKind.Scale, Risks = risks,
        Options = [Opt("s0", 0), Opt("s1", 0.33), Opt("s2", 0.67), Opt("s3", 1), new ChoiceOption { Id = "na", Label = "Не знаю" }],
    };

    private static ChoiceOption Opt(string id, double score) => new() { Id = id, Label = id, Score = score };

    private static Instrument Instrument(RespondentGroup group, params Item[] items) => new()
    {
        Id = group.ToString().ToLowerInvariant(), Version = 1, Title = "t", Respondent = group,
        Sections = [new Section { Id = "s", Title = "s", Items = items }],
    };

    private static readonly Instrument Teachers = Instrument(RespondentGroup.Teacher, Four("a", 1), Four("b", 1), Four("c", 2));
    private static readonly Instrument Students = Instrument(RespondentGroup.Student, Four("x", 1, 2));

    private static SubmittedAnswers Sheet(Instrument i, params (string Item, string Option)[] answers) =>
        new(i, answers.ToDictionary(a => a.Item, a => AnswerValue.Chosen(a.Option), StringComparer.Ordinal));

    [Fact]
    public void The_indicator_is_the_mean_of_item_means_per_group_then_the_weighted_mean_of_groups()
    {
        var sheets = new[]
        {
            Sheet(Teachers, ("a", "s3"), ("b", "s0"), ("c", "s3")),
            Sheet(Teachers, ("a", "s3"), ("b", "s1"), ("c", "s0")),
            Sheet(Students, ("x", "s2")),
        };

        var risk1 = RiskScoring.Profile(Catalogue, sheets).For(1)!;

        // Teachers: item a mean 1, item b mean 0.165 → 0.5825 → 0.58. Students: 0.67. (0.58 + 0.67) / 2 = 0.625 → 0.63.
        Assert.Equal(0.58, risk1.Groups.Single(g => g.Group == RespondentGroup.Teacher).Mean);
        Assert.Equal(0.67, risk1.Groups.Single(g => g.Group == RespondentGroup.Student).Mean);
        Assert.Equal(0.63, risk1.Indicator);
        Assert.Equal(RiskLevel.High, risk1.Level);
        Assert.Equal(5, risk1.Answers);
        Assert.Equal(3, risk1.Respondents);
        Assert.Equal([RespondentGroup.Student, RespondentGroup.Teacher], risk1.DrivenBy);
    }

    [Fact]
    public void A_risk_may_weigh_a_group_more()
    {
        var sheets = new[] { Sheet(Teachers, ("c", "s0")), Sheet(Students, ("x", "s3")) };

        var risk2 = RiskScoring.Profile(Catalogue, sheets).For(2)!;

        // Teachers 0 with weight 1 (the catalogue's), students 1 with weight 3 (the risk's own): 3 / 4.
        Assert.Equal(0.75, risk2.Indicator);
        Assert.Equal([RespondentGroup.Student], risk2.DrivenBy);
        Assert.Equal(3.0, risk2.Groups.Single(g => g.Group == RespondentGroup.Student).Weight);
    }

    [Fact]
    public void Only_the_groups_present_count()
    {
        var risk1 = RiskScoring.Profile(Catalogue, [Sheet(Students, ("x", "s1"))]).For(1)!;

        Assert.Equal(0.33, risk1.Indicator);
        Assert.Equal(RiskLevel.Low, risk1.Level);
        Assert.Equal(RespondentGroup.Student, Assert.Single(risk1.Groups).Group);
        Assert.Empty(risk1.DrivenBy);
    }

    [Theory]
    [InlineData(0.39, RiskLevel.Low)]
    [InlineData(0.40, RiskLevel.Medium)]
    [InlineData(0.59, RiskLevel.Medium)]
    [InlineData(0.60, RiskLevel.High)]
    [InlineData(1.00, RiskLevel.High)]
    [InlineData(0.00, RiskLevel.Low)]
    public void Levels_follow_the_thresholds(double indicator, RiskLevel level) => Assert.Equal(level, Thresholds.Default.LevelOf(indicator));

    [Fact]
    public void The_level_is_taken_on_the_rounded_indicator_people_see()
    {
        // 0.595 shows as 0.60, so it is high, not medium.
        var item = Four("a", 1) with { Options = [Opt("lo", 0.59), Opt("hi", 0.60)] };
        var i = Instrument(RespondentGroup.Teacher, item);

        var risk = RiskScoring.Profile(Catalogue, [Sheet(i, ("a", "lo")), Sheet(i, ("a", "hi"))]).For(1)!;

        Assert.Equal(0.6, risk.Indicator);
        Assert.Equal(RiskLevel.High, risk.Level);
    }

    [Fact]
    public void Options_without_a_score_and_skipped_items_say_nothing()
    {
        var sheets = new[]
        {
            Sheet(Teachers, ("a", "na"), ("b", "s3")),
            new SubmittedAnswers(Teachers, new Dictionary<string, AnswerValue> { ["a"] = AnswerValue.Skipped, ["b"] = AnswerValue.Chosen("s1") }),
        };

        var teachers = RiskScoring.Profile(Catalogue, sheets).For(1)!.Groups.Single();

        Assert.Equal((2, 2, 1), (teachers.Answers, teachers.Respondents, teachers.Items));
        Assert.Equal(0.67, teachers.Mean);
    }

    [Fact]
    public void A_risk_nobody_informed_has_no_indicator()
    {
        var risk3 = RiskScoring.Profile(Catalogue, [Sheet(Teachers, ("a", "s3"))]).For(3)!;

        Assert.Null(risk3.Indicator);
        Assert.Null(risk3.Level);
        Assert.Equal(0, risk3.Answers);
    }

    [Theory]
    [InlineData(new[] { "none" }, 0.0)]
    [InlineData(new[] { "pc" }, 0.35)]
    [InlineData(new[] { "pc", "net" }, 0.7)]
    [InlineData(new[] { "pc", "net", "labs" }, 1.0)]
    [InlineData(new[] { "pc", "other" }, 0.35)]
    public void Multiple_choice_adds_the_chosen_scores_up_to_one(string[] chosen, double expected)
    {
        var item = new Item
        {
            Id = "lacks", Text = "Чего не хватает?", Kind = ItemKind.MultipleChoice, Risks = [1], AllowOther = true,
            Options = [Opt("pc", 0.35), Opt("net", 0.35), Opt("labs", 0.35), Opt("none", 0)],
        };

        Assert.Equal(expected, ItemScores.For(item, AnswerValue.Chosen(chosen), 1)!.Value, 3);
    }

    [Fact]
    public void An_option_may_inform_other_risks_than_its_item()
    {
        var item = Four("q", 1) with { Options = [Opt("s0", 0), Opt("s3", 1) with { Risks = [2] }] };

        Assert.Equal(1, ItemScores.For(item, AnswerValue.Chosen("s3"), 2));
        Assert.Null(ItemScores.For(item, AnswerValue.Chosen("s3"), 1));
        Assert.Equal(0, ItemScores.For(item, AnswerValue.Chosen("s0"), 1));
        Assert.Equal([1, 2], ItemScores.RisksOf(item).Order());
    }

    [Fact]
    public void Answers_are_read_with_their_own_instrument_version()
    {
        var v1 = Teachers;
        var v2 = Teachers with { Version = 2, Sections = [new Section { Id = "s", Title = "s", Items = [Four("a", 2)] }] };

        var profile = RiskScoring.Profile(Catalogue, [Sheet(v1, ("a", "s3")), Sheet(v2, ("a", "s3"))]);

        Assert.Equal(1, profile.For(1)!.Answers);
        Assert.Equal(1, profile.For(2)!.Answers);
    }

    [Fact]
    public void A_group_mean_under_five_respondents_is_hidden_and_so_is_what_would_give_it_away()
    {
        var sheets = Enumerable.Range(0, 6).Select(_ => Sheet(Teachers, ("a", "s1"))).Append(Sheet(Students, ("x", "s3"))).ToList();

        var risk1 = RiskScoring.Profile(Catalogue, sheets).For(1)!;
        var shown = RiskDisclosure.Of(risk1);

        Assert.False(shown.ShowsGroup(RespondentGroup.Student));
        Assert.False(shown.ShowsGroup(RespondentGroup.Teacher));
        Assert.False(shown.TotalHidden);
    }
}
