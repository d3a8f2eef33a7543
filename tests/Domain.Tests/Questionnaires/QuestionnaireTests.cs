using SchoolSupport.Domain.Questionnaires;
using static SchoolSupport.Domain.Tests.Questionnaires.Sample;

namespace SchoolSupport.Domain.Tests.Questionnaires;

public sealed class QuestionnaireTests
{
    private static readonly Instrument I = Instrument();

    private static string Ids(IEnumerable<Item> items) => string.Join(",", items.Select(i => i.Id));

    [Theory]
    [InlineData(null, null, "q1,q3,q5,q6")]
    [InlineData("a", null, "q1,q2,q3,q5,q6")]
    [InlineData("b", 9, "q1,q2,q3,q5,q6")]
    [InlineData("c", 10, "q1,q3,q4,q5,q6")]
    [InlineData("a", 2000, "q1,q2,q3,q4,q5,q6")]
    public void Show_if_decides_which_items_apply(string? q1, int? q3, string expected)
    {
        var answers = Answers();
        if (q1 is not null) answers["q1"] = AnswerValue.Chosen(q1);
        if (q3 is not null) answers["q3"] = AnswerValue.Of(q3.Value);

        Assert.Equal(expected, Ids(Questionnaire.Visible(I, answers)));
    }

    [Fact]
    public void An_item_whose_condition_looks_at_a_hidden_item_is_hidden_too()
    {
        var chain = I with
        {
            Sections = [.. I.Sections, new Section { Id = "c", Title = "Третий", Items = [Single("q7", "a", "b") with { ShowIf = new ShowIf { Item = "q2", AnyOf = ["x"] } }] }],
        };
        var answers = Answers(("q1", AnswerValue.Chosen("a")), ("q2", AnswerValue.Chosen("x")));

        Assert.Contains("q7", Ids(Questionnaire.Visible(chain, answers)), StringComparison.Ordinal);
        answers["q1"] = AnswerValue.Chosen("c");
        Assert.DoesNotContain("q7", Ids(Questionnaire.Visible(chain, answers)), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(10, null, 10, true)]
    [InlineData(10, null, 9, false)]
    [InlineData(null, 5, 5, true)]
    [InlineData(null, 5, 6, false)]
    [InlineData(1, 3, 2, true)]
    [InlineData(1, 3, 0, false)]
    public void Number_conditions_compare_inclusively(int? atLeast, int? atMost, int value, bool shown) =>
        Assert.Equal(shown, new ShowIf { Item = "n", AtLeast = atLeast, AtMost = atMost }.HoldsFor(AnswerValue.Of(value)));

    [Fact]
    public void A_condition_on_options_holds_when_any_of_them_was_chosen()
    {
        var cond = new ShowIf { Item = "m", AnyOf = ["a", "b"] };

        Assert.True(cond.HoldsFor(AnswerValue.Chosen("c", "b")));
        Assert.False(cond.HoldsFor(AnswerValue.Chosen("c")));
        Assert.False(cond.HoldsFor(AnswerValue.Skipped));
    }

    [Fact]
    public void Next_and_previous_walk_the_visible_items()
    {
        var answers = Answers(("q1", AnswerValue.Chosen("c")), ("q3", AnswerValue.Of(3)));

        Assert.Equal("q1", Questionnaire.NextItem(I, answers, null)!.Id);
        Assert.Equal("q3", Questionnaire.NextItem(I, answers, "q1")!.Id);
        Assert.Equal("q5", Questionnaire.NextItem(I, answers, "q3")!.Id);
        Assert.Null(Questionnaire.NextItem(I, answers, "q6"));
        Assert.Equal("q3", Questionnaire.PreviousItem(I, answers, "q5")!.Id);
        Assert.Equal("q1", Questionnaire.PreviousItem(I, answers, "q3")!.Id);
        Assert.Null(Questionnaire.PreviousItem(I, answers, "q1"));
    }

    [Fact]
    public void Next_from_an_item_a_changed_answer_hid_continues_after_its_place()
    {
        var answers = Answers(("q1", AnswerValue.Chosen("c")));

        Assert.Equal("q3", Questionnaire.NextItem(I, answers, "q2")!.Id);
    }

    [Fact]
    public void Progress_counts_visible_items_only()
    {
        var answers = Answers(("q1", AnswerValue.Chosen("a")), ("q3", AnswerValue.Of(50)));

        Assert.Equal(new Progress(1, 6), Questionnaire.Progress(I, answers, "q1"));
        Assert.Equal("Вопрос 4 из 6", Questionnaire.Progress(I, answers, "q4").Text);
        answers["q1"] = AnswerValue.Chosen("c");
        Assert.Equal("Вопрос 3 из 5", Questionnaire.Progress(I, answers, "q4").Text);
    }

    [Fact]
    public void Complete_means_every_visible_required_item_answered()
    {
        var answers = Answers(("q1", AnswerValue.Chosen("c")), ("q3", AnswerValue.Of(3)), ("q6", AnswerValue.Chosen("no")));

        Assert.False(Questionnaire.IsComplete(I, answers));
        Assert.Equal("q5", Questionnaire.FirstUnanswered(I, answers)!.Id);
        answers["q5"] = AnswerValue.Skipped;
        Assert.True(Questionnaire.IsComplete(I, answers));
        Assert.Null(Questionnaire.FirstUnanswered(I, answers));
        answers["q3"] = AnswerValue.Of(30);
        Assert.False(Questionnaire.IsComplete(I, answers));
        Assert.Equal("q4", Assert.Single(Questionnaire.Missing(I, answers)).Id);
    }

    [Fact]
    public void A_required_item_answered_as_skipped_is_still_missing()
    {
        var answers = Answers(("q1", AnswerValue.Skipped), ("q3", AnswerValue.Of(3)), ("q5", AnswerValue.Skipped), ("q6", AnswerValue.Chosen("no")));

        Assert.False(Questionnaire.IsComplete(I, answers));
        Assert.Equal("q1", Assert.Single(Questionnaire.Missing(I, answers)).Id);
    }

    [Fact]
    public void Prune_drops_answers_to_items_no_longer_asked()
    {
        var answers = Answers(("q1", AnswerValue.Chosen("c")), ("q2", AnswerValue.Chosen("x")), ("q3", AnswerValue.Of(3)), ("q4", AnswerValue.Of(1)));

        Assert.Equal(["q1", "q3"], Questionnaire.Prune(I, answers).Keys.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void A_section_starts_at_its_first_visible_item()
    {
        var small = Answers(("q1", AnswerValue.Chosen("c")), ("q3", AnswerValue.Of(3)));
        var large = Answers(("q1", AnswerValue.Chosen("c")), ("q3", AnswerValue.Of(30)));

        Assert.Equal("a", Questionnaire.SectionStartingAt(I, small, "q1")!.Id);
        Assert.Null(Questionnaire.SectionStartingAt(I, small, "q3"));
        Assert.Equal("b", Questionnaire.SectionStartingAt(I, small, "q5")!.Id);
        Assert.Null(Questionnaire.SectionStartingAt(I, large, "q5"));
        Assert.Equal("b", Questionnaire.SectionStartingAt(I, large, "q4")!.Id);
    }

    [Fact]
    public void An_unknown_item_id_is_a_programming_error() =>
        Assert.Throws<ArgumentException>(() => Questionnaire.NextItem(I, Answers(), "nope"));

    [Fact]
    public void The_version_identity_reads_well() => Assert.Equal("sample@1", I.Key.ToString());
}
