namespace SchoolSupport.Domain.Reviews;

/// <summary>The outcome of a trigger: the next state, or why the trigger is refused.</summary>
public sealed record ReviewStep(ReviewState State, ReviewRefusal? Refusal)
{
    public bool IsAllowed => Refusal is null;
}

/// <summary>
/// The review workflow as one pure transition function (diagram in ReviewWorkflow.md):
/// Submitted → Accepted | Returned; Returned → Resubmitted → Accepted | Returned …
/// A return needs a comment of <see cref="MinReturnComment"/>..<see cref="MaxComment"/> characters; other comments are optional.
/// </summary>
public static class ReviewWorkflow
{
    public const int MinReturnComment = 3;
    public const int MaxComment = 1000;

    public static IReadOnlyList<ReviewTrigger> Triggers { get; } = Enum.GetValues<ReviewTrigger>();

    public static ReviewStep Next(ReviewState state, ReviewTrigger trigger, string? comment = null)
    {
        var step = Step(state, trigger);
        if (!step.IsAllowed) return step;
        return CheckComment(trigger, comment) is { } refusal ? new ReviewStep(state, refusal) : step;
    }

    /// <summary>The triggers allowed in a state (comments aside): they derive the buttons people see.</summary>
    public static IReadOnlyList<ReviewTrigger> Allowed(ReviewState state) =>
        Triggers.Where(t => Step(state, t).IsAllowed).ToList();

    /// <summary>The trigger a school's upload means for a document in <paramref name="state"/>.</summary>
    public static ReviewTrigger UploadTrigger(ReviewState state) =>
        state == ReviewState.NotSubmitted ? ReviewTrigger.Submit : ReviewTrigger.Resubmit;

    public static ReviewRefusal? CheckComment(ReviewTrigger trigger, string? comment)
    {
        var length = comment?.Trim().Length ?? 0;
        if (length > MaxComment) return ReviewRefusal.CommentTooLong;
        if (trigger != ReviewTrigger.Return) return null;
        if (length == 0) return ReviewRefusal.CommentRequired;
        return length < MinReturnComment ? ReviewRefusal.CommentTooShort : null;
    }

    /// <summary>The transition alone, comments aside: to check a press before asking for the comment.</summary>
    public static ReviewStep Step(ReviewState state, ReviewTrigger trigger) => (state, trigger) switch
    {
        (ReviewState.NotSubmitted, ReviewTrigger.Submit) => Ok(ReviewState.Submitted),
        (ReviewState.NotSubmitted, _) => No(state, ReviewRefusal.NotSubmittedYet),

        (ReviewState.Submitted or ReviewState.Resubmitted, ReviewTrigger.Accept) => Ok(ReviewState.Accepted),
        (ReviewState.Submitted or ReviewState.Resubmitted, ReviewTrigger.Return) => Ok(ReviewState.Returned),
        (ReviewState.Submitted or ReviewState.Resubmitted, _) => No(state, ReviewRefusal.AlreadyOnReview),

        (ReviewState.Returned, ReviewTrigger.Resubmit) => Ok(ReviewState.Resubmitted),
        (ReviewState.Returned, ReviewTrigger.Submit) => No(state, ReviewRefusal.AlreadySubmitted),
        (ReviewState.Returned, _) => No(state, ReviewRefusal.AlreadyReturned),

        (ReviewState.Accepted, _) => No(state, ReviewRefusal.AlreadyAccepted),
        _ => throw new ArgumentOutOfRangeException(nameof(state), state, null),
    };

    private static ReviewStep Ok(ReviewState next) => new(next, null);

    private static ReviewStep No(ReviewState state, ReviewRefusal why) => new(state, why);
}
