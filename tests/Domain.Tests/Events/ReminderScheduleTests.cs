using SchoolSupport.Domain.Events;

namespace SchoolSupport.Domain.Tests.Events;

public sealed class ReminderScheduleTests
{
    private static readonly DateTime Start = new(2026, 11, 28, 12, 0, 0, DateTimeKind.Utc);

    private static Event Announced(double announcedHoursBefore, params string[] sent) => new()
    {
        Id = "e1",
        Title = "Вебинар",
        OrganiserId = "o",
        Status = EventStatus.Announced,
        StartUtc = Start,
        DurationMinutes = 90,
        ReminderMinutes = [1440, 60],
        RemindersFromUtc = Start.AddHours(-announcedHoursBefore),
        SentReminders = sent,
    };

    private static readonly string Day = ReminderSchedule.Key(1440, Start);
    private static readonly string Hour = ReminderSchedule.Key(60, Start);

    public static TheoryData<string, double, double, string[], string[], int?> Cases => new()
    {
        // case, announced hours before start, now hours before start, already handled, keys due, reminder sent (minutes)
        { "two days ahead: nothing yet", 72, 48, [], [], null },
        { "just before the 24 h mark", 72, 24.01, [], [], null },
        { "at the 24 h mark", 72, 24, [], [Day], 1440 },
        { "an hour after the 24 h mark (job was late)", 72, 23, [], [Day], 1440 },
        { "the 24 h one was sent: nothing until the 1 h mark", 72, 5, [Day], [], null },
        { "at the 1 h mark", 72, 1, [Day], [Hour], 60 },
        { "both handled", 72, 0.5, [Day, Hour], [], null },
        { "after downtime both due: only the nearest is sent", 72, 0.5, [], [Day, Hour], 60 },
        { "announced 10 h before: the 24 h one is skipped", 10, 9, [], [Day], null },
        { "announced 10 h before: the 1 h one is sent", 10, 1, [Day], [Hour], 60 },
        { "announced exactly 24 h before: that one is skipped", 24, 24, [], [Day], null },
        { "announced 30 minutes before: both skipped", 0.5, 0.4, [], [Day, Hour], null },
        { "started: nothing", 72, 0, [], [], null },
        { "over: nothing", 72, -2, [], [], null },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Reminders_due(string name, double announcedBefore, double nowBefore, string[] sent, string[] keys, int? send)
    {
        var due = ReminderSchedule.Due(Announced(announcedBefore, sent), Start.AddHours(-nowBefore));
        Assert.True(keys.SequenceEqual(due.Keys), $"{name}: keys {string.Join(",", due.Keys)}");
        Assert.True(send == due.SendMinutesBefore, $"{name}: sent {due.SendMinutesBefore}");
    }

    [Theory]
    [InlineData(EventStatus.Scheduled)]
    [InlineData(EventStatus.Cancelled)]
    [InlineData(EventStatus.Missed)]
    public void Never_for_events_not_announced_or_cancelled(EventStatus status) =>
        Assert.Same(DueReminders.None, ReminderSchedule.Due(Announced(72) with { Status = status }, Start.AddHours(-1)));

    [Fact]
    public void A_new_time_brings_new_reminders_counted_from_the_change()
    {
        var moved = Announced(72, Day, Hour) with { StartUtc = Start.AddDays(2), RemindersFromUtc = Start };
        Assert.Equal([ReminderSchedule.Key(1440, Start.AddDays(2))], ReminderSchedule.Due(moved, Start.AddDays(1)).Keys);
        Assert.Equal(1440, ReminderSchedule.Due(moved, Start.AddDays(1)).SendMinutesBefore);
        // Moved closer: the 24 h moment had already passed at the change, so it is skipped.
        var closer = Announced(72, Day) with { StartUtc = Start.AddHours(-20), RemindersFromUtc = Start.AddHours(-30) };
        var due = ReminderSchedule.Due(closer, Start.AddHours(-29));
        Assert.Equal([ReminderSchedule.Key(1440, closer.StartUtc)], due.Keys);
        Assert.Null(due.SendMinutesBefore);
    }

    [Theory]
    [InlineData(Rsvp.Going, true)]
    [InlineData(Rsvp.None, true)]
    [InlineData(Rsvp.NotGoing, false)]
    public void Reminders_go_to_yes_and_no_answer_only(Rsvp rsvp, bool wants) =>
        Assert.Equal(wants, ReminderSchedule.Wants(Participation.Received("e1", "p", Start) with { Rsvp = rsvp }));
}
