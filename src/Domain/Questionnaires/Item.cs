namespace SchoolSupport.Domain.Questionnaires;

/// <summary>One question. Which fields matter depends on <see cref="Kind"/>; <see cref="InstrumentRules"/> checks they fit.</summary>
public sealed record Item
{
    /// <summary>The pseudo-option chosen when the respondent writes their own answer in (<see cref="AllowOther"/>).</summary>
    public const string OtherOptionId = "other";
    public const string YesId = "yes";
    public const string NoId = "no";
    /// <summary>Free text (short text, "other") is cut at this many characters unless the item says less.</summary>
    public const int DefaultMaxLength = 200;

    public required string Id { get; init; }
    public required string Text { get; init; }
    public required ItemKind Kind { get; init; }
    public bool Required { get; init; } = true;
    /// <summary>A line under the question: how to answer, what counts.</summary>
    public string? Hint { get; init; }
    /// <summary>Choice options or scale points, in the order shown.</summary>
    public IReadOnlyList<ChoiceOption> Options { get; init; } = [];
    /// <summary>Risks every scored option informs, unless the option names its own.</summary>
    public IReadOnlyList<int> Risks { get; init; } = [];
    /// <summary>Multiple choice: at most this many options (the "other" answer counts as one).</summary>
    public int? MaxChoices { get; init; }
    /// <summary>Choice items: the respondent may write their own answer (option id <see cref="OtherOptionId"/>).</summary>
    public bool AllowOther { get; init; }
    /// <summary>The button of the written-in answer; «Другое» when not given.</summary>
    public string? OtherLabel { get; init; }
    public decimal? Min { get; init; }
    public decimal? Max { get; init; }
    /// <summary>Digits allowed after the comma: 0 for whole numbers.</summary>
    public int Decimals { get; init; }
    /// <summary>Shown after a number: «чел.», «%».</summary>
    public string? Unit { get; init; }
    /// <summary>Short text and "other" answers: at most this many characters (<see cref="DefaultMaxLength"/> when not given).</summary>
    public int? MaxLength { get; init; }
    public ShowIf? ShowIf { get; init; }

    /// <summary>The options a respondent chooses from: for yes/no without options in the file, «Да» and «Нет».</summary>
    public IReadOnlyList<ChoiceOption> Choices =>
        Kind == ItemKind.YesNo && Options.Count == 0 ? YesNoChoices : Options;

    public bool IsChoice => Kind is ItemKind.SingleChoice or ItemKind.MultipleChoice or ItemKind.Scale or ItemKind.YesNo;

    /// <summary>Answers hold text people wrote (short text or "other"): shown only over 10 respondents.</summary>
    public bool HasFreeText => Kind == ItemKind.ShortText || AllowOther;

    public int TextLimit => MaxLength ?? DefaultMaxLength;

    public string OtherButton => OtherLabel ?? QuestionnaireTexts.OtherDefault;

    public ChoiceOption? Option(string optionId) => Choices.FirstOrDefault(o => o.Id == optionId);

    private static readonly IReadOnlyList<ChoiceOption> YesNoChoices =
    [
        new() { Id = YesId, Label = QuestionnaireTexts.Yes },
        new() { Id = NoId, Label = QuestionnaireTexts.No },
    ];
}
