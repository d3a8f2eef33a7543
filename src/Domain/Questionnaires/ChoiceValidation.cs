namespace SchoolSupport.Domain.Questionnaires;

/// <summary>Choice kinds: option ids from buttons, or typed text matching an option's number or label («2», «да»).</summary>
internal static class ChoiceValidation
{
    public static InputResult Single(Item item, RawInput input)
    {
        var chosen = input.Options ?? Typed(item, input.Text);
        if (chosen is null) return InputResult.Reject(item.Kind == ItemKind.YesNo ? QuestionnaireTexts.YesOrNo : QuestionnaireTexts.ChooseOne);
        if (chosen.Count == 0) return InputResult.Reject(item.Required ? QuestionnaireTexts.RequiredItem : QuestionnaireTexts.ChooseOne);
        if (chosen.Count > 1) return InputResult.Reject(QuestionnaireTexts.OnlyOne);
        return Checked(item, chosen, input.OtherText);
    }

    public static InputResult Multiple(Item item, RawInput input)
    {
        var chosen = input.Options ?? TypedList(item, input.Text);
        if (chosen is null) return InputResult.Reject(QuestionnaireTexts.NoSuchOption);
        var distinct = chosen.Distinct(StringComparer.Ordinal).ToList();
        if (distinct.Count == 0) return InputResult.Reject(QuestionnaireTexts.ChooseAtLeastOne);
        if (item.MaxChoices is { } max && distinct.Count > max) return InputResult.Reject(QuestionnaireTexts.TooMany(max));
        return Checked(item, distinct, input.OtherText);
    }

    private static InputResult Checked(Item item, IReadOnlyList<string> chosen, string? otherText)
    {
        foreach (var id in chosen)
        {
            if (id == Item.OtherOptionId) { if (!item.AllowOther) return InputResult.Reject(QuestionnaireTexts.NoOtherHere); }
            else if (item.Option(id) is null) return InputResult.Reject(QuestionnaireTexts.NoSuchOption);
        }
        if (!chosen.Contains(Item.OtherOptionId)) return InputResult.Accept(AnswerValue.Chosen(InShownOrder(item, chosen)));
        var other = otherText?.Trim();
        if (string.IsNullOrEmpty(other)) return InputResult.Reject(QuestionnaireTexts.OtherEmpty);
        if (other.Length > item.TextLimit) return InputResult.Reject(QuestionnaireTexts.TooLong(item.TextLimit));
        return InputResult.Accept(AnswerValue.Chosen(InShownOrder(item, chosen)) with { OtherText = other });
    }

    /// <summary>Options sorted as shown, "other" last: the same choice always stores the same way.</summary>
    private static List<string> InShownOrder(Item item, IReadOnlyList<string> chosen) =>
        [.. item.Choices.Select(o => o.Id).Where(chosen.Contains), .. chosen.Where(id => id == Item.OtherOptionId)];

    private static List<string>? Typed(Item item, string? text)
    {
        var t = text?.Trim();
        if (string.IsNullOrEmpty(t)) return null;
        return Match(item, t) is { } id ? [id] : null;
    }

    private static List<string>? TypedList(Item item, string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return null;
        var ids = new List<string>();
        foreach (var part in text.Split([',', ';', ' '], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (Match(item, part) is not { } id) return null;
            ids.Add(id);
        }
        return ids;
    }

    private static string? Match(Item item, string typed)
    {
        var choices = item.Choices;
        if (int.TryParse(typed, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var n) && n >= 1 && n <= choices.Count) return choices[n - 1].Id;
        var byLabel = choices.FirstOrDefault(o => string.Equals(o.Label, typed, StringComparison.OrdinalIgnoreCase));
        return byLabel?.Id;
    }
}
