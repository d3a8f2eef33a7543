using SchoolSupport.Domain.Events;
using SchoolSupport.Domain.Messaging;
using SchoolSupport.Domain.Participants;

namespace SchoolSupport.Bot.Features.Events;

/// <summary>
/// The organiser's changes: a new time or link and a cancellation (each tells every recipient of the announcement,
/// with a fresh .ics), the recording link for the same recipients, and the participant list. Rights are checked
/// by <see cref="EventOrganiser"/> before any of these runs.
/// </summary>
internal sealed class EventEdits(EventRepository events, EventAnnouncer announcer, EventMessages messages, EventExport export)
{
    public void NewTime(Turn t, Event e, Parsed<DateTime> start)
    {
        if (!start.Ok) { t.Reply(start.Error!); return; }
        if (e.Status == EventStatus.Scheduled && start.Value <= e.AnnounceAtUtc) { t.Reply(EventOrganiserTexts.StartBeforeAnnouncement); return; }
        var changed = e with { StartUtc = start.Value, Sequence = e.Sequence + 1, RemindersFromUtc = t.Now };
        Done(t, changed, EventOrganiserTexts.TimeChanged, (p, to, chat) => messages.TimeChanged(changed, to, chat, t.Now));
    }

    public void NewLink(Turn t, Event e, Parsed<string?> link)
    {
        if (!link.Ok) { t.Reply(link.Error!); return; }
        var changed = e with { Link = link.Value, Sequence = e.Sequence + 1 };
        Done(t, changed, EventOrganiserTexts.LinkChanged, (p, to, chat) => messages.LinkChanged(changed, to, chat, t.Now));
    }

    public void Cancel(Turn t, Event e)
    {
        var changed = e with { Status = EventStatus.Cancelled, CancelledAtUtc = t.Now, Sequence = e.Sequence + 1 };
        var announced = e.Status == EventStatus.Announced;
        events.Save(changed);
        var sent = announced ? announcer.ToRecipients(changed, "event-change", EventTexts.Headline(changed), _ => true,
            (_, to, chat) => messages.Cancelled(changed, to, chat, t.Now), t.Here, t.Now) : null;
        t.Show(EventOrganiserTexts.Notified(EventOrganiserTexts.CancelledDone, sent?.Recipients ?? 0), Keyboard.Of([new Button(EventOrganiserTexts.ToList, EventCallbacks.Of("ls"))]));
    }

    /// <summary>Saves a change of time or link and tells everyone who received the announcement (a fresh .ics each).</summary>
    private void Done(Turn t, Event changed, string what, Func<Participation, Participant, ChatAddress, IReadOnlyList<Outgoing>> build)
    {
        events.Save(changed);
        var sent = changed.Status == EventStatus.Announced
            ? announcer.ToRecipients(changed, "event-change", EventTexts.Headline(changed), _ => true, build, t.Here, t.Now)
            : null;
        t.Conversation = t.Conversation.Clear(t.Now);
        t.Reply(EventOrganiserTexts.Notified(what, sent?.Recipients ?? 0), Keyboard.Of([new Button(EventWizardTexts.Open, EventCallbacks.Of("o", changed.Id))]));
    }

    public void Recording(Turn t, Event e, Parsed<string?> link)
    {
        if (!link.Ok) { t.Reply(link.Error!); return; }
        var changed = e with { RecordingLink = link.Value };
        events.Save(changed);
        var sent = announcer.ToRecipients(changed, "event-recording", EventTexts.Headline(changed), _ => true,
            (_, _, chat) => EventMessages.Recording(changed, chat), t.Here, t.Now);
        t.Conversation = t.Conversation.Clear(t.Now);
        t.Reply(EventOrganiserTexts.RecordingSent(sent?.Recipients ?? 0), Keyboard.Of([new Button(EventWizardTexts.Open, EventCallbacks.Of("o", changed.Id))]));
    }

    public void Export(Turn t, Event e)
    {
        var (content, rows) = export.Build(e);
        t.Answer();
        t.ReplyFile($"event-{e.Id}.xlsx", content, EventOrganiserTexts.ExportCaption(e, rows), isImage: false);
    }
}
