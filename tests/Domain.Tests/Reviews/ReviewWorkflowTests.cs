using SchoolSupport.Domain.Reviews;

namespace SchoolSupport.Domain.Tests.Reviews;

/// <summary>Every (state, trigger) pair of the review workflow: the next state, or why it is refused.</summary>
public sealed class ReviewWorkflowTests
{
    private const string Comment = "Добавьте сроки мероприятий";

    [Theory]
    [InlineData(ReviewState.NotSubmitted, ReviewTrigger.Submit, ReviewState.Submitted, null)]
    [InlineData(ReviewState.NotSubmitted, ReviewTrigger.Accept, ReviewState.NotSubmitted, ReviewRefusal.NotSubmittedYet)]
    [InlineData(ReviewState.NotSubmitted, ReviewTrigger.Return, ReviewState.NotSubmitted, ReviewRefusal.NotSubmittedYet)]
    [InlineData(ReviewState.NotSubmitted, ReviewTrigger.Resubmit, ReviewState.NotSubmitted, ReviewRefusal.NotSubmittedYet)]
    [InlineData(ReviewState.Submitted, ReviewTrigger.Submit, ReviewState.Submitted, ReviewRefusal.AlreadyOnReview)]
    [InlineData(ReviewState.Submitted, ReviewTrigger.Accept, ReviewState.Accepted, null)]
    [InlineData(ReviewState.Submitted, ReviewTrigger.Return, ReviewState.Returned, null)]
    [InlineData(ReviewState.Submitted, ReviewTrigger.Resubmit, ReviewState.Submitted, ReviewRefusal.AlreadyOnReview)]
    [InlineData(ReviewState.Resubmitted, ReviewTrigger.Submit, ReviewState.Resubmitted, ReviewRefusal.AlreadyOnReview)]
    [InlineData(ReviewState.Resubmitted, ReviewTrigger.Accept, ReviewState.Accepted, null)]
    [InlineData(ReviewState.Resubmitted, ReviewTrigger.Return, ReviewState.Returned, null)]
    [InlineData(ReviewState.Resubmitted, ReviewTrigger.Resubmit, ReviewState.Resubmitted, ReviewRefusal.AlreadyOnReview)]
    [InlineData(ReviewState.Returned, ReviewTrigger.Submit, ReviewState.Returned, ReviewRefusal.AlreadySubmitted)]
    [InlineData(ReviewState.Returned, ReviewTrigger.Accept, ReviewState.Returned, ReviewRefusal.AlreadyReturned)]
    [InlineData(ReviewState.Returned, ReviewTrigger.Return, ReviewState.Returned, ReviewRefusal.AlreadyReturned)]
    [InlineData(ReviewState.Returned, ReviewTrigger.Resubmit, ReviewState.Resubmitted, null)]
    [InlineData(ReviewState.Accepted, ReviewTrigger.Submit, ReviewState.Accepted, ReviewRefusal.AlreadyAccepted)]
    [InlineData(ReviewState.Accepted, ReviewTrigger.Accept, ReviewState.Accepted, ReviewRefusal.AlreadyAccepted)]
    [InlineData(ReviewState.Accepted, ReviewTrigger.Return, ReviewState.Accepted, ReviewRefusal.AlreadyAccepted)]
    [InlineData(ReviewState.Accepted, ReviewTrigger.Resubmit, ReviewState.Accepted, ReviewRefusal.AlreadyAccepted)]
    public void Every_state_and_trigger_pair_has_one_outcome(ReviewState state, ReviewTrigger trigger, ReviewState next, ReviewRefusal? refusal)
    {
        var step = ReviewWorkflow.Next(state, trigger, Comment);

        Assert.Equal(next, step.State);
        Assert.Equal(refusal, step.Refusal);
    }

    [Fact]
    public void The_table_above_covers_every_pair()
    {
        var pairs = Enum.GetValues<ReviewState>().SelectMany(s => Enum.GetValues<ReviewTrigger>().Select(t => (s, t))).Count();

        Assert.Equal(20, pairs);
    }

    [Theory]
    [InlineData(null, ReviewRefusal.CommentRequired)]
    [InlineData("   ", ReviewRefusal.CommentRequired)]
    [InlineData("ок", ReviewRefusal.CommentTooShort)]
    [InlineData(" да ", ReviewRefusal.CommentTooShort)]
    [InlineData("нет", null)]
    public void A_return_needs_a_comment_of_at_least_three_characters(string? comment, ReviewRefusal? refusal)
    {
        var step = ReviewWorkflow.Next(ReviewState.Submitted, ReviewTrigger.Return, comment);

        Assert.Equal(refusal, step.Refusal);
        Assert.Equal(refusal is null ? ReviewState.Returned : ReviewState.Submitted, step.State);
    }

    [Theory]
    [InlineData(ReviewTrigger.Return)]
    [InlineData(ReviewTrigger.Accept)]
    public void Comments_longer_than_a_thousand_characters_are_refused(ReviewTrigger trigger)
    {
        Assert.Null(ReviewWorkflow.Next(ReviewState.Submitted, trigger, new string('я', 1000)).Refusal);
        Assert.Equal(ReviewRefusal.CommentTooLong, ReviewWorkflow.Next(ReviewState.Submitted, trigger, new string('я', 1001)).Refusal);
    }

    [Fact]
    public void Accepting_needs_no_comment() =>
        Assert.Equal(ReviewState.Accepted, ReviewWorkflow.Next(ReviewState.Resubmitted, ReviewTrigger.Accept).State);

    [Fact]
    public void A_state_refusal_comes_before_a_comment_refusal() =>
        Assert.Equal(ReviewRefusal.AlreadyAccepted, ReviewWorkflow.Next(ReviewState.Accepted, ReviewTrigger.Return, null).Refusal);

    [Theory]
    [InlineData(ReviewState.NotSubmitted, "Submit")]
    [InlineData(ReviewState.Submitted, "Accept,Return")]
    [InlineData(ReviewState.Resubmitted, "Accept,Return")]
    [InlineData(ReviewState.Returned, "Resubmit")]
    [InlineData(ReviewState.Accepted, "")]
    public void Allowed_triggers_derive_the_buttons(ReviewState state, string triggers) =>
        Assert.Equal(triggers, string.Join(',', ReviewWorkflow.Allowed(state)));

    [Theory]
    [InlineData(ReviewState.NotSubmitted, ReviewTrigger.Submit)]
    [InlineData(ReviewState.Returned, ReviewTrigger.Resubmit)]
    [InlineData(ReviewState.Submitted, ReviewTrigger.Resubmit)]
    public void An_upload_means_submit_first_and_resubmit_after(ReviewState state, ReviewTrigger trigger) =>
        Assert.Equal(trigger, ReviewWorkflow.UploadTrigger(state));
}
