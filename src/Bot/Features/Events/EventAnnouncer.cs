using SchoolSupport.Bot.Delivery;
using SchoolSupport.Bot.Storage;
using SchoolSupport.Domain.Audiences;
using SchoolSupport.Domain.Events;
using SchoolSupport.Domain.Messaging;
using SchoolSupport.Domain.Participants;

namespace SchoolSupport.Bot.Features.Events;

/// <summary>Starts the bulk sends of an event. Call inside the transaction of the action that causes them.</summary>
internal sealed class EventAnnouncer(
    EventRepository events,
    ParticipantRepository participants,
    SchoolRepository schools,
    EventMessages messages,
    EventFiles files,
    Broadcasts broadcasts)
{
    /// <summary>Resolves the audience now, records who received the announcement, and queues it for them.</summary>
    public Broadcast Announce(Event e, Participant organiser, ChatAddress? progressChat, DateTime nowUtc)
    {
        var plan = AudienceSelection.Plan(e.Audience, organiser, participants.All(), schools.All());
        var materials = e.Materials is { } m ? files.Read(m) : null;
        var recipients = new List<BroadcastRecipient>();
        foreach (var p in plan.Recipients)
        {
            if (EventMessages.ChatOf(p) is not { } chat) continue;
            recipients.Add(new BroadcastRecipient(p.Id, messages.Announcement(e, p, chat, nowUtc, materials)));
            events.Save(Participation.Received(e.Id, p.Id, nowUtc));
        }
        events.Save(e with { Status = EventStatus.Announced, AnnouncedAtUtc = nowUtc, RemindersFromUtc = nowUtc });
        return broadcasts.Start("event", EventTexts.Headline(e), organiser.Id, progressChat, recipients, nowUtc, subjectId: e.Id);
    }

    /// <summary>One kind of message to the recipients of the announcement that <paramref name="who"/> selects; null when nobody is left.</summary>
    public Broadcast? ToRecipients(Event e, string kind, string title, Func<Participation, bool> who,
        Func<Participation, Participant, ChatAddress, IReadOnlyList<Outgoing>> build, ChatAddress? progressChat, DateTime nowUtc)
    {
        var recipients = new List<BroadcastRecipient>();
        foreach (var r in events.Recipients(e.Id).Where(who))
        {
            if (participants.Get(r.ParticipantId) is not { } p || EventMessages.ChatOf(p) is not { } chat) continue;
            recipients.Add(new BroadcastRecipient(p.Id, build(r, p, chat)));
        }
        if (recipients.Count == 0 && progressChat is null) return null;
        return broadcasts.Start(kind, title, e.OrganiserId, progressChat, recipients, nowUtc, subjectId: e.Id);
    }
}
