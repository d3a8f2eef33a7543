using SchoolSupport.Domain.Nudges;
using SchoolSupport.Domain.Participants;
using SchoolSupport.Domain.Reviews;
using SchoolSupport.Domain.Roadmaps;
using SchoolSupport.Domain.Status;
using SchoolSupport.Domain.Schools;
using SchoolSupport.Domain.Tests.Nudges;
using SchoolSupport.Domain.Tests.Roadmaps;
using static SchoolSupport.Domain.Tests.Nudges.NudgeWorlds;

namespace SchoolSupport.Domain.Tests.Status;

public sealed class StatusTests
{
    private static readonly DateTime Now = Utc(4, 5, 5);

    [Fact]
    public void A_school_without_a_roadmap_has_no_stage_but_its_waiting_reviews_count()
    {
        var s = SchoolStatuses.Of(Pyshma, [], [], Now);

        Assert.False(s.HasRoadmap);
        Assert.False(s.IsFinished);
        Assert.Null(s.Current);
        Assert.Equal(0, s.Total);
    }

    [Fact]
    public void The_status_counts_accepted_of_owed_waiting_and_overdue_documents()
    {
        var w = new NudgeWorlds();
        var a = w.Assign(Pyshma, "p");
        w.Decided(a, "self-evaluation", ReviewTrigger.Accept, Utc(2, 20, 5), stage: "diagnostics");
        w.Send(a, "concept", Utc(3, 20, 5));
        w.Decided(a, "midterm", ReviewTrigger.Return, Utc(3, 20, 5));

        var s = SchoolStatuses.Of(Pyshma, w.Assignments, w.Submissions, Now);

        Assert.Equal("concept-docs", s.Current!.Stage.Id);
        Assert.Equal(1, s.Accepted);
        Assert.Equal(5, s.Total); // 1 + 3 (antirisk stands in once until risks are set) + 1 expert sheet; the meeting has none
        Assert.Equal(1, s.Waiting);
        Assert.Equal(1, s.OverdueStages); // concept documents were due 30 March
        Assert.Equal(3, s.OverdueItems);
        Assert.Equal([NextActor.Reviewer, NextActor.Responsible, NextActor.Responsible], s.Current.Slots.Select(x => x.NextActor));
    }

    [Fact]
    public void The_main_roadmap_is_the_latest_year_then_the_first_assigned()
    {
        var older = Templates.Assigned(year: 2026, id: "a26");
        var first = Templates.Assigned(year: 2027, id: "b27");
        var later = first with { Id = "a27", AssignedAtUtc = first.AssignedAtUtc.AddDays(1) };

        Assert.Equal("b27", SchoolStatuses.Main([older, later, first])!.Id);
        Assert.Null(SchoolStatuses.Main([]));
    }

    [Fact]
    public void The_overview_counts_schools_by_current_stage_in_roadmap_order_and_reviews_by_reviewer()
    {
        var w = new NudgeWorlds();
        var p = w.Assign(Pyshma, "p");
        w.Decided(p, "self-evaluation", ReviewTrigger.Accept, Utc(2, 20, 5), stage: "diagnostics");
        w.Send(p, "concept", Utc(3, 20, 5));
        w.Send(p, "midterm", Utc(4, 4, 5));
        w.Assign(Kotelnikovo, "k");
        var third = Pyshma with { Id = 5, Name = "МАОУ «СОШ №9»" };
        var statuses = new[] { Pyshma, Kotelnikovo, third }.Select(s => SchoolStatuses.Of(s, w.Assignments, w.Submissions, Now)).ToList();
        var world = w.World() with { Schools = new Dictionary<int, School> { [1] = Pyshma, [3] = Kotelnikovo, [5] = third } };

        var o = MunicipalityOverview.Of(statuses, WaitingReview.All(world, Now), TimeSpan.FromDays(3));

        Assert.Equal(3, o.Schools);
        Assert.Equal([new StageCount("diagnostics", 1, 1), new StageCount("concept-docs", 1, 1)], o.ByStage);
        Assert.Equal(1, o.WithoutRoadmap);
        Assert.Equal(2, o.SchoolsWithOverdue);
        Assert.Equal(2, o.WaitingReviews);
        var load = Assert.Single(o.ByReviewer);
        Assert.Equal(("curator-1", 2, 1), (load.Reviewer.Id, load.Waiting, load.Late));
    }

    [Theory]
    [InlineData("coord", StatusView.Coordinator)]
    [InlineData("curator+team", StatusView.Curator)]
    [InlineData("team", StatusView.SchoolTeam)]
    [InlineData("teacher", StatusView.Teacher)]
    [InlineData("parent", StatusView.NoDocuments)]
    [InlineData("student", StatusView.NoDocuments)]
    [InlineData("nobody", StatusView.None)]
    public void Each_role_has_its_view(string who, StatusView view) => Assert.Equal(view, StatusAccess.ViewOf(Who(who)));

    [Theory]
    [InlineData("coord", true, true)]
    [InlineData("other coord", false, false)]
    [InlineData("curator+team", true, true)]
    [InlineData("team", true, true)]
    [InlineData("teacher", false, true)]
    [InlineData("parent", false, false)]
    [InlineData("reviewer after handover", true, true)]
    public void Details_are_for_staff_of_the_school_teachers_see_the_summary(string who, bool details, bool summary)
    {
        var a = new[] { Templates.Assigned() with { ReviewerId = "handed" } };

        Assert.Equal(details, StatusAccess.CanSeeDetails(Who(who), Pyshma, a));
        Assert.Equal(summary, StatusAccess.CanSeeSummary(Who(who), Pyshma, a));
    }

    private static Participant Who(string who) => who switch
    {
        "coord" => CoordP,
        "other coord" => CoordK,
        "curator+team" => Person("x", At(Role.Curator, 1), At(Role.SchoolTeam, 1)),
        "team" => TeamP,
        "teacher" => TeacherP,
        "parent" => Person("parent", new RoleGrant { Role = Role.Parent, SchoolIds = [1], Grade = 9 }),
        "student" => Person("student", new RoleGrant { Role = Role.Student, SchoolIds = [1], Grade = 9 }),
        "reviewer after handover" => Person("handed", At(Role.Curator, 3)),
        _ => Person("nobody"),
    };
}
