using SchoolSupport.Domain.Questionnaires;

namespace SchoolSupport.Bot.Features.Questionnaires;

/// <summary>An answer as the respondent sees it on their screen.</summary>
internal static class AnswerText
{
    public static string Of(Item item, AnswerValue a)
    {
        if (a.IsSkipped) return FillingTexts.SkippedAnswer;
        if (a.Number is { } n) return QuestionnaireTexts.Number(n) + (item.Unit is { } unit ? " " + unit : "");
        if (a.Text is { } text) return $"«{text}»";
        var labels = a.Options.Where(o => o != Item.OtherOptionId).Select(o => item.Option(o)?.Label ?? o).ToList();
        if (a.OtherText is { } other) labels.Add(FillingTexts.Other(other));
        return string.Join(", ", labels);
    }

    /// <summary>Position of an item in its instrument: what buttons carry.</summary>
    public static int IndexOf(Instrument instrument, string itemId)
    {
        var items = instrument.Items;
        for (var i = 0; i < items.Count; i++) if (items[i].Id == itemId) return i;
        return -1;
    }

    public static Item? ItemAt(Instrument instrument, int? index)
    {
        var items = instrument.Items;
        return index is { } i && i >= 0 && i < items.Count ? items[i] : null;
    }
}
