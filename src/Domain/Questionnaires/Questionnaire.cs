namespace SchoolSupport.Domain.Questionnaires;

/// <summary>
/// Moving through an instrument given the answers so far (item id → value): which items apply, which comes next or
/// before, how far along the respondent is, whether everything required is answered. All pure.
/// </summary>
public static class Questionnaire
{
    /// <summary>The items that apply, in order: those without a condition, and those whose condition holds on an earlier visible answer.</summary>
    public static IReadOnlyList<Item> Visible(Instrument instrument, IReadOnlyDictionary<string, AnswerValue> answers)
    {
        var visible = new List<Item>();
        var shown = new HashSet<string>(StringComparer.Ordinal);
        foreach (var item in instrument.Items)
        {
            if (!Applies(item, shown, answers)) continue;
            visible.Add(item);
            shown.Add(item.Id);
        }
        return visible;
    }

    public static bool IsVisible(Instrument instrument, IReadOnlyDictionary<string, AnswerValue> answers, string itemId) =>
        Visible(instrument, answers).Any(i => i.Id == itemId);

    /// <summary>The visible item after <paramref name="currentItemId"/> (the first one when null); null after the last.</summary>
    public static Item? NextItem(Instrument instrument, IReadOnlyDictionary<string, AnswerValue> answers, string? currentItemId)
    {
        var position = currentItemId is null ? -1 : PositionOf(instrument, currentItemId);
        var order = Order(instrument);
        return Visible(instrument, answers).FirstOrDefault(i => order[i.Id] > position);
    }

    /// <summary>The visible item before <paramref name="currentItemId"/>; null at the first one.</summary>
    public static Item? PreviousItem(Instrument instrument, IReadOnlyDictionary<string, AnswerValue> answers, string currentItemId)
    {
        var position = PositionOf(instrument, currentItemId);
        var order = Order(instrument);
        return Visible(instrument, answers).LastOrDefault(i => order[i.Id] < position);
    }

    /// <summary>Where to continue: the first visible item without an answer; null when all are answered (time for the review screen).</summary>
    public static Item? FirstUnanswered(Instrument instrument, IReadOnlyDictionary<string, AnswerValue> answers) =>
        Visible(instrument, answers).FirstOrDefault(i => !answers.ContainsKey(i.Id));

    /// <summary>«Вопрос N из M» over the visible items; an item that is not visible counts where it would stand.</summary>
    public static Progress Progress(Instrument instrument, IReadOnlyDictionary<string, AnswerValue> answers, string currentItemId)
    {
        var visible = Visible(instrument, answers);
        var position = PositionOf(instrument, currentItemId);
        var order = Order(instrument);
        var before = visible.Count(i => order[i.Id] < position);
        return new Progress(Math.Min(before + 1, Math.Max(visible.Count, 1)), visible.Count);
    }

    /// <summary>Every visible required item has an answer that is not skipped.</summary>
    public static bool IsComplete(Instrument instrument, IReadOnlyDictionary<string, AnswerValue> answers) =>
        Visible(instrument, answers).All(i => answers.TryGetValue(i.Id, out var a) && (!i.Required || !a.IsSkipped));

    /// <summary>The visible required items still without an answer, in order.</summary>
    public static IReadOnlyList<Item> Missing(Instrument instrument, IReadOnlyDictionary<string, AnswerValue> answers) =>
        [.. Visible(instrument, answers).Where(i => !answers.TryGetValue(i.Id, out var a) || (i.Required && a.IsSkipped))];

    /// <summary>The answers to visible items only: what is submitted after a changed answer hid some items.</summary>
    public static IReadOnlyDictionary<string, AnswerValue> Prune(Instrument instrument, IReadOnlyDictionary<string, AnswerValue> answers) =>
        Visible(instrument, answers).Where(i => answers.ContainsKey(i.Id)).ToDictionary(i => i.Id, i => answers[i.Id], StringComparer.Ordinal);

    /// <summary>The section whose intro to show before <paramref name="itemId"/>: set only when it is the first visible item of its section.</summary>
    public static Section? SectionStartingAt(Instrument instrument, IReadOnlyDictionary<string, AnswerValue> answers, string itemId)
    {
        var section = instrument.SectionOf(itemId);
        if (section is null) return null;
        var visible = Visible(instrument, answers).Select(i => i.Id).ToHashSet(StringComparer.Ordinal);
        return section.Items.FirstOrDefault(i => visible.Contains(i.Id))?.Id == itemId ? section : null;
    }

    private static bool Applies(Item item, HashSet<string> shown, IReadOnlyDictionary<string, AnswerValue> answers) =>
        item.ShowIf is not { } condition
        || (shown.Contains(condition.Item) && answers.TryGetValue(condition.Item, out var a) && condition.HoldsFor(a));

    private static int PositionOf(Instrument instrument, string itemId) =>
        Order(instrument).TryGetValue(itemId, out var p) ? p : throw new ArgumentException($"No item '{itemId}' in {instrument.Key}.", nameof(itemId));

    private static Dictionary<string, int> Order(Instrument instrument) =>
        instrument.Items.Select((item, index) => (item.Id, index)).ToDictionary(x => x.Id, x => x.index, StringComparer.Ordinal);
}
