using SchoolSupport.Domain.Questionnaires;
using static SchoolSupport.Domain.Tests.Questionnaires.Sample;

namespace SchoolSupport.Domain.Tests.Questionnaires;

public sealed class CrossRulesTests
{
    private static readonly Instrument Passport = new()
    {
        Id = "passport", Version = 1, Title = "Паспорт", Respondent = RespondentGroup.Principal,
        Sections = [new Section { Id = "s", Title = "Контингент", Items = [Number("total", 0, 5000), Number("g6", 0, 1000), Number("g9", 0, 1000), Number("share", 0, 100, 1)] }],
        Rules =
        [
            new NotAboveRule { Parts = ["g6", "g9"], Total = "total", Explain = "обучающихся 6 и 9 классов вместе не больше, чем всего" },
            new NotAboveRule { Parts = ["share"], Limit = 60, Explain = "так сказано в правиле" },
        ],
    };

    private static InputResult Answer(string item, string typed, params (string, AnswerValue)[] before) =>
        AnswerValidation.Validate(Passport, Passport.Item(item)!, RawInput.Typed(typed), Answers(before));

    [Theory]
    [InlineData("300", null)]
    [InlineData("420", null)]
    [InlineData("421", "Не больше 420: обучающихся 6 и 9 классов вместе не больше, чем всего.")]
    public void A_part_may_not_exceed_the_total(string typed, string? error) =>
        Assert.Equal(error, Answer("g6", typed, ("total", AnswerValue.Of(420))).Error);

    [Fact]
    public void Parts_are_added_up_and_the_message_names_what_is_left() =>
        Assert.Equal("Не больше 20: обучающихся 6 и 9 классов вместе не больше, чем всего.",
            Answer("g9", "21", ("total", AnswerValue.Of(420)), ("g6", AnswerValue.Of(400))).Error);

    [Fact]
    public void Lowering_the_total_below_its_parts_is_refused_too() =>
        Assert.Equal("Не меньше 150: обучающихся 6 и 9 классов вместе не больше, чем всего.",
            Answer("total", "149", ("g6", AnswerValue.Of(70)), ("g9", AnswerValue.Of(80))).Error);

    [Fact]
    public void A_rule_waits_for_its_bound_and_counts_parts_not_answered_yet_as_nothing()
    {
        Assert.True(Answer("g6", "900").Ok);
        Assert.True(Answer("total", "70", ("g6", AnswerValue.Of(70))).Ok);
        Assert.Equal("Не меньше 70: обучающихся 6 и 9 классов вместе не больше, чем всего.", Answer("total", "69", ("g6", AnswerValue.Of(70))).Error);
    }

    [Theory]
    [InlineData("60", null)]
    [InlineData("60,1", "Не больше 60: так сказано в правиле.")]
    [InlineData("100,5", "Введите число от 0 до 100 (не больше 1 знака после запятой)")]
    public void A_fixed_limit_bounds_a_number_without_a_total_item(string typed, string? error) => Assert.Equal(error, Answer("share", typed).Error);

    [Fact]
    public void The_item_range_is_checked_before_the_rule() =>
        Assert.Equal("Введите целое число от 0 до 1000", Answer("g6", "1001", ("total", AnswerValue.Of(5000))).Error);

    [Fact]
    public void Broken_lists_the_rules_complete_answers_break()
    {
        var answers = Answers(("total", AnswerValue.Of(100)), ("g6", AnswerValue.Of(60)), ("g9", AnswerValue.Of(50)));

        Assert.Equal(["g6", "g9"], Assert.Single(CrossRules.Broken(Passport, answers)).Parts);
        Assert.Empty(CrossRules.Broken(Passport, Answers(("total", AnswerValue.Of(100)), ("g6", AnswerValue.Of(60)))));
        Assert.Empty(CrossRules.Broken(Passport, Answers(("g6", AnswerValue.Of(60)), ("g9", AnswerValue.Of(50)))));
    }
}
