using SchoolSupport.Domain.Events;
using SchoolSupport.Domain.Messaging;

namespace SchoolSupport.Bot.Features.Events;

/// <summary>«Мои мероприятия» (/myevents): the upcoming events a participant was invited to, with their answers.</summary>
internal sealed class EventMyList(EventRepository events, EventMessages messages, Zones zones)
{
    private const int Limit = 10;

    public void Show(Turn t)
    {
        var me = t.Participant;
        var zone = zones.ForParticipant(me);
        var mine = events.ReceivedBy(me.Id)
            .Select(r => (Received: r, Event: events.Get(r.EventId)))
            .Where(x => x.Event is not null && EventTiming.IsUpcoming(x.Event, t.Now))
            .OrderBy(x => x.Event!.StartUtc).Take(Limit).ToList();
        var rows = new List<IReadOnlyList<Button>>();
        var lines = new List<string>();
        foreach (var (received, e) in mine)
        {
            lines.Add(EventOrganiserTexts.MyLine(EventMessages.Date(e!, zone, t.Now), e!, EventTexts.Answer(received.Rsvp)));
            rows.Add([new Button(EventOrganiserTexts.ButtonLabel(e!, TimeZoneInfo.ConvertTimeFromUtc(e!.StartUtc, zone)), EventCallbacks.Of("v", e!.Id))]);
        }
        if (EventRights.CanCreate(me)) rows.Add([new Button(EventOrganiserTexts.Organised, EventCallbacks.Of("ls"))]);
        rows.Add([Menu.MenuFeature.BackButton]);
        t.Show(lines.Count == 0 ? EventOrganiserTexts.NoUpcoming : EventOrganiserTexts.MyHeader + "\n\n" + string.Join("\n\n", lines), new Keyboard(rows));
    }

    /// <summary>One event as its recipient sees it, with their current answer and the buttons to change it.</summary>
    public void Open(Turn t, string id)
    {
        var e = events.Get(id);
        var received = e is null ? null : events.Participation(id, t.Participant.Id);
        if (e is null || !EventRights.CanAnswer(t.Participant, received)) { t.Answer(EventNoticeTexts.NotForYou, alert: true); return; }
        if (e.Status == EventStatus.Cancelled) { t.Answer(EventNoticeTexts.WasCancelled, alert: true); return; }
        t.Show(messages.AnnouncementText(e, zones.ForParticipant(t.Participant), t.Now, received!.Rsvp), EventCallbacks.RsvpKeyboard(e.Id, e.Link));
    }
}
