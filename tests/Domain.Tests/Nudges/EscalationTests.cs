using SchoolSupport.Domain.Nudges;
using SchoolSupport.Domain.Reviews;
using static SchoolSupport.Domain.Tests.Nudges.NudgeWorlds;

namespace SchoolSupport.Domain.Tests.Nudges;

public sealed class EscalationTests
{
    private static readonly NudgeSettings Defaults = new();

    [Theory]
    // Sent 1 March 05:00 UTC; escalation after 7 days; now 10:00 in Екатеринбург unless said.
    [InlineData(3, 8, 5, true)]   // exactly 7 days
    [InlineData(3, 8, 4, false)]  // 6 days 23 hours
    [InlineData(3, 20, 5, true)]
    public void A_review_waiting_the_escalation_days_is_reported_to_the_coordinator_of_its_municipality(int month, int day, int hour, bool reported)
    {
        var w = new NudgeWorlds();
        w.Send(w.Assign(Pyshma, "p"), "concept", Utc(3, 1, 5));

        var nudges = ReviewNudges.Escalations(w.World(), Defaults, Utc(month, day, hour));

        Assert.Equal(reported ? ["coord-vp"] : [], nudges.Select(n => n.Recipient.Id));
        if (reported) Assert.Equal("Escalation|coord-vp|p-concept.v1|2027-03-01", Assert.Single(nudges[0].Keys).Value);
    }

    [Fact]
    public void An_escalation_is_sent_once_and_a_new_version_that_waits_again_is_escalated_again()
    {
        var w = new NudgeWorlds();
        var p = w.Assign(Pyshma, "p");
        w.Send(p, "concept", Utc(3, 1, 5));

        w.Mark(ReviewNudges.Escalations(w.World(), Defaults, Utc(3, 8, 5)).SelectMany(n => n.Keys));
        Assert.Empty(ReviewNudges.Escalations(w.World(), Defaults, Utc(3, 8, 6)));
        Assert.Empty(ReviewNudges.Escalations(w.World(), Defaults, Utc(3, 15, 6)));

        // Returned and sent again on 10 March: version 2 waits from the 10th.
        var v1 = w.Submissions[0];
        var returned = Submissions.Decide(v1, ReviewTrigger.Return, 1, "curator-1", Utc(3, 10, 5), "Доработать").Submission!;
        w.Submissions[0] = Submissions.Upload(returned, new SubmissionVersion { FileName = "f.pdf", StoredPath = "f", SubmittedBy = "team-1", SubmittedAtUtc = Utc(3, 10, 5) }, null).Submission!;
        Assert.Empty(ReviewNudges.Escalations(w.World(), Defaults, Utc(3, 16, 6)));
        Assert.Equal("Escalation|coord-vp|p-concept.v2|2027-03-10", Assert.Single(Assert.Single(ReviewNudges.Escalations(w.World(), Defaults, Utc(3, 17, 6))).Keys).Value);
    }

    [Fact]
    public void Coordinators_named_for_the_municipality_come_first_otherwise_those_of_every_municipality()
    {
        var w = new NudgeWorlds();
        w.People.Remove(CoordK);
        w.Send(w.Assign(Pyshma, "p"), "concept", Utc(3, 1, 5));
        w.Send(w.Assign(Kotelnikovo, "k"), "concept", Utc(3, 1, 5));

        var to = ReviewNudges.Escalations(w.World(), Defaults, Utc(3, 10, 12)).ToDictionary(n => n.Recipient.Id, n => n.Reviews.Single().School.Id, StringComparer.Ordinal);

        Assert.Equal(new Dictionary<string, int> { ["coord-vp"] = 1, ["coord-all"] = 3 }, to);
    }

    [Fact]
    public void Several_reviews_reach_a_coordinator_in_one_message_with_a_key_each()
    {
        var w = new NudgeWorlds();
        var p = w.Assign(Pyshma, "p");
        w.Send(p, "concept", Utc(3, 1, 5));
        w.Send(p, "midterm", Utc(3, 2, 5));

        var n = Assert.Single(ReviewNudges.Escalations(w.World(), Defaults, Utc(3, 10, 5)));

        Assert.Equal(2, n.Reviews.Count);
        Assert.Equal(2, n.Keys.Count);
    }

    [Theory]
    // 15 March 2027 is a Monday. The review crossed 7 days on 8 March (escalated then).
    [InlineData(3, 15, 5, "2027-03-15")] // Monday 10:00 local
    [InlineData(3, 15, 3, null)]         // Monday 08:00 local: not yet
    [InlineData(3, 16, 5, "2027-03-15")] // down on Monday: Tuesday catches up this week's summary
    [InlineData(3, 21, 18, "2027-03-15")] // Sunday 23:00
    [InlineData(3, 22, 5, "2027-03-22")] // next Monday
    public void The_weekly_summary_goes_once_a_week_from_the_summary_day(int month, int day, int hour, string? weekKey)
    {
        var w = new NudgeWorlds();
        w.Send(w.Assign(Pyshma, "p"), "concept", Utc(3, 1, 5));
        w.Mark(ReviewNudges.Escalations(w.World(), Defaults, Utc(3, 8, 5)).SelectMany(n => n.Keys), Utc(3, 8, 5));

        var summaries = ReviewNudges.WeeklySummaries(w.World(), Defaults, Utc(month, day, hour));

        Assert.Equal(weekKey is null ? [] : [$"WeeklySummary|coord-vp|reviews|{weekKey}"], summaries.SelectMany(s => s.Keys).Select(k => k.Value));
    }

    [Fact]
    public void The_weekly_summary_repeats_what_was_escalated_before_the_week_not_during_it_and_is_sent_once()
    {
        var w = new NudgeWorlds();
        var p = w.Assign(Pyshma, "p");
        w.Send(p, "concept", Utc(3, 1, 5));   // escalated on 8 March
        w.Send(p, "midterm", Utc(3, 8, 3));   // crosses 7 days on Monday 15 March at 08:00 local: escalated that day

        w.Mark(ReviewNudges.Escalations(w.World(), Defaults, Utc(3, 8, 5)).SelectMany(n => n.Keys), Utc(3, 8, 5));

        var monday = Utc(3, 15, 5);
        var escalated = Assert.Single(ReviewNudges.Escalations(w.World(), Defaults, monday));
        Assert.Equal(["p-midterm"], escalated.Reviews.Select(r => r.Submission.Id));
        w.Mark(escalated.Keys, monday);
        var summary = Assert.Single(ReviewNudges.WeeklySummaries(w.World(), Defaults, monday));
        Assert.Equal(["p-concept"], summary.Reviews.Select(r => r.Submission.Id));

        w.Mark(summary.Keys);
        Assert.Empty(ReviewNudges.WeeklySummaries(w.World(), Defaults, Utc(3, 17, 5)));
    }

    [Fact]
    public void A_review_not_escalated_yet_is_not_in_the_summary()
    {
        var w = new NudgeWorlds();
        w.Send(w.Assign(Pyshma, "p"), "concept", Utc(3, 1, 5));

        Assert.Empty(ReviewNudges.WeeklySummaries(w.World(), Defaults, Utc(3, 15, 5)));
    }

    [Fact]
    public void No_summary_when_nothing_waits_that_long() =>
        Assert.Empty(ReviewNudges.WeeklySummaries(new NudgeWorlds().World(), Defaults, Utc(3, 15, 5)));

    [Fact]
    public void The_summary_day_is_configurable()
    {
        var w = new NudgeWorlds();
        w.Send(w.Assign(Pyshma, "p"), "concept", Utc(3, 1, 5));
        w.Mark(ReviewNudges.Escalations(w.World(), Defaults, Utc(3, 8, 5)).SelectMany(n => n.Keys), Utc(3, 8, 5));
        var friday = new NudgeSettings { WeeklySummaryDay = DayOfWeek.Friday };

        Assert.Equal("WeeklySummary|coord-vp|reviews|2027-03-12", Assert.Single(Assert.Single(ReviewNudges.WeeklySummaries(w.World(), friday, Utc(3, 15, 5))).Keys).Value);
    }
}
