using SchoolSupport.Domain.Campaigns;
using SchoolSupport.Domain.Delivery;
using static SchoolSupport.Domain.Tests.Campaigns.CampaignWorld;

namespace SchoolSupport.Domain.Tests.Campaigns;

/// <summary>The December campaign closes at the end of 14 December, Екатеринбург (UTC+5); reminders 3 and 1 days before, from 10:00 local.</summary>
public sealed class CampaignRemindersTests
{
    private static readonly ReminderSettings Settings = new() { DaysBefore = [3, 1], Hour = 10, Quiet = new QuietHours(new TimeOnly(21, 0), new TimeOnly(8, 0)) };

    private static readonly IReadOnlyList<(string, IReadOnlyList<SlotStatus>)> Teachers =
    [
        ("anna", [SlotStatus.NotStarted(TeacherSlot), SlotStatus.NotStarted(ChangesSlot)]),
        ("boris", [new SlotStatus(TeacherSlot, false, 7, true), new SlotStatus(ChangesSlot, true, 20, true)]),
        ("vera", [new SlotStatus(TeacherSlot, true, 24, true), new SlotStatus(ChangesSlot, true, 20, true)]),
    ];

    [Theory]
    [InlineData(5, null)]
    [InlineData(4, null)]
    [InlineData(3, 3)]
    [InlineData(2, 3)]
    [InlineData(1, 1)]
    [InlineData(0, 1)]
    [InlineData(-1, null)]
    public void The_window_is_the_nearest_configured_day_not_yet_passed(int daysLeft, int? window) =>
        Assert.Equal(window, CampaignReminders.Window([3, 1], daysLeft));

    [Theory]
    [InlineData(11, 4, null)] // 3 days before, 09:00 local: the hour has not come
    [InlineData(11, 5, 3)] // 10:00 local
    [InlineData(11, 15, 3)] // 20:00 local
    [InlineData(11, 16, null)] // 21:00 local: quiet hours
    [InlineData(12, 5, 3)] // 2 days before
    [InlineData(13, 5, 1)]
    [InlineData(14, 5, 1)] // the last day
    [InlineData(15, 5, null)] // closed
    [InlineData(9, 5, null)] // 5 days before: no window yet
    public void Reminders_wait_for_the_local_hour_and_never_go_at_night(int day, int hour, int? window) =>
        Assert.Equal(window, CampaignReminders.DueWindow(December(), Yekaterinburg, Settings, Utc(12, day, hour)));

    [Fact]
    public void Nothing_on_the_opening_day_even_inside_a_window()
    {
        var c = December(opens: new DateOnly(2026, 12, 12));

        Assert.Null(CampaignReminders.DueWindow(c, Yekaterinburg, Settings, Utc(12, 12, 5)));
        Assert.Equal(1, CampaignReminders.DueWindow(c, Yekaterinburg, Settings, Utc(12, 13, 5)));
    }

    [Fact]
    public void A_campaign_stopped_by_hand_sends_no_more_reminders() =>
        Assert.Null(CampaignReminders.DueWindow(December() with { StoppedAtUtc = Utc(12, 10, 0) }, Yekaterinburg, Settings, Utc(12, 11, 5)));

    [Fact]
    public void Teachers_not_finished_are_reminded_once_per_window_and_the_team_gets_a_summary()
    {
        var sent = new HashSet<string>();
        var c = December();

        var first = CampaignReminders.Due(c, Yekaterinburg, Settings, Utc(12, 11, 5), Teachers, ["team"], sent.Contains);

        Assert.Equal(
            [("anna", ReminderKind.NotStarted, 2), ("boris", ReminderKind.Started, 1), ("team", ReminderKind.TeamSummary, 0)],
            first.Select(r => (r.RecipientId, r.Kind, r.Unfinished.Count)));
        Assert.Equal("remind|camp0001|anna|3", first[0].Key);
        Assert.Equal("summary|camp0001|team|3", first[2].Key);
        foreach (var r in first) sent.Add(r.Key);

        Assert.Empty(CampaignReminders.Due(c, Yekaterinburg, Settings, Utc(12, 12, 5), Teachers, ["team"], sent.Contains));
        var second = CampaignReminders.Due(c, Yekaterinburg, Settings, Utc(12, 13, 5), Teachers, ["team"], sent.Contains);
        Assert.Equal(["remind|camp0001|anna|1", "remind|camp0001|boris|1", "summary|camp0001|team|1"], second.Select(r => r.Key));
    }

    [Fact]
    public void A_window_missed_while_the_bot_was_down_is_not_replayed_once_the_next_has_begun()
    {
        var due = CampaignReminders.Due(December(), Yekaterinburg, Settings, Utc(12, 13, 5), Teachers, [], _ => false);

        Assert.All(due, r => Assert.Equal(1, r.Window));
        Assert.Equal(2, due.Count);
    }
}
