using SchoolSupport.Bot.Features.Questionnaires.Definitions;
using SchoolSupport.Domain.Campaigns;
using SchoolSupport.Domain.Messaging;
using SchoolSupport.Domain.Questionnaires;

namespace SchoolSupport.Bot.Features.Questionnaires;

/// <summary>What the scheduler sends: reminders (by who they are for) and the final summary, with their buttons.</summary>
internal sealed class CampaignNotices(
    DraftRepository drafts,
    SubmittedMarkers markers,
    InstrumentCatalog catalog,
    CampaignInviter inviter,
    CampaignProgress progress)
{
    public Outgoing Reminder(Campaign c, CampaignReminder r, string participantId, ChatAddress chat, DateTime nowUtc)
    {
        var daysLeft = CampaignRules.DaysLeft(c, nowUtc, progress.Zone(c));
        var until = CampaignTexts.Day(c.ClosesOn);
        var slots = r.Unfinished.Select(s => s.Slot).ToList();
        return r.Kind switch
        {
            ReminderKind.TeamSummary => new TextOut($"{CampaignTexts.TeamSummary(progress.SchoolName(c), until, daysLeft)}\n\n{progress.MatrixText(c, nowUtc)}", CardButton(c)) { To = chat },
            ReminderKind.Started => new TextOut(
                CampaignTexts.ReminderStarted(until, daysLeft, r.Unfinished.Where(s => s.Started).Select(s => (progress.Title(s.Slot), s.Answered, Total(c, s.Slot, participantId)))),
                inviter.Buttons(c, slots, s => r.Unfinished.Any(u => u.Slot == s && u.Started))) { To = chat },
            _ => new TextOut(CampaignTexts.ReminderNotStarted(until, daysLeft, [.. slots.Select(progress.Title)]), inviter.Buttons(c, slots, _ => false)) { To = chat },
        };
    }

    public Outgoing Final(Campaign c, int unfinishedDrafts, ChatAddress chat, DateTime nowUtc) =>
        new TextOut($"{CampaignTexts.Final(progress.SchoolName(c), CampaignTexts.Day(progress.ClosedOn(c)))}\n\n{progress.MatrixText(c, nowUtc)}{CampaignTexts.FinalDrafts(unfinishedDrafts)}",
            CardButton(c)) { To = chat };

    /// <summary>How far a teacher is with a slot: submitted, started (answers so far), or not started.</summary>
    public SlotStatus Status(Campaign c, CampaignSlot s, string participantId)
    {
        if (markers.Has(c.Id, s.Index, participantId)) return new SlotStatus(s, true, 0, true);
        return drafts.Get(c.Id, s.Index, participantId) is { } d ? new SlotStatus(s, false, d.AnsweredCount, true) : SlotStatus.NotStarted(s);
    }

    /// <summary>Questions that apply to this respondent now (their draft decides which conditional ones do).</summary>
    private int Total(Campaign c, CampaignSlot s, string participantId)
    {
        var d = drafts.Get(c.Id, s.Index, participantId);
        return catalog.Get(s.InstrumentId, s.InstrumentVersion) is { } ins ? Questionnaire.Visible(ins, d?.AnswerMap() ?? new Dictionary<string, AnswerValue>()).Count : 0;
    }

    private static Keyboard CardButton(Campaign c) => Keyboard.Of([new Button(CampaignTexts.MenuButton, CampaignCallbacks.View(c.Id))]);
}
