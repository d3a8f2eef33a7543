using SchoolSupport.Domain.Reviews;
using SchoolSupport.Domain.Roadmaps;
using SchoolSupport.Domain.Tests.Roadmaps;
using static SchoolSupport.Domain.Tests.Reviews.People;

namespace SchoolSupport.Domain.Tests.Reviews;

public sealed class HandoverTests
{
    private static readonly RoadmapAssignment[] Assignments = [Templates.Assigned(1, id: "a1"), Templates.Assigned(2, id: "a2"), Templates.Assigned(3, id: "a3")];

    [Fact]
    public void Pending_reviews_of_the_away_curators_schools_in_scope_move_to_the_replacement()
    {
        var pending = Sent(schoolId: 1) with { AssignmentId = "a1" };
        var accepted = Submissions.Decide(Sent(schoolId: 1) with { Id = "done", AssignmentId = "a1" }, ReviewTrigger.Accept, 1, "curator-1", T0, null).Submission!;
        var otherSchool = Sent(schoolId: 2) with { Id = "other", AssignmentId = "a2" };

        var plan = Handover.Plan(Who("vpyshma coordinator"), Who("curator of 1"), Who("curator of 2"), AllSchools, Assignments, [pending, accepted, otherSchool], T0);

        Assert.Equal([1], plan.Schools.Select(s => s.Id));
        Assert.Equal(["a1"], plan.Assignments.Select(a => a.Id));
        Assert.All(plan.Assignments, a => Assert.Equal("curator-2", a.ReviewerId));
        var moved = Assert.Single(plan.Submissions);
        Assert.Equal(("abc", "curator-2"), (moved.Id, moved.ReviewerId));
        Assert.Equal(ReviewEventKind.HandedOver, moved.History[^1].Kind);
    }

    [Fact]
    public void Schools_outside_the_coordinators_municipalities_stay_with_their_curator()
    {
        var plan = Handover.Plan(Who("kotelnikovo coordinator"), Who("curator of 1"), Who("curator of 3"), AllSchools, Assignments, [Sent()], T0);

        Assert.True(plan.IsEmpty);
    }

    [Fact]
    public void When_the_curator_is_back_only_their_own_schools_return_to_them()
    {
        var handed = Handover.Plan(Who("vpyshma coordinator"), Who("curator of 1"), Who("curator of 2"), AllSchools, Assignments, [], T0);
        var all = Assignments.Where(a => a.Id != "a1").Concat(handed.Assignments).ToList();
        var waiting = Sent(schoolId: 1, reviewer: "curator-2") with { AssignmentId = "a1" };

        var back = Handover.PlanReturn(Who("vpyshma coordinator"), Who("curator of 1"), AllSchools, all, [waiting], T0);

        Assert.Equal(["a1"], back.Assignments.Select(a => a.Id));
        Assert.Null(back.Assignments[0].ReviewerId);
        Assert.Equal("curator-1", Assert.Single(back.Submissions).ReviewerId);
        Assert.True(Handover.IsHandedAway(Who("curator of 1"), handed.Assignments[0]));
        Assert.False(Handover.IsHandedAway(Who("curator of 2"), Assignments[1]));
    }

    [Fact]
    public void A_curator_who_is_away_hands_over_every_school_they_review_including_ones_handed_to_them()
    {
        var handed = Handover.Plan(Who("vpyshma coordinator"), Who("curator of 1"), Who("curator of 2"), AllSchools, Assignments, [], T0);
        var all = Assignments.Where(a => a.Id != "a1").Concat(handed.Assignments).ToList();

        var onward = Handover.Plan(Who("vpyshma coordinator"), Who("curator of 2"), Who("curator of 1"), AllSchools, all, [], T0);

        Assert.Equal(["a2", "a1"], onward.Assignments.Select(a => a.Id));
    }

    [Fact]
    public void The_curators_to_choose_from_are_those_of_the_coordinators_schools() =>
        Assert.Equal(["curator-1", "curator-2"], Handover.Curators(Who("vpyshma coordinator"), Everyone, AllSchools, Assignments).Select(p => p.Id));
}
