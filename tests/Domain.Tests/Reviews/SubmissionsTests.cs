using SchoolSupport.Domain.Reviews;
using static SchoolSupport.Domain.Tests.Reviews.People;

namespace SchoolSupport.Domain.Tests.Reviews;

public sealed class SubmissionsTests
{
    [Fact]
    public void The_first_upload_is_version_one_on_review_with_who_and_when()
    {
        var s = Sent();

        Assert.Equal(ReviewState.Submitted, s.State);
        Assert.Equal(1, s.CurrentVersion());
        var e = Assert.Single(s.History);
        Assert.Equal((ReviewEventKind.Submitted, "team-1", T0, 1), (e.Kind, e.By, e.AtUtc, e.Version));
        Assert.Equal(T0, s.WaitingSinceUtc());
        Assert.Equal(TimeSpan.FromHours(5), s.WaitingAge(T0.AddHours(5)));
    }

    [Fact]
    public void Return_then_resubmit_then_accept_keeps_every_version_and_every_step()
    {
        var returned = Submissions.Decide(Sent(), ReviewTrigger.Return, 1, "curator-1", T0.AddHours(1), " Нет сроков ").Submission!;
        var resubmitted = Submissions.Upload(returned, Version("team-1b", T0.AddDays(1), "Сроки добавлены"), null).Submission!;
        var accepted = Submissions.Decide(resubmitted, ReviewTrigger.Accept, 2, "curator-1", T0.AddDays(2), null).Submission!;

        Assert.Equal(ReviewState.Returned, returned.State);
        Assert.Null(returned.WaitingSinceUtc());
        Assert.Equal(ReviewState.Resubmitted, resubmitted.State);
        Assert.Equal(T0.AddDays(1), resubmitted.WaitingSinceUtc());
        Assert.Equal(ReviewState.Accepted, accepted.State);
        Assert.Equal([1, 2], accepted.Versions.Select(v => v.Number));
        Assert.Equal(
            [ReviewEventKind.Submitted, ReviewEventKind.Returned, ReviewEventKind.Resubmitted, ReviewEventKind.Accepted],
            accepted.History.Select(e => e.Kind));
        Assert.Equal("Нет сроков", accepted.History[1].Comment);
        Assert.Equal("Сроки добавлены", accepted.History[2].Comment);
        Assert.Equal("team-1b", accepted.History[2].By);
        Assert.Equal(accepted.History[3], accepted.LastDecision());
    }

    [Fact]
    public void A_decision_about_an_older_version_is_stale()
    {
        var returned = Submissions.Decide(Sent(), ReviewTrigger.Return, 1, "curator-1", T0, "Нет сроков").Submission!;
        var resubmitted = Submissions.Upload(returned, Version("team-1", T0.AddDays(1)), null).Submission!;

        var result = Submissions.Decide(resubmitted, ReviewTrigger.Accept, 1, "curator-1", T0.AddDays(2), null);

        Assert.Equal(ReviewRefusal.StaleVersion, result.Refusal);
        Assert.Null(result.Submission);
    }

    [Fact]
    public void A_second_decision_says_it_was_already_taken()
    {
        var accepted = Submissions.Decide(Sent(), ReviewTrigger.Accept, 1, "curator-1", T0, null).Submission!;

        Assert.Equal(ReviewRefusal.AlreadyAccepted, Submissions.Decide(accepted, ReviewTrigger.Accept, 1, "coord-vp", T0, null).Refusal);
        Assert.Equal(ReviewRefusal.AlreadyAccepted, Submissions.Decide(accepted, ReviewTrigger.Return, 1, "coord-vp", T0, "Плохо").Refusal);
        Assert.Equal(ReviewRefusal.AlreadyAccepted, Submissions.Upload(accepted, Version("team-1", T0), null).Refusal);
    }

    [Fact]
    public void A_new_upload_while_on_review_is_refused() =>
        Assert.Equal(ReviewRefusal.AlreadyOnReview, Submissions.Upload(Sent(), Version("team-1", T0), null).Refusal);

    [Fact]
    public void An_upload_comment_over_a_thousand_characters_is_refused() =>
        Assert.Equal(ReviewRefusal.CommentTooLong,
            Submissions.Upload(Submissions.New("x", "a", 1, "s", "k"), Version("team-1", T0, new string('a', 1001)), null).Refusal);

    [Fact]
    public void A_handover_names_the_new_reviewer_in_the_history()
    {
        var s = Submissions.HandOver(Sent(reviewer: "curator-1"), "curator-2", "coord-vp", T0.AddHours(3));

        Assert.Equal("curator-2", s.ReviewerId);
        var e = s.History[^1];
        Assert.Equal((ReviewEventKind.HandedOver, "coord-vp", "curator-2", "curator-1"), (e.Kind, e.By, e.ReviewerId, e.PreviousReviewerId));
        Assert.Equal(ReviewState.Submitted, s.State);
    }
}
