using SchoolSupport.Domain.Events;

namespace SchoolSupport.Domain.Tests.Events;

public sealed class EventTimingTests
{
    private static readonly DateTime Start = new(2026, 11, 28, 12, 0, 0, DateTimeKind.Utc);

    private static Event E(EventStatus status, double announceHoursBefore = 24, bool followedUp = false) => new()
    {
        Id = "e1",
        Title = "Семинар",
        OrganiserId = "o",
        Status = status,
        StartUtc = Start,
        DurationMinutes = 60,
        AnnounceAtUtc = Start.AddHours(-announceHoursBefore),
        FollowUpSentAtUtc = followedUp ? Start : null,
    };

    [Theory]
    [InlineData(EventStatus.Scheduled, -25, Due.No)]
    [InlineData(EventStatus.Scheduled, -24, Due.Send)]
    [InlineData(EventStatus.Scheduled, -1, Due.Send)] // caught up after downtime, still before the start
    [InlineData(EventStatus.Scheduled, 0, Due.Skip)] // the event has started: too late
    [InlineData(EventStatus.Announced, -1, Due.No)]
    [InlineData(EventStatus.Cancelled, -1, Due.No)]
    public void Scheduled_announcement(EventStatus status, double nowHours, Due expected) =>
        Assert.Equal(expected, EventTiming.Announcement(E(status), Start.AddHours(nowHours)));

    [Theory]
    [InlineData(EventStatus.Announced, false, 0.5, Due.No)] // still going
    [InlineData(EventStatus.Announced, false, 1, Due.Send)] // at the end
    [InlineData(EventStatus.Announced, false, 40, Due.Send)] // caught up after downtime
    [InlineData(EventStatus.Announced, false, 50, Due.Skip)] // too long ago
    [InlineData(EventStatus.Announced, true, 2, Due.No)]
    [InlineData(EventStatus.Cancelled, false, 2, Due.No)]
    public void Attendance_question(EventStatus status, bool followedUp, double nowHours, Due expected) =>
        Assert.Equal(expected, EventTiming.FollowUp(E(status, followedUp: followedUp), Start.AddHours(nowHours)));

    [Theory]
    [InlineData(EventStatus.Scheduled, 0.5, true)]
    [InlineData(EventStatus.Announced, -3, true)]
    [InlineData(EventStatus.Announced, 0.99, true)]
    [InlineData(EventStatus.Announced, 1, false)]
    [InlineData(EventStatus.Cancelled, -3, false)]
    [InlineData(EventStatus.Missed, -3, false)]
    public void Changes_until_the_end(EventStatus status, double nowHours, bool can) =>
        Assert.Equal(can, EventTiming.CanChange(E(status), Start.AddHours(nowHours)));
}
