using System.Text;
using SchoolSupport.Bot.Features.Events;
using SchoolSupport.Domain.Events;

namespace SchoolSupport.Bot.Tests.Events;

public sealed class EventCalendarTests
{
    private static readonly DateTime Now = new(2026, 11, 26, 7, 0, 0, DateTimeKind.Utc);

    private static readonly Event Webinar = new()
    {
        Id = "AbCd1234",
        Kind = EventKind.Webinar,
        Title = "Формирующее оценивание",
        Description = "Разбираем приёмы.",
        StartUtc = new DateTime(2026, 11, 27, 12, 0, 0, DateTimeKind.Utc),
        DurationMinutes = 90,
        Link = "https://example.org/webinar",
        OrganiserId = "o",
        Status = EventStatus.Announced,
        ReminderMinutes = [1440, 60],
    };

    /// <summary>The text with folded lines joined again (RFC 5545 folds at 75 octets).</summary>
    internal static string Read(byte[] ics) => Encoding.UTF8.GetString(ics).Replace("\r\n ", "", StringComparison.Ordinal);

    [Fact]
    public void An_announcement_is_one_VEVENT_in_UTC_with_duration_link_and_alarms()
    {
        var ics = Read(EventCalendar.Build(Webinar, Now));
        Assert.Contains("METHOD:PUBLISH", ics, StringComparison.Ordinal);
        Assert.Equal(2, ics.Split("BEGIN:VEVENT").Length);
        Assert.Contains("UID:AbCd1234@school-support-bot", ics, StringComparison.Ordinal);
        Assert.Contains("DTSTART:20261127T120000Z", ics, StringComparison.Ordinal);
        Assert.Contains("DTSTAMP:20261126T070000Z", ics, StringComparison.Ordinal);
        Assert.Contains("DURATION:PT90M", ics, StringComparison.Ordinal);
        Assert.Contains("SUMMARY:Вебинар: Формирующее оценивание", ics, StringComparison.Ordinal);
        Assert.Contains(@"DESCRIPTION:Разбираем приёмы.\n\nПодключиться: https://example.org/webinar", ics, StringComparison.Ordinal);
        Assert.Contains("URL:https://example.org/webinar", ics, StringComparison.Ordinal);
        Assert.Contains("SEQUENCE:0", ics, StringComparison.Ordinal);
        Assert.Equal(2, ics.Split("BEGIN:VALARM").Length - 1);
        Assert.Contains("TRIGGER:-PT1440M", ics, StringComparison.Ordinal);
        Assert.Contains("TRIGGER:-PT60M", ics, StringComparison.Ordinal);
    }

    [Fact]
    public void A_change_raises_the_sequence_and_a_cancellation_cancels_the_same_uid()
    {
        var changed = Read(EventCalendar.Build(Webinar with { Sequence = 1, StartUtc = Webinar.StartUtc.AddDays(1) }, Now));
        Assert.Contains("SEQUENCE:1", changed, StringComparison.Ordinal);
        Assert.Contains("DTSTART:20261128T120000Z", changed, StringComparison.Ordinal);
        var cancelled = Read(EventCalendar.Build(Webinar with { Sequence = 2, Status = EventStatus.Cancelled }, Now));
        Assert.Contains("METHOD:CANCEL", cancelled, StringComparison.Ordinal);
        Assert.Contains("STATUS:CANCELLED", cancelled, StringComparison.Ordinal);
        Assert.Contains("UID:AbCd1234@school-support-bot", cancelled, StringComparison.Ordinal);
        Assert.Contains("SEQUENCE:2", cancelled, StringComparison.Ordinal);
    }

    [Fact]
    public void An_event_in_person_has_no_URL()
    {
        var ics = Read(EventCalendar.Build(Webinar with { Link = null, Description = "" }, Now));
        Assert.DoesNotContain("URL:", ics, StringComparison.Ordinal);
    }
}
