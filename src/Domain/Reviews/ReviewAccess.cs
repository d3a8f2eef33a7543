using SchoolSupport.Domain.Participants;
using SchoolSupport.Domain.Schools;

namespace SchoolSupport.Domain.Reviews;

/// <summary>Who may decide on and see a school's documents (beside <see cref="Access"/>).</summary>
public static class ReviewAccess
{
    /// <summary>
    /// Null when <paramref name="p"/> may accept or return the submission: a coordinator of the school's
    /// municipality, the curator the reviews were handed over to, or (without a handover) a curator of the
    /// school; never the person who sent the version on review.
    /// </summary>
    public static ReviewRefusal? WhyCannotDecide(Participant p, School school, Submission s)
    {
        if (s.Latest()?.SubmittedBy == p.Id) return ReviewRefusal.OwnSubmission;
        if (Access.CoordinatesSchool(p, school)) return null;
        if (s.ReviewerId is { } reviewer)
            return reviewer == p.Id ? null : Access.IsCuratorOf(p, school.Id) ? ReviewRefusal.HandedOver : ReviewRefusal.NotReviewer;
        return Access.IsCuratorOf(p, school.Id) ? null : ReviewRefusal.NotReviewer;
    }

    public static bool CanDecide(Participant p, School school, Submission s) => WhyCannotDecide(p, school, s) is null;

    /// <summary>The school's people, its curators and reviewers, coordinators of its municipality and everyone who sent a version.</summary>
    public static bool CanSee(Participant p, School school, Submission s) =>
        Access.CoordinatesSchool(p, school) || Access.OwnSchoolIds(p, Role.SchoolTeam, Role.Curator).Contains(school.Id)
        || s.ReviewerId == p.Id || s.Versions.Any(v => v.SubmittedBy == p.Id);

    /// <summary>A coordinator hands a curator's reviews to another curator.</summary>
    public static bool CanHandOver(Participant coordinator, Participant away, Participant replacement) =>
        coordinator.Has(Role.Coordinator) && away.Id != replacement.Id && replacement.Has(Role.Curator);
}
