using SchoolSupport.Bot.Delivery;
using SchoolSupport.Bot.Storage;
using SchoolSupport.Domain.Events;
using SchoolSupport.Domain.Messaging;
using SchoolSupport.Domain.Participants;

namespace SchoolSupport.Bot.Features.Events;

/// <summary>What one recipient gets, in their municipality's time zone.</summary>
internal sealed class EventMessages(Zones zones, ParticipantRepository participants, DeliveryOptions delivery)
{
    /// <summary>The chat a bulk message goes to; none for people who blocked the bot or have no messenger.</summary>
    public static ChatAddress? ChatOf(Participant p) => Reach.Route(p)?.ToChat();

    public static string Date(Event e, TimeZoneInfo zone, DateTime nowUtc) => EventTexts.Date(Local(e.StartUtc, zone), Local(nowUtc, zone));

    public string AnnouncementText(Event e, TimeZoneInfo zone, DateTime nowUtc, Rsvp answer) =>
        EventTexts.Announcement(e, Date(e, zone, nowUtc), EventTexts.OrganiserName(participants.Get(e.OrganiserId)?.DisplayName),
            answer == Rsvp.None ? null : EventTexts.Answer(answer));

    public IReadOnlyList<Outgoing> Announcement(Event e, Participant to, ChatAddress chat, DateTime nowUtc, byte[]? materials)
    {
        var text = AnnouncementText(e, zones.ForParticipant(to), nowUtc, Rsvp.None);
        return [new TextOut(text, EventCallbacks.RsvpKeyboard(e.Id, e.Link)) { To = chat }, .. Files(e, chat, nowUtc, materials)];
    }

    /// <summary>The announcement, .ics and materials as the organiser's test copy (inert buttons).</summary>
    public IReadOnlyList<Outgoing> TestCopy(Event e, Participant organiser, ChatAddress chat, DateTime nowUtc, byte[]? materials)
    {
        var text = EventTexts.TestCopyHeader + AnnouncementText(e, zones.ForParticipant(organiser), nowUtc, Rsvp.None);
        return [new TextOut(text, EventCallbacks.TestKeyboard()) { To = chat }, .. Files(e, chat, nowUtc, materials)];
    }

    /// <summary>
    /// The reminder, its «через час» counted from when it will arrive: a reminder due in quiet hours (an 08:30 webinar's
    /// 07:30 reminder) waits for their end, and must not say «через час» at 08:00.
    /// </summary>
    public IReadOnlyList<Outgoing> Reminder(Event e, Participation r, Participant to, ChatAddress chat, DateTime nowUtc)
    {
        var zone = zones.ForParticipant(to);
        var arrives = delivery.QuietHours.IsQuiet(nowUtc, zone) ? delivery.QuietHours.NextAllowedUtc(nowUtc, zone) : nowUtc;
        var when = EventTexts.When(RelativeWhen.Of(e.StartUtc, arrives, zone), arrives);
        return [new TextOut(EventNoticeTexts.Reminder(e, when), EventCallbacks.JoinKeyboard(e.Id, e.Link, rsvp: r.Rsvp == Rsvp.None)) { To = chat }];
    }

    public IReadOnlyList<Outgoing> TimeChanged(Event e, Participant to, ChatAddress chat, DateTime nowUtc) =>
        [new TextOut(EventNoticeTexts.TimeChanged(e, Date(e, zones.ForParticipant(to), nowUtc)), EventCallbacks.RsvpKeyboard(e.Id, e.Link)) { To = chat }, Calendar(e, chat, nowUtc)];

    public IReadOnlyList<Outgoing> LinkChanged(Event e, Participant to, ChatAddress chat, DateTime nowUtc) =>
        [new TextOut(EventNoticeTexts.LinkChanged(e, Date(e, zones.ForParticipant(to), nowUtc)), EventCallbacks.JoinKeyboard(e.Id, e.Link, rsvp: false)) { To = chat }, Calendar(e, chat, nowUtc)];

    public IReadOnlyList<Outgoing> Cancelled(Event e, Participant to, ChatAddress chat, DateTime nowUtc) =>
        [new TextOut(EventNoticeTexts.Cancelled(e, Date(e, zones.ForParticipant(to), nowUtc))) { To = chat }, Calendar(e, chat, nowUtc)];

    public static IReadOnlyList<Outgoing> Recording(Event e, ChatAddress chat) =>
        [new TextOut(EventNoticeTexts.Recording(e, e.RecordingLink ?? "")) { To = chat }];

    public IReadOnlyList<Outgoing> AskAttended(Event e, Participant to, ChatAddress chat, DateTime nowUtc) =>
        [new TextOut(EventNoticeTexts.AskAttended(e, Date(e, zones.ForParticipant(to), nowUtc)), EventCallbacks.AttendKeyboard(e.Id)) { To = chat }];

    private static IEnumerable<Outgoing> Files(Event e, ChatAddress chat, DateTime nowUtc, byte[]? materials)
    {
        yield return Calendar(e, chat, nowUtc);
        if (e.Materials is { } m && materials is not null)
            yield return FileOut.Stored(chat, m.FileName, m.StoredPath, EventTexts.MaterialsCaption(e), isImage: false);
    }

    private static FileOut Calendar(Event e, ChatAddress chat, DateTime nowUtc) =>
        new(EventCalendar.FileName, EventCalendar.Build(e, nowUtc), EventTexts.CalendarCaption, IsImage: false) { To = chat };

    private static DateTime Local(DateTime utc, TimeZoneInfo zone) =>
        TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(utc, DateTimeKind.Utc), zone);
}
