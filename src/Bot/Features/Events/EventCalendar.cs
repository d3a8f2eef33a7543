using System.Text;
using Ical.Net;
using Ical.Net.CalendarComponents;
using Ical.Net.DataTypes;
using Ical.Net.Serialization;
using SchoolSupport.Domain.Events;
using EventStatus = SchoolSupport.Domain.Events.EventStatus;

namespace SchoolSupport.Bot.Features.Events;

/// <summary>
/// The .ics file that comes with an announcement: one VEVENT with a stable UID, the start in UTC, the duration,
/// the join link and an alarm per reminder. A change repeats the UID with a higher SEQUENCE; a cancellation is
/// METHOD:CANCEL with STATUS:CANCELLED, so calendar apps update or remove the entry they imported.
/// </summary>
internal static class EventCalendar
{
    public const string FileName = "event.ics";
    private const string ProductId = "-//School support bot//RU";

    public static string Uid(Event e) => $"{e.Id}@school-support-bot";

    public static byte[] Build(Event e, DateTime nowUtc)
    {
        var cancelled = e.Status == EventStatus.Cancelled;
        var item = new CalendarEvent
        {
            Uid = Uid(e),
            Summary = $"{EventTexts.KindTitle(e.Kind)}: {e.Title}",
            Description = EventTexts.CalendarDescription(e),
            DtStamp = new CalDateTime(DateTime.SpecifyKind(nowUtc, DateTimeKind.Utc)),
            DtStart = new CalDateTime(DateTime.SpecifyKind(e.StartUtc, DateTimeKind.Utc)),
            Duration = Duration.FromMinutes(e.DurationMinutes),
            Sequence = e.Sequence,
            Status = cancelled ? "CANCELLED" : "CONFIRMED",
        };
        if (e.Link is { } link) item.Url = new Uri(link);
        foreach (var minutes in e.ReminderMinutes.Where(m => m > 0).Distinct())
            item.Alarms.Add(new Alarm { Action = AlarmAction.Display, Description = e.Title, Trigger = new Trigger(Duration.FromMinutes(-minutes)) });
        var calendar = new Calendar { ProductId = ProductId, Method = cancelled ? "CANCEL" : "PUBLISH" };
        calendar.Events.Add(item);
        return Encoding.UTF8.GetBytes(new CalendarSerializer().SerializeToString(calendar) ?? "");
    }
}
