using System.Globalization;
using SchoolSupport.Domain.Campaigns;
using SchoolSupport.Domain.Messaging;
using SchoolSupport.Domain.Questionnaires;
using Cb = SchoolSupport.Bot.Features.Questionnaires.QuestionnaireCallbacks;

namespace SchoolSupport.Bot.Features.Questionnaires;

/// <summary>The question on screen and the review screen, with their buttons.</summary>
internal static class FillingScreens
{
    /// <summary>Option labels longer than this go into the text as a numbered list; the buttons carry the numbers.</summary>
    private const int ButtonLabel = 40;

    public static (string Text, Keyboard Keyboard) Question(Draft d, Instrument ins)
    {
        var item = ins.Item(d.Cursor!)!;
        var answers = d.AnswerMap();
        var progress = Questionnaire.Progress(ins, answers, item.Id);
        var lines = new List<string> { FillingTexts.Header(ins.Title, progress.Number, progress.Total) };
        if (Questionnaire.SectionStartingAt(ins, answers, item.Id) is { } section)
        {
            lines.Add("");
            lines.Add(FillingTexts.Section(section.Title));
            if (section.Intro is { Length: > 0 } intro) lines.Add(intro);
        }
        lines.Add("");
        lines.Add(item.Text);
        if (item.Hint is { Length: > 0 } hint) lines.Add(hint);
        var longLabels = item.IsChoice && item.Choices.Any(o => o.Label.Length > ButtonLabel);
        if (longLabels) lines.AddRange(item.Choices.Select((o, k) => $"{k + 1}. {o.Label}"));
        lines.Add("");
        lines.Add(KindHint(item));
        if (d.AnswerTo(item.Id) is { } given) lines.Add(FillingTexts.YourAnswer(AnswerText.Of(item, given)));
        if (d.AwaitingOther) lines.Add(FillingTexts.WriteOtherPrompt);
        return (string.Join('\n', lines), Buttons(d, ins, item, longLabels));
    }

    private static string KindHint(Item item) => item.Kind switch
    {
        ItemKind.MultipleChoice => item.MaxChoices is { } max ? FillingTexts.ChooseUpTo(max) : FillingTexts.MultipleHint,
        ItemKind.Number => FillingTexts.NumberRange(Range(item), item.Unit),
        ItemKind.ShortText => FillingTexts.TextUpTo(item.TextLimit),
        _ => FillingTexts.PressButtons,
    };

    private static string Range(Item item) =>
        QuestionnaireTexts.NumberRange(item.Min ?? 0, item.Max ?? decimal.MaxValue, item.Decimals).Replace("Введите ", "", StringComparison.Ordinal);

    private static Keyboard Buttons(Draft d, Instrument ins, Item item, bool longLabels)
    {
        var (c, s, i) = (d.CampaignId, d.Slot, AnswerText.IndexOf(ins, item.Id));
        var rows = new List<IReadOnlyList<Button>>();
        var given = d.AnswerTo(item.Id);
        if (item.Kind == ItemKind.MultipleChoice)
        {
            var ticked = d.Ticked;
            rows.AddRange(item.Choices.Select((o, k) =>
            {
                var on = ticked.Contains(o.Id);
                return Row(new Button((on ? FillingTexts.Ticked : "") + Label(o.Label, k, longLabels), Cb.Tick(c, s, i, Str(k), !on)));
            }));
            if (item.AllowOther)
            {
                var on = ticked.Contains(Item.OtherOptionId);
                var own = on && d.OtherText is { } written ? $": «{FillingTexts.Cut(written, 24)}»" : "";
                rows.Add(Row(new Button((on ? FillingTexts.Ticked : FillingTexts.WriteOwn) + item.OtherButton + own, Cb.Tick(c, s, i, Cb.OtherArg, !on))));
            }
            rows.Add(Row(new Button(FillingTexts.Done, Cb.Done(c, s, i))));
        }
        else if (item.IsChoice)
        {
            var chosen = given?.Options ?? [];
            var buttons = item.Choices.Select((o, k) => new Button((chosen.Contains(o.Id) ? FillingTexts.Chosen : "") + Label(o.Label, k, longLabels), Cb.Choose(c, s, i, Str(k)))).ToList();
            var inOneRow = buttons.Count <= 3 && item.Choices.All(o => o.Label.Length <= 12);
            if (inOneRow) rows.Add(buttons);
            else rows.AddRange(buttons.Select(Row));
            if (item.AllowOther)
                rows.Add(Row(new Button((chosen.Contains(Item.OtherOptionId) ? FillingTexts.Chosen : FillingTexts.WriteOwn) + item.OtherButton, Cb.Choose(c, s, i, Cb.OtherArg))));
        }
        else if (given is not null)
        {
            rows.Add(Row(new Button(FillingTexts.Keep(AnswerText.Of(item, given)), Cb.Keep(c, s, i))));
        }
        if (!item.Required) rows.Add(Row(new Button(FillingTexts.Skip, Cb.Skip(c, s, i))));
        var nav = new List<Button>();
        if (Questionnaire.PreviousItem(ins, d.AnswerMap(), item.Id) is not null) nav.Add(new Button(FillingTexts.Back, Cb.Back(c, s, Cb.AtItem(i))));
        if (d.FromReview) nav.Add(new Button(FillingTexts.ToReview, Cb.ToReview(c, s, i)));
        if (nav.Count > 0) rows.Add(nav);
        return new Keyboard(rows);
    }

    /// <summary>Every answer that applies, numbered as the questions were, with a button per question and «Отправить».</summary>
    public static (string Text, Keyboard Keyboard) Review(Draft d, Instrument ins, string? problem = null)
    {
        var answers = d.AnswerMap();
        var visible = Questionnaire.Visible(ins, answers);
        var (missing, broken) = Filling.Blockers(d, ins);
        var complete = missing.Count == 0 && broken.Count == 0;
        string text = "";
        foreach (var (question, answer) in new[] { (70, 60), (45, 35), (28, 22), (16, 14) })
        {
            var lines = new List<string> { FillingTexts.ReviewHeader(ins.Title), "" };
            if (problem is not null) lines.AddRange([FillingTexts.Error(problem), ""]);
            lines.AddRange(visible.Select((item, n) =>
            {
                var mark = missing.Contains(item) ? "⚠️ " : "";
                var given = answers.TryGetValue(item.Id, out var a) ? AnswerText.Of(item, a) : FillingTexts.NoAnswer;
                return $"{mark}{n + 1}. {FillingTexts.Cut(item.Text, question)} — {FillingTexts.Cut(given, answer)}";
            }));
            lines.AddRange(broken.Select(r => FillingTexts.Broken(r.Explain)));
            lines.Add("");
            lines.Add(FillingTexts.ReviewFooter(complete));
            text = string.Join('\n', lines);
            if (text.Length <= 3900) break;
        }
        var (c, s) = (d.CampaignId, d.Slot);
        var numbers = visible.Select((item, n) => new Button(
            (missing.Contains(item) ? "⚠️" : "") + (n + 1).ToString(CultureInfo.InvariantCulture), Cb.Edit(c, s, AnswerText.IndexOf(ins, item.Id)))).ToList();
        var rows = numbers.Chunk(6).Select(chunk => (IReadOnlyList<Button>)chunk).ToList();
        rows.Add(Row(new Button(FillingTexts.Back, Cb.Back(c, s, Cb.ReviewAt))));
        if (complete) rows.Add(Row(new Button(FillingTexts.Submit, Cb.Submit(c, s, d.Step))));
        return (text, new Keyboard(rows));
    }

    private static string Label(string label, int k, bool numbered) =>
        numbered ? $"{k + 1}. {FillingTexts.Cut(label, ButtonLabel - 4)}" : label;

    private static IReadOnlyList<Button> Row(Button b) => [b];

    private static string Str(int k) => k.ToString(CultureInfo.InvariantCulture);
}
