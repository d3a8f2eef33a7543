using SchoolSupport.Domain.Reviews;
using static SchoolSupport.Domain.Tests.Reviews.People;

namespace SchoolSupport.Domain.Tests.Reviews;

public sealed class ReviewRoutingTests
{
    [Fact]
    public void The_schools_curator_reviews_a_new_document() =>
        Assert.Equal(["curator-1"], ReviewRouting.Reviewers(Sent(), School1, Everyone).Select(p => p.Id));

    [Fact]
    public void After_a_handover_the_replacement_reviews() =>
        Assert.Equal(["curator-2"], ReviewRouting.Reviewers(Sent(reviewer: "curator-2"), School1, Everyone).Select(p => p.Id));

    [Fact]
    public void Without_a_curator_the_coordinators_of_the_municipality_review()
    {
        var withoutCurator = Everyone.Where(p => p.Id != "curator-1").ToList();

        Assert.Equal(["coord-vp", "coord-all"], ReviewRouting.Reviewers(Sent(), School1, withoutCurator).Select(p => p.Id));
    }

    [Fact]
    public void A_curator_who_sent_the_document_does_not_review_it() =>
        Assert.Equal(["coord-vp", "coord-all"], ReviewRouting.Reviewers(Sent(by: "curator-1"), School1, Everyone).Select(p => p.Id));

    [Fact]
    public void The_school_team_hears_the_decisions() =>
        Assert.Equal(["team-1", "team-1b"], ReviewRouting.SchoolTeam(1, Everyone).Select(p => p.Id));
}
