namespace SchoolSupport.Domain.Questionnaires;

/// <summary>
/// What the respondent gave, before validation: option ids from buttons (the "other" pseudo-option with its text),
/// or text they typed (a number, a text answer, or an option's number or label), or «Пропустить».
/// </summary>
public sealed record RawInput
{
    public IReadOnlyList<string>? Options { get; init; }
    public string? OtherText { get; init; }
    public string? Text { get; init; }
    public bool Skip { get; init; }

    public static RawInput Typed(string text) => new() { Text = text };

    public static RawInput Chosen(params IReadOnlyList<string> optionIds) => new() { Options = [.. optionIds] };

    public static RawInput ChosenWithOther(IReadOnlyList<string> optionIds, string otherText) =>
        new() { Options = [.. optionIds], OtherText = otherText };

    public static RawInput Skipped { get; } = new() { Skip = true };
}
