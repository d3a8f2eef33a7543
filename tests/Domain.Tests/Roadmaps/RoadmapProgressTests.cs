using SchoolSupport.Domain.Reviews;
using SchoolSupport.Domain.Roadmaps;
using static SchoolSupport.Domain.Tests.Roadmaps.Templates;

namespace SchoolSupport.Domain.Tests.Roadmaps;

public sealed class RoadmapProgressTests
{
    private static readonly DateTime T = new(2027, 3, 20, 9, 0, 0, DateTimeKind.Utc);

    private static Submission Doc(string stage, string key, ReviewState state, string assignment = "asg")
    {
        var s = Submissions.Upload(Submissions.New(key + stage, assignment, 1, stage, key),
            new SubmissionVersion { FileName = "f.pdf", StoredPath = "files/f.pdf", SubmittedBy = "team-1", SubmittedAtUtc = T }, null).Submission!;
        return state switch
        {
            ReviewState.Accepted => Submissions.Decide(s, ReviewTrigger.Accept, 1, "curator-1", T, null).Submission!,
            ReviewState.Returned => Submissions.Decide(s, ReviewTrigger.Return, 1, "curator-1", T, "Доработать").Submission!,
            _ => s,
        };
    }

    [Fact]
    public void Without_activated_risks_one_antirisk_programme_stands_in_for_all()
    {
        var slots = RoadmapProgress.Slots(Assigned(), Small().Stage("concept-docs")!);

        Assert.Equal(["concept", "midterm", "antirisk"], slots.Select(s => s.Key));
        Assert.True(slots[2].AwaitsRisks);
        Assert.Equal("Антирисковая программа", slots[2].Title);
    }

    [Fact]
    public void With_activated_risks_there_is_one_antirisk_programme_per_risk()
    {
        var a = RoadmapAssignments.WithActivatedRisks(Assigned(), [RoadmapAssignmentsTests.Risk("3"), RoadmapAssignmentsTests.Risk("10")]);

        var slots = RoadmapProgress.Slots(a, Small().Stage("concept-docs")!);

        Assert.Equal(["concept", "midterm", "antirisk/3", "antirisk/10"], slots.Select(s => s.Key));
        Assert.Equal("Антирисковая программа: Риск 10", slots[3].Title);
        Assert.All(slots, s => Assert.False(s.AwaitsRisks));
    }

    [Theory]
    [InlineData("", false, 0)]
    [InlineData("concept=Accepted", false, 1)]
    [InlineData("concept=Accepted,midterm=Accepted,antirisk=Submitted", false, 2)]
    [InlineData("concept=Accepted,midterm=Accepted,antirisk=Returned", false, 2)]
    [InlineData("concept=Accepted,midterm=Accepted,antirisk=Accepted", true, 3)]
    public void A_stage_is_complete_when_all_its_documents_are_accepted(string docs, bool complete, int accepted)
    {
        var subs = Parse("concept-docs", docs);
        var p = RoadmapProgress.Stage(Assigned(), Small().Stage("concept-docs")!, subs);

        Assert.Equal(complete, p.IsComplete);
        Assert.Equal(complete, RoadmapProgress.IsStageComplete(Assigned(), "concept-docs", subs));
        Assert.Equal(accepted, p.AcceptedCount);
        Assert.Equal(3 - accepted, p.Missing.Count);
    }

    [Fact]
    public void Documents_of_another_assignment_do_not_count() =>
        Assert.False(RoadmapProgress.IsStageComplete(Assigned(), "diagnostics", [Doc("diagnostics", "self-evaluation", ReviewState.Accepted, "other")]));

    [Fact]
    public void A_stage_without_documents_is_informational_never_complete_and_never_overdue()
    {
        var p = RoadmapProgress.Stage(Assigned(), Small().Stage("meeting")!, []);

        Assert.True(p.IsInformational);
        Assert.False(p.IsComplete);
        Assert.False(p.IsOverdue(new DateTime(2030, 1, 1, 0, 0, 0, DateTimeKind.Utc)));
    }

    [Fact]
    public void Overdue_are_the_stages_past_their_end_that_miss_documents()
    {
        var subs = new[] { Doc("diagnostics", "self-evaluation", ReviewState.Accepted) };
        var justAfterMarch30InMoscow = new DateTime(2027, 3, 30, 21, 0, 0, DateTimeKind.Utc);

        Assert.Empty(RoadmapProgress.Overdue(Assigned(), subs, justAfterMarch30InMoscow.AddTicks(-1)));
        Assert.Equal(["concept-docs"], RoadmapProgress.Overdue(Assigned(), subs, justAfterMarch30InMoscow).Select(s => s.Stage.Id));
        Assert.Equal(["diagnostics", "concept-docs"], RoadmapProgress.Overdue(Assigned(), [], justAfterMarch30InMoscow).Select(s => s.Stage.Id));
    }

    [Fact]
    public void The_same_moment_is_overdue_in_Yekaterinburg_but_not_yet_in_Moscow()
    {
        var at = new DateTime(2027, 3, 30, 20, 0, 0, DateTimeKind.Utc);

        Assert.Contains(RoadmapProgress.Overdue(Assigned(zone: Yekaterinburg), [], at), s => s.Stage.Id == "concept-docs");
        Assert.DoesNotContain(RoadmapProgress.Overdue(Assigned(zone: Moscow), [], at), s => s.Stage.Id == "concept-docs");
    }

    [Theory]
    [InlineData(null, NextActor.Responsible)]
    [InlineData(ReviewState.Submitted, NextActor.Reviewer)]
    [InlineData(ReviewState.Returned, NextActor.Responsible)]
    [InlineData(ReviewState.Accepted, NextActor.Nobody)]
    public void Who_acts_next_follows_the_state(ReviewState? state, NextActor actor)
    {
        var subs = state is { } s ? new[] { Doc("diagnostics", "self-evaluation", s) } : [];

        Assert.Equal(actor, RoadmapProgress.Stage(Assigned(), Small().Stage("diagnostics")!, subs).Slots[0].NextActor);
    }

    [Fact]
    public void Current_missing_and_due_soon_guide_reminders()
    {
        var subs = new[] { Doc("diagnostics", "self-evaluation", ReviewState.Accepted), Doc("concept-docs", "concept", ReviewState.Submitted) };

        Assert.Equal("concept-docs", RoadmapProgress.Current(Assigned(), subs)!.Stage.Id);
        Assert.Equal(["concept", "midterm", "antirisk", "expert-sheet"], RoadmapProgress.Missing(Assigned(), subs).Select(s => s.Slot.Key));
        Assert.Equal(["concept-docs"], RoadmapProgress.DueWithin(Assigned(), subs, T, TimeSpan.FromDays(14)).Select(s => s.Stage.Id));
        Assert.Empty(RoadmapProgress.DueWithin(Assigned(), subs, T, TimeSpan.FromDays(5)));
        Assert.Equal(TimeSpan.FromDays(10) + TimeSpan.FromHours(12), RoadmapProgress.Stage(Assigned(), Small().Stage("concept-docs")!, subs).TimeLeft(T));
    }

    private static Submission[] Parse(string stage, string docs) =>
        [.. docs.Split(',', StringSplitOptions.RemoveEmptyEntries).Select(d => d.Split('=')).Select(p => Doc(stage, p[0], Enum.Parse<ReviewState>(p[1])))];
}
