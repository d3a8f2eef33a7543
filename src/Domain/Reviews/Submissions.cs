namespace SchoolSupport.Domain.Reviews;

/// <summary>The result of an action on a submission: the new submission, or why nothing changed.</summary>
public sealed record SubmissionResult(Submission? Submission, ReviewRefusal? Refusal)
{
    public bool IsOk => Refusal is null;

    public static SubmissionResult Ok(Submission s) => new(s, null);

    public static SubmissionResult No(ReviewRefusal why) => new(null, why);
}

/// <summary>What happens to a submission, as pure functions over <see cref="ReviewWorkflow"/>.</summary>
public static class Submissions
{
    /// <summary>A submission with nothing sent yet, for a slot that has none.</summary>
    public static Submission New(string id, string assignmentId, int schoolId, string stageId, string deliverableKey) => new()
    {
        Id = id,
        AssignmentId = assignmentId,
        SchoolId = schoolId,
        StageId = stageId,
        DeliverableKey = deliverableKey,
    };

    /// <summary>
    /// A school's upload: the first version (state NotSubmitted) or a new version of a returned document.
    /// The file must already be stored at <see cref="SubmissionVersion.StoredPath"/>. <paramref name="reviewerId"/>
    /// is the assignment's current reviewer (null = the school's curators).
    /// </summary>
    public static SubmissionResult Upload(Submission s, SubmissionVersion version, string? reviewerId)
    {
        var trigger = ReviewWorkflow.UploadTrigger(s.State);
        var step = ReviewWorkflow.Next(s.State, trigger, version.Comment);
        if (!step.IsAllowed) return SubmissionResult.No(step.Refusal!.Value);
        var numbered = version with { Number = s.Versions.Count + 1, Comment = Clean(version.Comment) };
        var kind = trigger == ReviewTrigger.Submit ? ReviewEventKind.Submitted : ReviewEventKind.Resubmitted;
        var e = new ReviewEvent { Kind = kind, By = numbered.SubmittedBy, AtUtc = numbered.SubmittedAtUtc, Version = numbered.Number, Comment = numbered.Comment };
        return SubmissionResult.Ok(s with
        {
            State = step.State,
            ReviewerId = reviewerId,
            Versions = [.. s.Versions, numbered],
            History = [.. s.History, e],
        });
    }

    /// <summary>
    /// A reviewer's decision about <paramref name="version"/> (the version the button or the card named).
    /// Rights are checked before (<see cref="ReviewAccess.WhyCannotDecide"/>).
    /// </summary>
    public static SubmissionResult Decide(Submission s, ReviewTrigger decision, int version, string by, DateTime nowUtc, string? comment)
    {
        if (decision is not (ReviewTrigger.Accept or ReviewTrigger.Return)) throw new ArgumentOutOfRangeException(nameof(decision));
        var step = ReviewWorkflow.Next(s.State, decision, comment);
        if (!step.IsAllowed) return SubmissionResult.No(step.Refusal!.Value);
        if (version != s.CurrentVersion()) return SubmissionResult.No(ReviewRefusal.StaleVersion);
        var kind = decision == ReviewTrigger.Accept ? ReviewEventKind.Accepted : ReviewEventKind.Returned;
        var e = new ReviewEvent { Kind = kind, By = by, AtUtc = nowUtc, Version = version, Comment = Clean(comment) };
        return SubmissionResult.Ok(s with { State = step.State, History = [.. s.History, e] });
    }

    /// <summary>A coordinator hands the review over to <paramref name="reviewerId"/>.</summary>
    public static Submission HandOver(Submission s, string reviewerId, string by, DateTime nowUtc)
    {
        var e = new ReviewEvent
        {
            Kind = ReviewEventKind.HandedOver, By = by, AtUtc = nowUtc, Version = s.CurrentVersion(),
            ReviewerId = reviewerId, PreviousReviewerId = s.ReviewerId,
        };
        return s with { ReviewerId = reviewerId, History = [.. s.History, e] };
    }

    private static string? Clean(string? comment) => string.IsNullOrWhiteSpace(comment) ? null : comment.Trim();
}
