using SchoolSupport.Domain.Audiences;
using SchoolSupport.Domain.Participants;

namespace SchoolSupport.Domain.Events;

/// <summary>Who may do what with events. Callback data is never trusted: every press is checked here.</summary>
public static class EventRights
{
    /// <summary>Coordinators (their municipalities) and school teams (their own school) create events.</summary>
    public static bool CanCreate(Participant p) => AudienceSelection.CanBroadcast(p);

    /// <summary>Only the organiser changes, cancels and exports an event, and only while they may still create events.</summary>
    public static bool CanManage(Participant p, Event e) => e.OrganiserId == p.Id && CanCreate(p);

    /// <summary>Only a recipient of the announcement answers it.</summary>
    public static bool CanAnswer(Participant p, Participation? received) => received is not null && received.ParticipantId == p.Id;
}
