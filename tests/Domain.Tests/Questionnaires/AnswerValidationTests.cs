using SchoolSupport.Domain.Questionnaires;
using static SchoolSupport.Domain.Tests.Questionnaires.Sample;

namespace SchoolSupport.Domain.Tests.Questionnaires;

public sealed class AnswerValidationTests
{
    [Theory]
    [InlineData("0", 0)]
    [InlineData("2000", 2000)]
    [InlineData(" 1 200 ", 1200)]
    [InlineData("1\u202F200", 1200)]
    [InlineData("17", 17)]
    public void Whole_numbers_in_range_are_accepted(string typed, int expected)
    {
        var result = AnswerValidation.Validate(Number("n", 0, 2000), RawInput.Typed(typed));

        Assert.True(result.Ok);
        Assert.Equal(expected, result.Value!.Number);
    }

    [Theory]
    [InlineData("2001")]
    [InlineData("-1")]
    [InlineData("12,5")]
    [InlineData("двенадцать")]
    [InlineData("")]
    [InlineData("1e3")]
    public void Whole_numbers_out_of_range_or_not_numbers_get_the_range_message(string typed) =>
        Assert.Equal("Введите целое число от 0 до 2000", AnswerValidation.Validate(Number("n", 0, 2000), RawInput.Typed(typed)).Error);

    [Theory]
    [InlineData("12,5", "12.5", null)]
    [InlineData("12.5", "12.5", null)]
    [InlineData("100", "100", null)]
    [InlineData("0", "0", null)]
    [InlineData("12,55", null, "Введите число от 0 до 100 (не больше 1 знака после запятой)")]
    [InlineData("100,1", null, "Введите число от 0 до 100 (не больше 1 знака после запятой)")]
    public void Decimal_numbers_keep_their_digits_after_the_comma(string typed, string? expected, string? error)
    {
        var result = AnswerValidation.Validate(Number("share", 0, 100, decimals: 1), RawInput.Typed(typed));

        Assert.Equal(error, result.Error);
        Assert.Equal(expected is null ? null : decimal.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), result.Value?.Number);
    }

    [Theory]
    [InlineData("12,5 %", "12.5")]
    [InlineData("12,5%", "12.5")]
    [InlineData("420 чел.", "420")]
    public void The_unit_shown_may_be_typed_too(string typed, string expected)
    {
        var share = Number("share", 0, 1000, decimals: 1) with { Unit = typed.Contains('%', StringComparison.Ordinal) ? "%" : "чел." };

        Assert.Equal(decimal.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), AnswerValidation.Validate(share, RawInput.Typed(typed)).Value!.Number);
    }

    [Fact]
    public void Two_digits_after_the_comma_say_so_in_the_plural() =>
        Assert.Equal("Введите число от 0 до 1 (не больше 2 знаков после запятой)", QuestionnaireTexts.NumberRange(0, 1, 2));

    [Theory]
    [InlineData("  Больше кружков  ", "Больше кружков", null)]
    [InlineData("", null, "Напишите ответ текстом.")]
    [InlineData("   ", null, "Напишите ответ текстом.")]
    public void Short_text_is_trimmed_and_must_not_be_empty(string typed, string? expected, string? error)
    {
        var result = AnswerValidation.Validate(Text("t"), RawInput.Typed(typed));

        Assert.Equal(error, result.Error);
        Assert.Equal(expected, result.Value?.Text);
    }

    [Fact]
    public void Short_text_over_the_limit_is_refused_with_the_limit()
    {
        Assert.Equal("Не больше 200 символов", AnswerValidation.Validate(Text("t"), RawInput.Typed(new string('я', 201))).Error);
        Assert.True(AnswerValidation.Validate(Text("t"), RawInput.Typed(new string('я', 200))).Ok);
        Assert.Equal("Не больше 50 символов", AnswerValidation.Validate(Text("t", 50), RawInput.Typed(new string('я', 51))).Error);
    }

    [Theory]
    [InlineData(new[] { "x" }, null)]
    [InlineData(new[] { "x", "y", "z" }, null)]
    [InlineData(new[] { "x", "y", "z", "w" }, "Выберите не больше 3 вариантов")]
    [InlineData(new string[0], "Выберите хотя бы один вариант.")]
    [InlineData(new[] { "nope" }, "Такого варианта нет в этом вопросе. Выберите вариант кнопкой.")]
    public void Multiple_choice_keeps_the_count_and_the_known_options(string[] chosen, string? error)
    {
        var item = Multiple("m", 3, false, "x", "y", "z", "w");

        Assert.Equal(error, AnswerValidation.Validate(item, RawInput.Chosen(chosen)).Error);
    }

    [Theory]
    [InlineData(1, "Выберите не больше 1 варианта")]
    [InlineData(2, "Выберите не больше 2 вариантов")]
    [InlineData(5, "Выберите не больше 5 вариантов")]
    [InlineData(11, "Выберите не больше 11 вариантов")]
    [InlineData(21, "Выберите не больше 21 варианта")]
    public void The_maximum_is_said_in_good_russian(int max, string expected) => Assert.Equal(expected, QuestionnaireTexts.TooMany(max));

    [Fact]
    public void Multiple_choice_stores_options_in_the_order_shown_and_ignores_double_presses()
    {
        var result = AnswerValidation.Validate(Multiple("m", null, false, "x", "y", "z"), RawInput.Chosen("z", "x", "z"));

        Assert.Equal(["x", "z"], result.Value!.Options);
    }

    [Fact]
    public void The_other_answer_needs_its_text_and_counts_towards_the_maximum()
    {
        var item = Multiple("m", 2, true, "x", "y", "z");

        Assert.Equal("Впишите свой вариант ответа.", AnswerValidation.Validate(item, RawInput.Chosen("x", Item.OtherOptionId)).Error);
        Assert.Equal("Выберите не больше 2 вариантов", AnswerValidation.Validate(item, RawInput.ChosenWithOther(["x", "y", Item.OtherOptionId], "кружки")).Error);
        Assert.Equal("Не больше 200 символов", AnswerValidation.Validate(item, RawInput.ChosenWithOther([Item.OtherOptionId], new string('а', 201))).Error);
        var ok = AnswerValidation.Validate(item, RawInput.ChosenWithOther([Item.OtherOptionId, "y"], " кружки "));
        Assert.Equal(["y", Item.OtherOptionId], ok.Value!.Options);
        Assert.Equal("кружки", ok.Value.OtherText);
    }

    [Fact]
    public void The_other_answer_is_refused_where_the_item_does_not_allow_it() =>
        Assert.Equal("В этом вопросе нельзя вписать свой вариант.", AnswerValidation.Validate(Multiple("m", null, false, "x", "y"), RawInput.ChosenWithOther([Item.OtherOptionId], "что-то")).Error);

    [Theory]
    [InlineData("2", "b")]
    [InlineData("вариант c", "c")]
    [InlineData("Вариант A", "a")]
    public void Single_choice_takes_a_typed_number_or_label(string typed, string expected) =>
        Assert.Equal([expected], AnswerValidation.Validate(Single("s", "a", "b", "c"), RawInput.Typed(typed)).Value!.Options);

    [Theory]
    [InlineData("4")]
    [InlineData("0")]
    [InlineData("может быть")]
    public void Single_choice_refuses_what_matches_no_option(string typed) =>
        Assert.Equal(QuestionnaireTexts.ChooseOne, AnswerValidation.Validate(Single("s", "a", "b", "c"), RawInput.Typed(typed)).Error);

    [Fact]
    public void Single_choice_refuses_two_options_and_stale_option_ids()
    {
        Assert.Equal(QuestionnaireTexts.OnlyOne, AnswerValidation.Validate(Single("s", "a", "b"), RawInput.Chosen("a", "b")).Error);
        Assert.Equal(QuestionnaireTexts.NoSuchOption, AnswerValidation.Validate(Single("s", "a", "b"), RawInput.Chosen("from-another-question")).Error);
    }

    [Theory]
    [InlineData("да", "yes")]
    [InlineData("НЕТ", "no")]
    [InlineData("1", "yes")]
    public void Yes_no_takes_buttons_or_words(string typed, string expected) =>
        Assert.Equal([expected], AnswerValidation.Validate(YesNo("yn"), RawInput.Typed(typed)).Value!.Options);

    [Fact]
    public void Yes_no_explains_itself_on_anything_else() =>
        Assert.Equal("Ответьте «Да» или «Нет».", AnswerValidation.Validate(YesNo("yn"), RawInput.Typed("наверное")).Error);

    [Fact]
    public void A_scale_takes_one_of_its_points()
    {
        Assert.Equal(["mid"], AnswerValidation.Validate(Scale("sc"), RawInput.Chosen("mid")).Value!.Options);
        Assert.Equal(QuestionnaireTexts.NoSuchOption, AnswerValidation.Validate(Scale("sc"), RawInput.Chosen("none")).Error);
    }

    [Fact]
    public void Skipping_is_for_optional_items_only()
    {
        Assert.True(AnswerValidation.Validate(Text("t", required: false), RawInput.Skipped).Value!.IsSkipped);
        Assert.Equal(QuestionnaireTexts.RequiredItem, AnswerValidation.Validate(Text("t"), RawInput.Skipped).Error);
        Assert.Equal(QuestionnaireTexts.RequiredItem, AnswerValidation.Validate(Single("s", "a", "b"), RawInput.Skipped).Error);
    }
}
