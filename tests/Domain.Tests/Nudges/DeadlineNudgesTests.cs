using SchoolSupport.Domain.Nudges;
using SchoolSupport.Domain.Reviews;
using static SchoolSupport.Domain.Tests.Nudges.NudgeWorlds;

namespace SchoolSupport.Domain.Tests.Nudges;

/// <summary>The «Тестовая» roadmap: diagnostics due 1 March, concept documents (three) due 30 March, expertise (curators) due 20 May.</summary>
public sealed class DeadlineNudgesTests
{
    private static readonly NudgeSettings Defaults = new();

    [Theory]
    [InlineData(8, null)]
    [InlineData(7, NudgeKind.DeadlineWeek)]
    [InlineData(2, NudgeKind.DeadlineWeek)]
    [InlineData(1, NudgeKind.DeadlineDay)]
    [InlineData(0, NudgeKind.DeadlineDay)]
    [InlineData(-1, NudgeKind.Overdue)]
    [InlineData(-40, NudgeKind.Overdue)]
    public void Windows_by_days_left_to_the_deadline_date(int daysLeft, NudgeKind? window) => Assert.Equal(window, DeadlineNudges.Window(daysLeft));

    /// <summary>School 1 (Екатеринбург, UTC+5) with its diagnostics accepted; "now" is 10:00 local on the given day of March unless said.</summary>
    private static (NudgeWorlds World, Domain.Roadmaps.RoadmapAssignment A) Pyshma30March()
    {
        var w = new NudgeWorlds();
        var a = w.Assign(Pyshma, "p");
        w.Decided(a, "self-evaluation", ReviewTrigger.Accept, Utc(2, 20, 5), stage: "diagnostics");
        return (w, a);
    }

    private static IReadOnlyList<DeadlineNudge> Run(NudgeWorlds w, DateTime now) => DeadlineNudges.Reminders(w.World(), Defaults, now, w.Of);

    [Theory]
    [InlineData(22, 5, null)]
    [InlineData(23, 3, null)] // 08:00 local: the hour has not come
    [InlineData(23, 4, "DeadlineWeek|team-1|p/concept-docs|2027-03-30")]
    [InlineData(28, 5, "DeadlineWeek|team-1|p/concept-docs|2027-03-30")]
    [InlineData(29, 5, "DeadlineDay|team-1|p/concept-docs|2027-03-30")]
    [InlineData(30, 5, "DeadlineDay|team-1|p/concept-docs|2027-03-30")]
    [InlineData(30, 18, "DeadlineDay|team-1|p/concept-docs|2027-03-30")] // 23:00 local on the last day
    [InlineData(30, 19, null)] // 00:00 local on the 31st: overdue, but the hour has not come
    [InlineData(31, 4, "Overdue|team-1|p/concept-docs|2027-03-30")]
    public void The_school_team_is_reminded_a_week_before_the_day_before_and_when_overdue(int day, int hour, string? key)
    {
        var (w, _) = Pyshma30March();

        var nudges = Run(w, Utc(3, day, hour));


        Assert.Equal(key is null ? [] : [key], nudges.SelectMany(n => n.Keys).Select(k => k.Value));
        if (key is not null) Assert.Equal(3, Assert.Single(Assert.Single(nudges).Items).Owed.Count);
    }

    [Fact]
    public void Each_window_is_sent_once_and_a_missed_window_is_not_replayed()
    {
        var (w, _) = Pyshma30March();

        // Down from before the week window until the day before: only «завтра» comes.
        var late = Assert.Single(Run(w, Utc(3, 29, 5)));
        Assert.Equal(NudgeKind.DeadlineDay, Assert.Single(late.Items).Window);
        Assert.Equal(1, late.Items[0].DaysLeft);
        w.Mark(late.Keys);
        Assert.Empty(Run(w, Utc(3, 29, 6)));
        Assert.Empty(Run(w, Utc(3, 30, 5)));

        var overdue = Assert.Single(Run(w, Utc(4, 2, 5)));
        Assert.Equal(-3, Assert.Single(overdue.Items).DaysLeft);
        w.Mark(overdue.Keys);
        Assert.Empty(Run(w, Utc(4, 20, 5)));
    }

    [Fact]
    public void Only_documents_the_school_must_send_count_and_nothing_is_sent_while_all_are_on_review()
    {
        var (w, a) = Pyshma30March();
        w.Send(a, "concept", Utc(3, 20, 5));
        w.Decided(a, "midterm", ReviewTrigger.Return, Utc(3, 20, 5));

        var item = Assert.Single(Assert.Single(Run(w, Utc(3, 23, 5))).Items);
        Assert.Equal(["midterm", "antirisk"], item.Owed.Select(o => o.Slot.Key));

        var (w2, a2) = Pyshma30March();
        w2.Send(a2, "concept", Utc(3, 20, 5));
        w2.Send(a2, "midterm", Utc(3, 20, 5));
        w2.Send(a2, "antirisk", Utc(3, 20, 5));
        Assert.Empty(Run(w2, Utc(3, 23, 5)));
        Assert.Empty(Run(w2, Utc(4, 5, 5)));
    }

    [Fact]
    public void The_deadline_date_is_the_schools_and_the_hour_the_recipients()
    {
        var w = new NudgeWorlds();
        w.Decided(w.Assign(Pyshma, "p"), "self-evaluation", ReviewTrigger.Accept, Utc(2, 20, 5), stage: "diagnostics");
        w.Decided(w.Assign(Kotelnikovo, "k"), "self-evaluation", ReviewTrigger.Accept, Utc(2, 20, 5), stage: "diagnostics");

        // 23 March 04:00 UTC: 09:00 in Екатеринбург, 07:00 in Волгоград.
        Assert.Equal(["team-1"], Run(w, Utc(3, 23, 4)).Select(n => n.Recipient.Id));
        Assert.Equal(["team-1", "team-3"], Run(w, Utc(3, 23, 6)).Select(n => n.Recipient.Id).Order(StringComparer.Ordinal));
        // 30 March 20:00 UTC: the 31st in Екатеринбург (overdue there), still the 30th in Волгоград (the last day).
        var midnight = new NudgeSettings { DigestHour = 0 };
        var windows = DeadlineNudges.Reminders(w.World(), midnight, Utc(3, 30, 20), w.Of).ToDictionary(n => n.Recipient.Id, n => n.Items.Single().Window, StringComparer.Ordinal);
        Assert.Equal(NudgeKind.Overdue, windows["team-1"]);
        Assert.Equal(NudgeKind.DeadlineDay, windows["team-3"]);
    }

    [Fact]
    public void One_message_a_day_lists_every_stage_due_for_the_person()
    {
        var w = new NudgeWorlds();
        w.Assign(Pyshma, "p"); // diagnostics not done: overdue since 2 March

        var n = Assert.Single(Run(w, Utc(3, 23, 5)));

        Assert.Equal([NudgeKind.Overdue, NudgeKind.DeadlineWeek], n.Items.Select(i => i.Window));
        Assert.Equal(2, n.Keys.Count);
        Assert.Equal("team-1", n.Recipient.Id);
    }

    [Fact]
    public void A_stage_already_overdue_when_assigned_gets_no_overdue_notice()
    {
        var w = new NudgeWorlds();
        w.Assign(Pyshma, "p", assignedAt: Utc(3, 10, 5));

        Assert.Empty(Run(w, Utc(3, 12, 5)));
    }

    [Fact]
    public void Stages_of_curators_remind_the_curators_and_teachers_are_never_reminded()
    {
        var w = new NudgeWorlds();
        var a = w.Assign(Pyshma, "p");
        w.Decided(a, "self-evaluation", ReviewTrigger.Accept, Utc(2, 20, 5), stage: "diagnostics");
        foreach (var key in new[] { "concept", "midterm", "antirisk" }) w.Decided(a, key, ReviewTrigger.Accept, Utc(3, 20, 5));

        var n = Assert.Single(Run(w, Utc(5, 19, 5)));

        Assert.Equal("curator-1", n.Recipient.Id);
        Assert.Equal("expertise", Assert.Single(n.Items).Stage.Stage.Id);
    }

    [Fact]
    public void A_moved_deadline_gets_its_own_reminders()
    {
        var (w, a) = Pyshma30March();
        w.Mark(Run(w, Utc(3, 29, 5)).SelectMany(n => n.Keys));
        var moved = Domain.Roadmaps.RoadmapAssignments.MoveDeadline(a, "concept-docs", new DateOnly(2027, 4, 10), Yekaterinburg, "coord-vp", Utc(3, 29, 6))!.Value.Assignment;
        w.Assignments[0] = moved;

        var n = Assert.Single(Run(w, Utc(4, 3, 5)));

        Assert.Equal("DeadlineWeek|team-1|p/concept-docs|2027-04-10", Assert.Single(n.Keys).Value);
    }
}
