namespace SchoolSupport.Domain.Questionnaires;

/// <summary>
/// A validated answer to one item: chosen option ids (choice kinds), a number, a text, and the written-in "other" text.
/// An optional item passed over is <see cref="Skipped"/>: it counts as answered but says nothing.
/// </summary>
public sealed record AnswerValue
{
    public IReadOnlyList<string> Options { get; init; } = [];
    public decimal? Number { get; init; }
    public string? Text { get; init; }
    public string? OtherText { get; init; }

    public static AnswerValue Skipped { get; } = new();

    public bool IsSkipped => Options.Count == 0 && Number is null && Text is null && OtherText is null;

    public static AnswerValue Chosen(params IReadOnlyList<string> optionIds) => new() { Options = [.. optionIds] };

    public static AnswerValue Of(decimal number) => new() { Number = number };

    public static AnswerValue OfText(string text) => new() { Text = text };
}
