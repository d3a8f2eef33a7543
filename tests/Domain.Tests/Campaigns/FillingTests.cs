using SchoolSupport.Domain.Campaigns;
using SchoolSupport.Domain.Questionnaires;
using static SchoolSupport.Domain.Tests.Campaigns.CampaignWorld;

namespace SchoolSupport.Domain.Tests.Campaigns;

/// <summary>A five-item instrument: a scale, a yes/no that opens a number, a multiple choice with "other", an optional text.</summary>
public sealed class FillingTests
{
    private static readonly DateTime Now = Utc(12, 5, 6);

    internal static readonly Instrument Five = new()
    {
        Id = "teachers",
        Version = 1,
        Title = "Пять вопросов",
        Respondent = RespondentGroup.Teacher,
        Sections =
        [
            new Section
            {
                Id = "s",
                Title = "Раздел",
                Items =
                [
                    new Item { Id = "q1", Text = "Шкала", Kind = ItemKind.Scale, Options = [Opt("a"), Opt("b"), Opt("c")] },
                    new Item { Id = "q2", Text = "Да или нет", Kind = ItemKind.YesNo },
                    new Item { Id = "q3", Text = "Сколько", Kind = ItemKind.Number, Min = 0, Max = 100, ShowIf = new ShowIf { Item = "q2", AnyOf = [Item.YesId] } },
                    new Item { Id = "q4", Text = "Что из этого", Kind = ItemKind.MultipleChoice, Options = [Opt("x"), Opt("y"), Opt("z")], MaxChoices = 2, AllowOther = true },
                    new Item { Id = "q5", Text = "Комментарий", Kind = ItemKind.ShortText, Required = false, MaxLength = 20 },
                ],
            },
        ],
    };

    private static ChoiceOption Opt(string id) => new() { Id = id, Label = id.ToUpperInvariant() };

    private static Draft Started() => Filling.Start(December(), TeacherSlot, "anna", Five, Now);

    private static Draft Ok(FillResult r)
    {
        Assert.Null(r.Error);
        return r.Draft;
    }

    [Fact]
    public void A_draft_starts_at_the_first_item_and_moves_on_with_each_answer_skipping_what_does_not_apply()
    {
        var d = Started();
        Assert.Equal(("camp0001|0|anna", "q1", 1), (d.Id, d.Cursor, d.Step));

        d = Ok(Filling.Answer(d, Five, RawInput.Chosen(["b"]), Now));
        Assert.Equal("q2", d.Cursor);
        d = Ok(Filling.Answer(d, Five, RawInput.Typed("нет"), Now));
        Assert.Equal("q4", d.Cursor);
        d = Filling.Back(d, Five, Now);
        Assert.Equal("q2", d.Cursor);
        d = Ok(Filling.Answer(d, Five, RawInput.Chosen([Item.YesId]), Now));
        Assert.Equal("q3", d.Cursor);
        Assert.Equal(5, d.Step);
    }

    [Theory]
    [InlineData("много", "Введите целое число от 0 до 100")]
    [InlineData("101", "Введите целое число от 0 до 100")]
    [InlineData("2,5", "Введите целое число от 0 до 100")]
    public void A_bad_number_is_refused_with_a_precise_message_and_changes_nothing(string typed, string error)
    {
        var d = Ok(Filling.Answer(Ok(Filling.Answer(Started(), Five, RawInput.Chosen(["a"]), Now)), Five, RawInput.Chosen([Item.YesId]), Now));

        var r = Filling.Answer(d, Five, RawInput.Typed(typed), Now);

        Assert.Equal(error, r.Error);
        Assert.Same(d, r.Draft);
    }

    [Fact]
    public void Multiple_choice_ticks_an_own_variant_and_confirms_with_done()
    {
        var d = AtQ4();

        d = Filling.Tick(d, "x", on: true, Now);
        d = Filling.Tick(d, "x", on: true, Now); // a double press changes nothing
        d = Filling.Tick(d, Item.OtherOptionId, on: true, Now);
        Assert.True(d.AwaitingOther);
        d = Filling.WithOther(d, "своё", Now);
        Assert.Equal(["x", Item.OtherOptionId], d.Ticked);
        d = Ok(Filling.Answer(d, Five, RawInput.ChosenWithOther(d.Ticked, d.OtherText!), Now));

        Assert.Equal("q5", d.Cursor);
        var answer = d.AnswerTo("q4")!;
        Assert.Equal(["x", Item.OtherOptionId], answer.Options);
        Assert.Equal("своё", answer.OtherText);
    }

    [Fact]
    public void Too_many_ticks_are_refused_at_done()
    {
        var d = Filling.Tick(Filling.Tick(Filling.Tick(AtQ4(), "x", true, Now), "y", true, Now), "z", true, Now);

        Assert.Equal("Выберите не больше 2 вариантов", Filling.Answer(d, Five, RawInput.Chosen(d.Ticked), Now).Error);
    }

    [Fact]
    public void Coming_back_to_a_multiple_choice_item_starts_from_its_answer()
    {
        var d = Ok(Filling.Answer(Filling.Tick(AtQ4(), "y", true, Now), Five, RawInput.Chosen(["y"]), Now));

        d = Filling.Back(d, Five, Now);

        Assert.Equal("q4", d.Cursor);
        Assert.Equal(["y"], d.Ticked);
    }

    [Fact]
    public void From_the_review_an_edit_returns_to_the_review_and_an_item_it_opens_is_asked_first()
    {
        var d = Complete(q2: "no");
        Assert.Null(d.Cursor);

        d = Filling.Edit(d, "q2", Now);
        Assert.True(d.FromReview);
        d = Ok(Filling.Answer(d, Five, RawInput.Chosen([Item.YesId]), Now));
        Assert.Equal("q3", d.Cursor); // opened by the new answer, not answered yet
        d = Ok(Filling.Answer(d, Five, RawInput.Typed("12"), Now));
        Assert.Null(d.Cursor);

        d = Filling.Edit(d, "q1", Now);
        d = Filling.Keep(d, Five, Now);
        Assert.Null(d.Cursor);
    }

    [Fact]
    public void What_blocks_submission_is_an_item_without_answer_or_skip()
    {
        var d = Complete(q2: "no");
        Assert.Empty(Filling.Blockers(d, Five).Missing);

        var unfinished = Filling.Review(Ok(Filling.Answer(Started(), Five, RawInput.Chosen(["a"]), Now)), Now);

        Assert.Equal(["q2", "q4", "q5"], Filling.Blockers(unfinished, Five).Missing.Select(i => i.Id));
    }

    [Fact]
    public void The_sheet_keeps_only_answers_that_apply_and_nothing_of_the_person()
    {
        var d = Complete(q2: "yes");
        d = Ok(Filling.Answer(Filling.Edit(d, "q2", Now), Five, RawInput.Chosen([Item.NoId]), Now)); // hides q3, answered before

        var sheet = AnswerSheet.From(d, December(), TeacherSlot, Five, new DateOnly(2026, 12, 5), "RANDOMRANDOMRANDOMRAND");

        Assert.Equal("7|teachers|t|RANDOMRANDOMRANDOMRAND", sheet.Id);
        Assert.Equal(["q1", "q2", "q4", "q5"], sheet.Answers.Select(a => a.ItemId));
        Assert.Equal((new DateOnly(2026, 12, 5), 1, "camp0001"), (sheet.Day, sheet.InstrumentVersion, sheet.CampaignId));
        Assert.DoesNotContain(typeof(AnswerSheet).GetProperties(), p => p.Name.Contains("Participant", StringComparison.Ordinal) || p.PropertyType == typeof(DateTime));
    }

    [Fact]
    public void A_draft_resumes_on_its_item_or_on_the_first_unanswered_when_that_item_no_longer_applies()
    {
        var d = Ok(Filling.Answer(Ok(Filling.Answer(Started(), Five, RawInput.Chosen(["a"]), Now)), Five, RawInput.Chosen([Item.YesId]), Now));
        Assert.Equal("q3", Filling.Resume(d, Five).Cursor);

        var hidden = d with { Answers = [.. d.Answers.Where(a => a.ItemId != "q2")] };

        Assert.Equal("q2", Filling.Resume(hidden, Five).Cursor);
    }

    private static Draft AtQ4()
    {
        var d = Ok(Filling.Answer(Started(), Five, RawInput.Chosen(["a"]), Now));
        return Ok(Filling.Answer(d, Five, RawInput.Chosen([Item.NoId]), Now));
    }

    private static Draft Complete(string q2)
    {
        var d = Ok(Filling.Answer(Started(), Five, RawInput.Chosen(["a"]), Now));
        d = Ok(Filling.Answer(d, Five, RawInput.Chosen([q2]), Now));
        if (q2 == Item.YesId) d = Ok(Filling.Answer(d, Five, RawInput.Typed("7"), Now));
        d = Ok(Filling.Answer(d, Five, RawInput.Chosen(["z"]), Now));
        return Ok(Filling.Answer(d, Five, RawInput.Skipped, Now));
    }
}
