namespace SchoolSupport.Domain.Reviews;

/// <summary>Where one document of a school stands (domain.md §6). See ReviewWorkflow.md for the diagram.</summary>
public enum ReviewState
{
    /// <summary>Nothing sent yet.</summary>
    NotSubmitted = 0,
    /// <summary>«на проверке»: the first version waits for the curator.</summary>
    Submitted = 1,
    /// <summary>«принят».</summary>
    Accepted = 2,
    /// <summary>«на доработке»: the curator returned it with a comment.</summary>
    Returned = 3,
    /// <summary>«на проверке»: a new version after a return waits for the curator.</summary>
    Resubmitted = 4,
}

public enum ReviewTrigger
{
    /// <summary>The school sends the first version.</summary>
    Submit = 1,
    /// <summary>The curator accepts (comment optional).</summary>
    Accept = 2,
    /// <summary>The curator returns it for rework (comment required).</summary>
    Return = 3,
    /// <summary>The school sends a new version after a return.</summary>
    Resubmit = 4,
}

/// <summary>Why an action was refused; the bot says each in Russian (ReviewTexts.Reason).</summary>
public enum ReviewRefusal
{
    NotSubmittedYet = 1,
    AlreadyOnReview = 2,
    AlreadyAccepted = 3,
    AlreadyReturned = 4,
    AlreadySubmitted = 5,
    CommentRequired = 6,
    CommentTooShort = 7,
    CommentTooLong = 8,
    /// <summary>The button is for an older version than the one on review now.</summary>
    StaleVersion = 9,
    /// <summary>Only the school's curator (or a coordinator of its municipality) decides.</summary>
    NotReviewer = 10,
    /// <summary>The school's reviews were handed over to another curator.</summary>
    HandedOver = 11,
    /// <summary>Nobody reviews a document they sent themselves.</summary>
    OwnSubmission = 12,
    /// <summary>Only the people responsible for the stage send its documents.</summary>
    NotResponsible = 13,
    /// <summary>Only the school's people, its reviewers and coordinators see the document.</summary>
    NotVisible = 14,
}

public static class ReviewStates
{
    /// <summary>Waiting for a reviewer («на проверке»).</summary>
    public static bool IsPending(this ReviewState s) => s is ReviewState.Submitted or ReviewState.Resubmitted;
}
