using SchoolSupport.Bot.Features.Audiences;
using SchoolSupport.Domain.Events;
using SchoolSupport.Domain.Messaging;

namespace SchoolSupport.Bot.Features.Events;

/// <summary>
/// /events for organisers: their events, each with RSVP counts, attendance and feedback, and the actions: change the
/// time or link, cancel, send the recording, export participants. Every press re-checks that the presser organises it.
/// </summary>
internal sealed class EventOrganiser(EventRepository events, EventEdits edits, AudiencePicker picker, Zones zones)
{
    public static readonly IReadOnlySet<string> Steps = new HashSet<string> { "newtime", "newlink", "recording" };
    private static readonly TimeSpan ListedAfterEnd = TimeSpan.FromDays(60);
    private const int Limit = 15;

    public void List(Turn t)
    {
        var zone = zones.ForParticipant(t.Participant);
        var mine = events.OrganisedBy(t.Participant.Id).Where(e => e.EndsAtUtc() + ListedAfterEnd > t.Now).ToList();
        var ordered = mine.Where(e => e.EndsAtUtc() > t.Now).OrderBy(e => e.StartUtc)
            .Concat(mine.Where(e => e.EndsAtUtc() <= t.Now).OrderByDescending(e => e.StartUtc)).Take(Limit);
        var rows = ordered.Select(e => (IReadOnlyList<Button>)[new Button(EventOrganiserTexts.ButtonLabel(e, Local(e.StartUtc, zone)), EventCallbacks.Of("o", e.Id))]).ToList();
        var empty = rows.Count == 0;
        rows.Add([new Button(EventOrganiserTexts.New, EventCallbacks.Of("new")), new Button(EventOrganiserTexts.Mine, EventCallbacks.Of("my"))]);
        rows.Add([Menu.MenuFeature.BackButton]);
        t.Show(empty ? EventOrganiserTexts.NoneOrganised : EventOrganiserTexts.Header, new Keyboard(rows));
    }

    public void OnButton(Turn t, CallbackData d)
    {
        var e = events.Get(d.Arg(1));
        if (e is null) { t.Answer(EventNoticeTexts.Unknown, alert: true); return; }
        if (!EventRights.CanManage(t.Participant, e)) { t.Answer(Texts.Common.NoRights, alert: true); return; }
        switch (d.Arg(0))
        {
            case "o": Card(t, e); break;
            case "ct" or "cl" or "cx" or "cxy" when !EventTiming.CanChange(e, t.Now): t.Answer(EventOrganiserTexts.CannotChange, alert: true); break;
            case "ct": Ask(t, e, "newtime", EventOrganiserTexts.AskNewTime(EventWizardTexts.Zone(zones.ForParticipant(t.Participant), t.Now))); break;
            case "cl": Ask(t, e, "newlink", EventOrganiserTexts.AskLink); break;
            case "cx":
                t.Show(EventOrganiserTexts.AskCancel(e, e.Status == EventStatus.Announced ? events.Recipients(e.Id).Count : 0), Keyboard.Of(
                    [new Button(EventOrganiserTexts.ConfirmCancel, EventCallbacks.Of("cxy", e.Id)), new Button(EventOrganiserTexts.KeepIt, EventCallbacks.Of("o", e.Id))]));
                break;
            case "cxy": edits.Cancel(t, e); break;
            case "rec" when e.Status != EventStatus.Announced: t.Answer(EventOrganiserTexts.NotAnnounced, alert: true); break;
            case "rec": Ask(t, e, "recording", EventOrganiserTexts.AskRecording); break;
            case "xl": edits.Export(t, e); break;
            default: t.Answer(Texts.Common.StaleButton, alert: true); break;
        }
    }

    public void OnText(Turn t, string text)
    {
        var e = events.Get(t.Conversation.Get("id") ?? "");
        if (e is null || !EventRights.CanManage(t.Participant, e) || !EventTiming.CanChange(e, t.Now) && t.Conversation.Step != "recording")
        {
            t.Conversation = t.Conversation.Clear(t.Now);
            t.Reply(EventOrganiserTexts.UseMenu);
            return;
        }
        switch (t.Conversation.Step)
        {
            case "newtime": edits.NewTime(t, e, EventInput.Start(text, t.Now, zones.ForParticipant(t.Participant))); break;
            case "newlink": edits.NewLink(t, e, EventInput.Link(text, optional: true)); break;
            case "recording": edits.Recording(t, e, EventInput.Link(text, optional: false)); break;
        }
    }

    private void Card(Turn t, Event e)
    {
        var zone = zones.ForParticipant(t.Participant);
        string Date(DateTime utc) => EventTexts.Date(Local(utc, zone), Local(t.Now, zone));
        var text = EventOrganiserTexts.Card(e, Date(e.StartUtc), EventOrganiserTexts.Status(e, Date), picker.Describe(e.Audience), events.Recipients(e.Id));
        var rows = new List<IReadOnlyList<Button>>();
        if (EventTiming.CanChange(e, t.Now))
        {
            rows.Add([new Button(EventOrganiserTexts.ChangeTime, EventCallbacks.Of("ct", e.Id)), new Button(EventOrganiserTexts.ChangeLink, EventCallbacks.Of("cl", e.Id))]);
            rows.Add([new Button(EventOrganiserTexts.Cancel, EventCallbacks.Of("cx", e.Id))]);
        }
        if (e.Status == EventStatus.Announced) rows.Add([new Button(EventOrganiserTexts.Recording, EventCallbacks.Of("rec", e.Id))]);
        if (e.Status != EventStatus.Scheduled) rows.Add([new Button(EventOrganiserTexts.Export, EventCallbacks.Of("xl", e.Id))]);
        rows.Add([new Button(EventOrganiserTexts.ToList, EventCallbacks.Of("ls"))]);
        t.Show(text, new Keyboard(rows));
    }

    private static void Ask(Turn t, Event e, string step, string prompt)
    {
        t.Conversation = t.Conversation.Start(EventsFeature.FlowName, step, t.Now).With("id", e.Id, t.Now);
        t.Answer();
        t.Reply(prompt);
    }

    private static DateTime Local(DateTime utc, TimeZoneInfo zone) => TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(utc, DateTimeKind.Utc), zone);
}
