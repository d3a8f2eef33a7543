using LiteDB;
using SchoolSupport.Bot.Storage;
using SchoolSupport.Domain.Events;

namespace SchoolSupport.Bot.Features.Events;

/// <summary>Events and their participations (who received the announcement, and their answers).</summary>
internal sealed class EventRepository
{
    private readonly ILiteCollection<Event> events;
    private readonly ILiteCollection<Participation> people;

    public EventRepository(Store store)
    {
        events = store.Collection<Event>("events");
        people = store.Collection<Participation>("event_people");
        events.EnsureIndex(e => e.Status);
        events.EnsureIndex(e => e.OrganiserId);
        people.EnsureIndex(p => p.EventId);
        people.EnsureIndex(p => p.ParticipantId);
    }

    public Event? Get(string id) => events.FindById(id);

    public void Save(Event e) => events.Upsert(e);

    /// <summary>Events the scheduler still has work for: a pending announcement, reminders, the attendance question.</summary>
    public IReadOnlyList<Event> Active() =>
        events.Find(e => e.Status == EventStatus.Scheduled).Concat(events.Find(e => e.Status == EventStatus.Announced && e.FollowUpSentAtUtc == null)).ToList();

    public IReadOnlyList<Event> OrganisedBy(string participantId) => events.Find(e => e.OrganiserId == participantId).ToList();

    public Participation? Participation(string eventId, string participantId) => people.FindById(Domain.Events.Participation.KeyOf(eventId, participantId));

    public void Save(Participation p) => people.Upsert(p);

    public IReadOnlyList<Participation> Recipients(string eventId) => people.Find(p => p.EventId == eventId).ToList();

    public IReadOnlyList<Participation> ReceivedBy(string participantId) => people.Find(p => p.ParticipantId == participantId).ToList();

    /// <summary>/forget: the person's answers and feedback go; counts of past events lose them.</summary>
    public int Forget(string participantId) => people.DeleteMany(p => p.ParticipantId == participantId);
}
