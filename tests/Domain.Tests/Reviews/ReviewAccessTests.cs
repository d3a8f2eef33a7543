using SchoolSupport.Domain.Reviews;
using static SchoolSupport.Domain.Tests.Reviews.People;

namespace SchoolSupport.Domain.Tests.Reviews;

/// <summary>Who decides on a document of school 1 sent by its team: each row is who, the handover, and the answer.</summary>
public sealed class ReviewAccessTests
{
    [Theory]
    [InlineData("curator of 1", null, null)]
    [InlineData("curator of 2", null, ReviewRefusal.NotReviewer)]
    [InlineData("curator of 3", null, ReviewRefusal.NotReviewer)]
    [InlineData("vpyshma coordinator", null, null)]
    [InlineData("regional coordinator", null, null)]
    [InlineData("kotelnikovo coordinator", null, ReviewRefusal.NotReviewer)]
    [InlineData("team of 1", null, ReviewRefusal.OwnSubmission)]
    [InlineData("second team member of 1", null, ReviewRefusal.NotReviewer)]
    [InlineData("teacher of 1", null, ReviewRefusal.NotReviewer)]
    [InlineData("curator of 2", "curator-2", null)]
    [InlineData("curator of 1", "curator-2", ReviewRefusal.HandedOver)]
    [InlineData("curator of 3", "curator-2", ReviewRefusal.NotReviewer)]
    [InlineData("vpyshma coordinator", "curator-2", null)]
    public void Only_the_schools_curator_the_reviewer_it_was_handed_to_or_a_coordinator_in_scope_decides(string who, string? reviewer, ReviewRefusal? expected) =>
        Assert.Equal(expected, ReviewAccess.WhyCannotDecide(Who(who), School1, Sent(reviewer: reviewer)));

    [Fact]
    public void Nobody_decides_on_their_own_document_not_even_a_coordinator()
    {
        var byCoordinator = Sent(by: "coord-vp");

        Assert.Equal(ReviewRefusal.OwnSubmission, ReviewAccess.WhyCannotDecide(Who("vpyshma coordinator"), School1, byCoordinator));
        Assert.Null(ReviewAccess.WhyCannotDecide(Who("regional coordinator"), School1, byCoordinator));
    }

    [Theory]
    [InlineData("team of 1", true)]
    [InlineData("second team member of 1", true)]
    [InlineData("curator of 1", true)]
    [InlineData("vpyshma coordinator", true)]
    [InlineData("curator of 2", false)]
    [InlineData("kotelnikovo coordinator", false)]
    [InlineData("teacher of 1", false)]
    public void The_history_is_visible_to_the_school_its_curators_and_coordinators(string who, bool visible) =>
        Assert.Equal(visible, ReviewAccess.CanSee(Who(who), School1, Sent()));

    [Fact]
    public void The_curator_it_was_handed_over_to_sees_it() =>
        Assert.True(ReviewAccess.CanSee(Who("curator of 2"), School1, Sent(reviewer: "curator-2")));

    [Theory]
    [InlineData("vpyshma coordinator", "curator of 1", "curator of 2", true)]
    [InlineData("vpyshma coordinator", "curator of 1", "curator of 1", false)]
    [InlineData("vpyshma coordinator", "curator of 1", "team of 1", false)]
    [InlineData("curator of 2", "curator of 1", "curator of 2", false)]
    public void A_coordinator_hands_reviews_to_another_curator(string coordinator, string away, string to, bool allowed) =>
        Assert.Equal(allowed, ReviewAccess.CanHandOver(Who(coordinator), Who(away), Who(to)));
}
