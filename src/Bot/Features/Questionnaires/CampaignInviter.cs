using SchoolSupport.Bot.Delivery;
using SchoolSupport.Bot.Features.Onboarding;
using SchoolSupport.Bot.Features.Questionnaires.Definitions;
using SchoolSupport.Domain.Campaigns;
using SchoolSupport.Domain.Messaging;
using SchoolSupport.Domain.Participants;

namespace SchoolSupport.Bot.Features.Questionnaires;

/// <summary>
/// Invites the school's registered members of an open campaign's groups directly: a bulk message (paced, held for quiet
/// hours) with a «Начать анкету» button per questionnaire. People who join later (by a class link or an invite) get the
/// invitation with their welcome; a key per person and campaign makes sure nobody is invited twice.
/// </summary>
internal sealed class CampaignInviter(CampaignRepository campaigns, CampaignLedger ledger, SubmittedMarkers markers, Broadcasts broadcasts, InstrumentCatalog catalog, CampaignProgress progress) : IJoinedHook
{
    /// <summary>Call inside a transaction; returns how many people were invited.</summary>
    public int InviteDue(Campaign c, IReadOnlyList<Participant> people, DateTime nowUtc)
    {
        if (CampaignRules.StateAt(c, nowUtc) != CampaignState.Open) return 0;
        var recipients = new List<BroadcastRecipient>();
        foreach (var p in people)
        {
            var slots = Answerable(p, c);
            if (slots.Count == 0 || Reach.Route(p) is not { } to) continue;
            var key = CampaignReminders.InvitationKey(c.Id, p.Id);
            if (ledger.WasSent(key)) continue;
            var text = CampaignTexts.Invitation(progress.SchoolName(c), CampaignTexts.Day(c.ClosesOn), slots.Select(progress.Title), slots.Any(s => s.Group.ByClassLink));
            recipients.Add(new BroadcastRecipient(p.Id, [new TextOut(text, Buttons(c, slots, started: _ => false)) { To = to.ToChat() }]));
            ledger.Mark(key);
        }
        if (recipients.Count > 0) broadcasts.Start("campaign-invite", CampaignTexts.MenuButton, c.CreatedBy, null, recipients, nowUtc, subjectId: c.Id);
        return recipients.Count;
    }

    /// <summary>
    /// Right after someone joins (by a class link or an invite), the open questionnaires they may answer come with the
    /// welcome, as a reply: the job's next run would be up to a minute later, or the next morning in quiet hours. The
    /// invitation is marked sent, so the job does not send it again.
    /// </summary>
    public void Joined(Turn t)
    {
        var p = t.Participant;
        foreach (var c in campaigns.ForSchools(p.Roles.SelectMany(r => r.SchoolIds).Distinct()))
        {
            if (CampaignRules.StateAt(c, t.Now) != CampaignState.Open) continue;
            var key = CampaignReminders.InvitationKey(c.Id, p.Id);
            var slots = Answerable(p, c);
            if (slots.Count == 0 || ledger.WasSent(key)) continue;
            t.Reply(CampaignTexts.Invitation(progress.SchoolName(c), CampaignTexts.Day(c.ClosesOn), slots.Select(progress.Title), slots.Any(s => s.Group.ByClassLink)),
                Buttons(c, slots, started: _ => false));
            ledger.Mark(key);
        }
    }

    /// <summary>The slots <paramref name="p"/> may still answer (students only with parental consent).</summary>
    public IReadOnlyList<CampaignSlot> Answerable(Participant p, Campaign c) =>
        CampaignEligibility.SlotsOf(p, c)
            .Where(s => s.Group.Kind != GroupKind.Students || CampaignEligibility.HasParentalConsent(p))
            .Where(s => !markers.Has(c.Id, s.Index, p.Id))
            .Where(s => catalog.Get(s.InstrumentId, s.InstrumentVersion) is not null)
            .ToList();

    /// <summary>A «Начать» or «Продолжить» button per questionnaire.</summary>
    public Keyboard Buttons(Campaign c, IReadOnlyList<CampaignSlot> slots, Func<CampaignSlot, bool> started) =>
        Keyboard.Column(slots.Select(s => new Button(
            (started(s) ? FillingTexts.ContinueButton(progress.Title(s)) : FillingTexts.BeginButton(progress.Title(s))),
            QuestionnaireCallbacks.Go(c.Id, s.Index))));
}
