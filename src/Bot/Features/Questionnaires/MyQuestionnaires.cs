using SchoolSupport.Bot.Features.Menu;
using SchoolSupport.Bot.Features.Questionnaires.Definitions;
using SchoolSupport.Domain.Campaigns;
using SchoolSupport.Domain.Messaging;
using SchoolSupport.Domain.Participants;
using SchoolSupport.Domain.Questionnaires;

namespace SchoolSupport.Bot.Features.Questionnaires;

/// <summary>One questionnaire a participant is asked to fill in, and how far they are with it.</summary>
internal sealed record MyQuestionnaire(Campaign Campaign, CampaignSlot Slot, Instrument Instrument, Draft? Draft, bool Submitted, CampaignState State, bool NeedsConsent)
{
    public bool CanAnswer => State == CampaignState.Open && !Submitted && !NeedsConsent;
}

/// <summary>/survey and «📝 Мои анкеты»: the questionnaires of the participant's open campaigns, to start or continue.</summary>
internal sealed class MyQuestionnaires(
    CampaignRepository campaigns,
    DraftRepository drafts,
    SubmittedMarkers markers,
    InstrumentCatalog catalog)
{
    public IReadOnlyList<MyQuestionnaire> Of(Participant p, DateTime nowUtc)
    {
        var list = new List<MyQuestionnaire>();
        foreach (var c in campaigns.ForSchools(p.Roles.SelectMany(r => r.SchoolIds).Distinct()))
        {
            var state = CampaignRules.StateAt(c, nowUtc);
            if (state == CampaignState.Closed) continue;
            foreach (var slot in CampaignEligibility.SlotsOf(p, c))
            {
                if (catalog.Get(slot.InstrumentId, slot.InstrumentVersion) is not { } instrument) continue;
                var needsConsent = slot.Group.Kind == GroupKind.Students && !CampaignEligibility.HasParentalConsent(p);
                list.Add(new MyQuestionnaire(c, slot, instrument, drafts.Get(c.Id, slot.Index, p.Id), markers.Has(c.Id, slot.Index, p.Id), state, needsConsent));
            }
        }
        return list;
    }

    public void Show(Turn t)
    {
        var mine = Of(t.Participant, t.Now);
        if (mine.Count == 0)
        {
            t.Show(FillingTexts.NothingHere, Keyboard.Of([MenuFeature.BackButton]));
            return;
        }
        var lines = new List<string> { FillingTexts.ListHeader, "" };
        var rows = new List<IReadOnlyList<Button>>();
        foreach (var q in mine)
        {
            lines.Add(FillingTexts.ListLine(q.Instrument.Title, State(q)));
            if (!q.CanAnswer) continue;
            var label = q.Draft is null ? FillingTexts.BeginButton(q.Instrument.Title) : FillingTexts.ContinueButton(q.Instrument.Title);
            rows.Add([new Button(label, QuestionnaireCallbacks.Go(q.Campaign.Id, q.Slot.Index))]);
        }
        rows.Add([MenuFeature.BackButton]);
        t.Show(string.Join('\n', lines), new Keyboard(rows));
    }

    /// <summary>A button to the next questionnaire still to fill in, if there is one.</summary>
    public Keyboard AfterSubmit(Participant p, DateTime nowUtc)
    {
        var next = Of(p, nowUtc).FirstOrDefault(q => q.CanAnswer);
        return next is null
            ? Keyboard.Of([MenuFeature.BackButton])
            : Keyboard.Of([new Button(FillingTexts.BeginButton(next.Instrument.Title), QuestionnaireCallbacks.Go(next.Campaign.Id, next.Slot.Index))], [MenuFeature.BackButton]);
    }

    private static string State(MyQuestionnaire q)
    {
        if (q.Submitted) return FillingTexts.StateSubmitted;
        if (q.NeedsConsent) return FillingTexts.StateNeedsConsent;
        if (q.State == CampaignState.Scheduled) return FillingTexts.StateScheduled(CampaignTexts.Day(q.Campaign.OpensOn));
        var until = CampaignTexts.Day(q.Campaign.ClosesOn);
        if (q.Draft is not { } d) return FillingTexts.StateNew(until);
        var total = Questionnaire.Visible(q.Instrument, d.AnswerMap()).Count;
        return FillingTexts.StateInProgress(d.AnsweredCount, total, until);
    }
}
