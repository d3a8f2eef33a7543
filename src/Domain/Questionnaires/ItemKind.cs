namespace SchoolSupport.Domain.Questionnaires;

public enum ItemKind
{
    /// <summary>One option; optionally an "other" answer written in.</summary>
    SingleChoice,
    /// <summary>Several options (at most <see cref="Item.MaxChoices"/>), toggled, then «Готово»; optionally "other".</summary>
    MultipleChoice,
    /// <summary>A Likert scale: one of the labelled points, listed in order.</summary>
    Scale,
    /// <summary>A number between <see cref="Item.Min"/> and <see cref="Item.Max"/> with <see cref="Item.Decimals"/> digits after the comma.</summary>
    Number,
    /// <summary>A short text of at most <see cref="Item.MaxLength"/> characters.</summary>
    ShortText,
    /// <summary>«Да» / «Нет»: options with ids "yes" and "no" (given in the file when they carry scores).</summary>
    YesNo,
}
