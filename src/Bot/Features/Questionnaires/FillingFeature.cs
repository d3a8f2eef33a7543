using SchoolSupport.Bot.Features.Questionnaires.Definitions;
using SchoolSupport.Domain.Campaigns;
using SchoolSupport.Domain.Messaging;
using SchoolSupport.Domain.Questionnaires;
using Cb = SchoolSupport.Bot.Features.Questionnaires.QuestionnaireCallbacks;

namespace SchoolSupport.Bot.Features.Questionnaires;

/// <summary>
/// Filling in a questionnaire in chat: one question per message, buttons for choices, typed numbers and texts checked
/// with a precise re-prompt, «Назад», a review screen and an explicit submit. The draft is saved with every answer, so
/// /cancel, a closed chat or a restart lose nothing. Every press and text asks again whether this person may answer
/// this questionnaire now (button data is never trusted) and whether the screen is the current one.
/// </summary>
internal sealed class FillingFeature(
    CampaignRepository campaigns,
    DraftRepository drafts,
    SubmittedMarkers markers,
    InstrumentCatalog catalog,
    QuestionnaireSubmitter submitter,
    MyQuestionnaires mine,
    CampaignProgress progress) : IFeature
{
    public const string FlowName = "q";

    public IReadOnlyList<string> Commands => ["survey"];
    public IReadOnlyList<string> Actions => [Cb.Action];
    public string? Flow => FlowName;

    public void OnCommand(Turn t, CommandIn command) => mine.Show(t);

    public void OnButton(Turn t, CallbackData data)
    {
        if (data.Arg(0) == "ls") { mine.Show(t); return; }
        if (!Cb.TryParse(data, out var press) || Load(t, press.CampaignId, press.Slot) is not { } at)
        {
            t.Answer(FillingTexts.Unknown, alert: true);
            return;
        }
        if (Refusal(t, at) is { } refusal) { t.Answer(refusal, alert: true); return; }
        if (press.Op == "go") { Open(t, at); return; }
        if (drafts.Get(at.Campaign.Id, at.Slot.Index, t.Participant.Id) is not { } draft || catalog.Get(draft.Instrument) is not { } ins)
        {
            Open(t, at);
            return;
        }
        Bind(t, at);
        var onScreen = draft.Cursor is null ? Cb.ReviewAt : Cb.AtItem(AnswerText.IndexOf(ins, draft.Cursor));
        if (press.Op == "s") { Submit(t, at, draft, ins, press.AtNumber); return; }
        if (press.At != onScreen) { t.Answer(FillingTexts.StaleQuestion, alert: true); return; }
        var item = draft.Cursor is null ? null : ins.Item(draft.Cursor);
        var next = (press.Op, item) switch
        {
            ("o", { IsChoice: true } i) when i.Kind != ItemKind.MultipleChoice => FillingInput.Choose(draft, ins, i, press.Arg, t.Now),
            ("t", { Kind: ItemKind.MultipleChoice } i) when FillingInput.Option(i, press.Arg) is { } id => new FillResult(Filling.Tick(draft, id, press.Flag == "1", t.Now), null),
            ("d", { Kind: ItemKind.MultipleChoice }) => Filling.Answer(draft, ins, FillingInput.Ticked(draft), t.Now),
            ("k", { Required: false }) => Filling.Answer(draft, ins, RawInput.Skipped, t.Now),
            ("n", not null) => new FillResult(Filling.Keep(draft, ins, t.Now), null),
            ("b", _) => new FillResult(Filling.Back(draft, ins, t.Now), null),
            ("r", not null) when draft.FromReview => new FillResult(Filling.Review(draft, t.Now), null),
            ("e", null) when AnswerText.ItemAt(ins, press.ArgNumber) is { } edit && Questionnaire.IsVisible(ins, draft.AnswerMap(), edit.Id) =>
                new FillResult(Filling.Edit(draft, edit.Id, t.Now), null),
            _ => null,
        };
        if (next is null) { t.Answer(FillingTexts.StaleQuestion, alert: true); return; }
        if (!next.Ok) { t.Answer(next.Error, alert: true); return; }
        drafts.Save(next.Draft);
        Screen(t, next.Draft, ins, asNew: false);
    }

    public void OnText(Turn t, TextIn text)
    {
        var c = t.Conversation.Get("c");
        if (c is null || !int.TryParse(t.Conversation.Get("s"), out var slot) || Load(t, c, slot) is not { } at)
        {
            t.Conversation = t.Conversation.Clear(t.Now);
            t.Reply(FillingTexts.Unknown);
            return;
        }
        if (Refusal(t, at) is { } refusal) { t.Conversation = t.Conversation.Clear(t.Now); t.Reply(refusal); return; }
        if (drafts.Get(at.Campaign.Id, at.Slot.Index, t.Participant.Id) is not { } draft || catalog.Get(draft.Instrument) is not { } ins)
        {
            Open(t, at);
            return;
        }
        if (draft.Cursor is null || ins.Item(draft.Cursor) is not { } item)
        {
            t.Reply(FillingTexts.ReviewPressButtons);
            return;
        }
        var result = draft.AwaitingOther ? FillingInput.Other(draft, ins, item, text.Text, t.Now) : Filling.Answer(draft, ins, RawInput.Typed(text.Text), t.Now);
        if (!result.Ok) { t.Reply(FillingTexts.Error(result.Error!)); return; }
        drafts.Save(result.Draft);
        Screen(t, result.Draft, ins, asNew: true);
    }

    private sealed record Target(Domain.Campaigns.Campaign Campaign, CampaignSlot Slot);

    private Target? Load(Turn t, string campaignId, int slot) =>
        campaigns.Get(campaignId) is { } c && c.Slot(slot) is { } s ? new Target(c, s) : null;

    /// <summary>Why this person may not answer now; null when they may.</summary>
    private string? Refusal(Turn t, Target at)
    {
        var me = t.Participant;
        var gate = CampaignEligibility.Check(me, at.Campaign, at.Slot, t.Now, markers.Has(at.Campaign.Id, at.Slot.Index, me.Id));
        return gate switch
        {
            AnswerGate.Ok => null,
            AnswerGate.NotInGroup => FillingTexts.NotInGroup,
            AnswerGate.NoParentalConsent => FillingTexts.NoParentalConsent,
            AnswerGate.AlreadySubmitted => FillingTexts.AlreadySubmitted,
            AnswerGate.NotOpenYet => FillingTexts.NotOpenYet(CampaignTexts.Day(at.Campaign.OpensOn)),
            _ => FillingTexts.Closed(CampaignTexts.Day(progress.ClosedOn(at.Campaign))),
        };
    }

    /// <summary>
    /// «Начать» / «Продолжить»: a new draft with the instrument's intro, or the screen where the draft stopped, as new
    /// messages (the invitation or list pressed stays as it is, with its other questionnaires).
    /// </summary>
    private void Open(Turn t, Target at)
    {
        var me = t.Participant;
        Bind(t, at);
        if (drafts.Get(at.Campaign.Id, at.Slot.Index, me.Id) is { } existing && catalog.Get(existing.Instrument) is { } used)
        {
            var resumed = Filling.Resume(existing, used);
            if (resumed != existing) drafts.Save(resumed);
            t.Answer();
            Screen(t, resumed, used, asNew: true);
            return;
        }
        if (catalog.Get(at.Slot.InstrumentId, at.Slot.InstrumentVersion) is not { } ins)
        {
            t.Answer(FillingTexts.Unknown, alert: true);
            return;
        }
        var draft = Filling.Start(at.Campaign, at.Slot, me.Id, ins, t.Now);
        drafts.Save(draft);
        t.Answer();
        t.Reply(FillingTexts.Intro(ins.Title, ins.Intro, Questionnaire.Visible(ins, draft.AnswerMap()).Count, at.Slot.Group.ByClassLink));
        Screen(t, draft, ins, asNew: true);
    }

    private void Submit(Turn t, Target at, Draft draft, Instrument ins, int? step)
    {
        if (draft.Cursor is not null || step != draft.Step)
        {
            var (stale, keyboard) = draft.Cursor is null ? FillingScreens.Review(draft, ins, FillingTexts.ChangedSinceReview) : FillingScreens.Question(draft, ins);
            t.Answer(FillingTexts.ChangedSinceReview, alert: true);
            t.Show(stale, keyboard);
            return;
        }
        var (missing, broken) = Filling.Blockers(draft, ins);
        if (missing.Count > 0 || broken.Count > 0)
        {
            var (review, keyboard) = FillingScreens.Review(draft, ins);
            t.Show(review, keyboard);
            return;
        }
        var me = t.Participant;
        submitter.Submit(at.Campaign, at.Slot, draft, ins, [t.Here, .. me.Identities.Select(i => i.ToChat())], t.Now);
        t.Conversation = t.Conversation.Clear(t.Now);
        t.Show(FillingTexts.Submitted(ins.Title, ins.Outro), mine.AfterSubmit(me, t.Now));
    }

    private static void Screen(Turn t, Draft d, Instrument ins, bool asNew)
    {
        var (text, keyboard) = d.Cursor is null ? FillingScreens.Review(d, ins) : FillingScreens.Question(d, ins);
        if (asNew) t.Reply(text, keyboard);
        else t.Show(text, keyboard);
    }

    /// <summary>Texts go to the questionnaire last touched.</summary>
    private static void Bind(Turn t, Target at)
    {
        var slot = at.Slot.Index.ToString(System.Globalization.CultureInfo.InvariantCulture);
        if (t.Conversation.Flow == FlowName && t.Conversation.Get("c") == at.Campaign.Id && t.Conversation.Get("s") == slot) return;
        t.Conversation = t.Conversation.Start(FlowName, "fill", t.Now).With("c", at.Campaign.Id, t.Now).With("s", slot, t.Now);
    }
}
