using SchoolSupport.Domain.Campaigns;
using SchoolSupport.Domain.Questionnaires;
using Cb = SchoolSupport.Bot.Features.Questionnaires.QuestionnaireCallbacks;

namespace SchoolSupport.Bot.Features.Questionnaires;

/// <summary>Turning a press or a text into the domain's input: option positions from buttons, the written-in variant.</summary>
internal static class FillingInput
{
    /// <summary>The written-in "other" answer: final for a single choice, ticked until «Готово» for a multiple one.</summary>
    public static FillResult Other(Draft d, Instrument ins, Item item, string text, DateTime now)
    {
        if (item.Kind != ItemKind.MultipleChoice) return Filling.Answer(d, ins, RawInput.ChosenWithOther([Item.OtherOptionId], text), now);
        var trimmed = text.Trim();
        if (trimmed.Length == 0) return new FillResult(d, QuestionnaireTexts.OtherEmpty);
        if (trimmed.Length > item.TextLimit) return new FillResult(d, QuestionnaireTexts.TooLong(item.TextLimit));
        return new FillResult(Filling.WithOther(d, trimmed, now), null);
    }

    public static FillResult Choose(Draft d, Instrument ins, Item item, string arg, DateTime now)
    {
        if (arg == Cb.OtherArg)
            return item.AllowOther ? new FillResult(Filling.AskOther(d, now), null) : new FillResult(d, QuestionnaireTexts.NoOtherHere);
        return Option(item, arg) is { } id ? Filling.Answer(d, ins, RawInput.Chosen([id]), now) : new FillResult(d, QuestionnaireTexts.NoSuchOption);
    }

    /// <summary>The option a button names by its position ("x" = written in), or null when there is none.</summary>
    public static string? Option(Item item, string arg)
    {
        if (arg == Cb.OtherArg) return item.AllowOther ? Item.OtherOptionId : null;
        return int.TryParse(arg, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var k) && k < item.Choices.Count
            ? item.Choices[k].Id
            : null;
    }

    public static RawInput Ticked(Draft d) =>
        d.OtherText is { } other && d.Ticked.Contains(Item.OtherOptionId) ? RawInput.ChosenWithOther(d.Ticked, other) : RawInput.Chosen(d.Ticked);
}
