using SchoolSupport.Domain.Questionnaires;

namespace SchoolSupport.Domain.Campaigns;

/// <summary>The outcome of an input: the draft after it, or the re-prompt saying what to fix (the draft unchanged).</summary>
public sealed record FillResult(Draft Draft, string? Error)
{
    public bool Ok => Error is null;
}

/// <summary>
/// Moving through a draft, pure: answer, tick, back, review, edit, keep. Every change moves <see cref="Draft.Step"/>.
/// After an answer the cursor goes to the next item that applies; coming from the review screen it goes back there
/// (through any item the new answer made apply and that has no answer yet).
/// </summary>
public static class Filling
{
    public static Draft Start(Campaign c, CampaignSlot slot, string participantId, Instrument instrument, DateTime nowUtc) => new()
    {
        Id = Draft.KeyOf(c.Id, slot.Index, participantId),
        CampaignId = c.Id,
        Slot = slot.Index,
        ParticipantId = participantId,
        InstrumentId = instrument.Id,
        InstrumentVersion = instrument.Version,
        Cursor = Questionnaire.NextItem(instrument, new Dictionary<string, AnswerValue>(), null)?.Id,
        Step = 1,
        UpdatedAtUtc = nowUtc,
    };

    /// <summary>Validates <paramref name="input"/> for the item on screen and, when it is good, stores it and moves on.</summary>
    public static FillResult Answer(Draft d, Instrument instrument, RawInput input, DateTime nowUtc)
    {
        if (d.Cursor is null || instrument.Item(d.Cursor) is not { } item) return new FillResult(d, QuestionnaireTexts.ChooseOne);
        var result = AnswerValidation.Validate(instrument, item, input, Others(d, item.Id));
        if (!result.Ok) return new FillResult(d, result.Error);
        var answers = d.Answers.Where(a => a.ItemId != item.Id).Append(new ItemAnswer { ItemId = item.Id, Value = result.Value! }).ToList();
        var answered = d with { Answers = answers, AnsweredCount = answers.Count };
        return new FillResult(MoveOn(answered, instrument, item.Id, nowUtc), null);
    }

    /// <summary>Multiple choice: ticks or unticks an option of the item on screen (idempotent: the button says which).</summary>
    public static Draft Tick(Draft d, string optionId, bool on, DateTime nowUtc)
    {
        var ticked = d.Ticked.Where(o => o != optionId).ToList();
        if (on) ticked.Add(optionId);
        var other = optionId == Item.OtherOptionId && !on ? null : d.OtherText;
        return Touch(d with { Ticked = ticked, OtherText = other, AwaitingOther = optionId == Item.OtherOptionId && on && other is null }, nowUtc);
    }

    /// <summary>The respondent wants to write their own variant: the next text is it.</summary>
    public static Draft AskOther(Draft d, DateTime nowUtc) => Touch(d with { AwaitingOther = true }, nowUtc);

    /// <summary>Multiple choice: the written-in variant arrived; it stays ticked until «Готово».</summary>
    public static Draft WithOther(Draft d, string text, DateTime nowUtc)
    {
        var ticked = d.Ticked.Contains(Item.OtherOptionId) ? d.Ticked : [.. d.Ticked, Item.OtherOptionId];
        return Touch(d with { Ticked = ticked, OtherText = text, AwaitingOther = false }, nowUtc);
    }

    /// <summary>«Назад»: the item before the one on screen (from the review screen: the last item that applies).</summary>
    public static Draft Back(Draft d, Instrument instrument, DateTime nowUtc)
    {
        var answers = d.AnswerMap();
        var visible = Questionnaire.Visible(instrument, answers);
        var previous = d.Cursor is null
            ? (visible.Count > 0 ? visible[^1] : null)
            : Questionnaire.PreviousItem(instrument, answers, d.Cursor);
        return previous is null ? d : Goto(d, previous.Id, fromReview: false, nowUtc);
    }

    /// <summary>«Оставить ответ»: the item on screen keeps its answer; on to the next.</summary>
    public static Draft Keep(Draft d, Instrument instrument, DateTime nowUtc) =>
        d.Cursor is { } id && d.AnswerTo(id) is not null ? MoveOn(d, instrument, id, nowUtc) : d;

    /// <summary>From the review screen: change the answer to <paramref name="itemId"/>, then come back.</summary>
    public static Draft Edit(Draft d, string itemId, DateTime nowUtc) => Goto(d, itemId, fromReview: true, nowUtc);

    public static Draft Review(Draft d, DateTime nowUtc) => Goto(d, null, fromReview: false, nowUtc);

    /// <summary>Where a draft opened again continues: the item on screen, else the first unanswered, else the review.</summary>
    public static Draft Resume(Draft d, Instrument instrument)
    {
        if (d.Cursor is { } id && instrument.Item(id) is not null && Questionnaire.IsVisible(instrument, d.AnswerMap(), id)) return d;
        return d with { Cursor = Questionnaire.FirstUnanswered(instrument, d.AnswerMap())?.Id, FromReview = false };
    }

    /// <summary>What still stops submission: required items without an answer, and broken "not above" rules.</summary>
    public static (IReadOnlyList<Item> Missing, IReadOnlyList<NotAboveRule> Broken) Blockers(Draft d, Instrument instrument)
    {
        var answers = Questionnaire.Prune(instrument, d.AnswerMap());
        return (Questionnaire.Missing(instrument, answers), CrossRules.Broken(instrument, answers));
    }

    private static Draft MoveOn(Draft d, Instrument instrument, string fromItemId, DateTime nowUtc)
    {
        var answers = d.AnswerMap();
        var next = d.FromReview
            ? Questionnaire.FirstUnanswered(instrument, answers)
            : Questionnaire.NextItem(instrument, answers, fromItemId) ?? Questionnaire.FirstUnanswered(instrument, answers);
        return Goto(d, next?.Id, fromReview: d.FromReview && next is not null, nowUtc);
    }

    /// <summary>Puts an item on screen; a multiple-choice item starts with the options of its answer ticked.</summary>
    private static Draft Goto(Draft d, string? itemId, bool fromReview, DateTime nowUtc)
    {
        var given = itemId is null ? null : d.AnswerTo(itemId);
        return Touch(d with
        {
            Cursor = itemId,
            FromReview = fromReview,
            Ticked = given?.Options ?? [],
            OtherText = given?.OtherText,
            AwaitingOther = false,
        }, nowUtc);
    }

    private static Draft Touch(Draft d, DateTime nowUtc) => d with { Step = d.Step + 1, UpdatedAtUtc = nowUtc };

    private static Dictionary<string, AnswerValue> Others(Draft d, string itemId) =>
        d.Answers.Where(a => a.ItemId != itemId).ToDictionary(a => a.ItemId, a => a.Value, StringComparer.Ordinal);
}
