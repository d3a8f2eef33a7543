namespace SchoolSupport.Domain.Questionnaires;

/// <summary>
/// Turns raw input into an answer, or says precisely what is wrong («Введите целое число от 0 до 2000»,
/// «Не больше 200 символов», «Выберите не больше 3 вариантов»). Button data is never trusted: option ids are checked too.
/// </summary>
public static class AnswerValidation
{
    /// <summary>The item's own rules, then the instrument's cross-item rules against the other answers.</summary>
    public static InputResult Validate(Instrument instrument, Item item, RawInput input, IReadOnlyDictionary<string, AnswerValue> answers)
    {
        var result = Validate(item, input);
        if (!result.Ok || result.Value is not { Number: { } n }) return result;
        var error = CrossRules.Check(instrument, item.Id, n, answers);
        return error is null ? result : InputResult.Reject(error);
    }

    /// <summary>The item's own rules: kind, required, range, length, options.</summary>
    public static InputResult Validate(Item item, RawInput input)
    {
        if (input.Skip) return item.Required ? InputResult.Reject(QuestionnaireTexts.RequiredItem) : InputResult.Accept(AnswerValue.Skipped);
        return item.Kind switch
        {
            ItemKind.Number => Number(item, input.Text),
            ItemKind.ShortText => ShortText(item, input.Text),
            ItemKind.MultipleChoice => ChoiceValidation.Multiple(item, input),
            _ => ChoiceValidation.Single(item, input),
        };
    }

    private static InputResult Number(Item item, string? text)
    {
        var (min, max) = (item.Min ?? 0, item.Max ?? decimal.MaxValue);
        var rangeError = QuestionnaireTexts.NumberRange(min, max, item.Decimals);
        if (string.IsNullOrWhiteSpace(text)) return InputResult.Reject(item.Required ? rangeError : rangeError + ". " + SkipHint);
        var n = NumberParsing.Parse(WithoutUnit(text, item.Unit));
        if (n is null || n < min || n > max || decimal.Round(n.Value, item.Decimals) != n) return InputResult.Reject(rangeError);
        return InputResult.Accept(AnswerValue.Of(n.Value));
    }

    private static InputResult ShortText(Item item, string? text)
    {
        var trimmed = text?.Trim();
        if (string.IsNullOrEmpty(trimmed)) return InputResult.Reject(QuestionnaireTexts.TextEmpty);
        return trimmed.Length > item.TextLimit
            ? InputResult.Reject(QuestionnaireTexts.TooLong(item.TextLimit))
            : InputResult.Accept(AnswerValue.OfText(trimmed));
    }

    /// <summary>«12,5 %» or «420 чел.»: the unit shown after the question may be typed too.</summary>
    private static string WithoutUnit(string text, string? unit)
    {
        var t = text.Trim();
        return unit is { Length: > 0 } && t.EndsWith(unit, StringComparison.OrdinalIgnoreCase) ? t[..^unit.Length] : t;
    }

    private const string SkipHint = "Если не хотите отвечать, нажмите «Пропустить»";
}
