using SchoolSupport.Domain.Participants;
using SchoolSupport.Domain.Roadmaps;
using SchoolSupport.Domain.Schools;

namespace SchoolSupport.Domain.Reviews;

/// <summary>What a handover changes: the schools, their assignments (new reviewer) and the pending reviews moved.</summary>
public sealed record HandoverPlan(IReadOnlyList<School> Schools, IReadOnlyList<RoadmapAssignment> Assignments, IReadOnlyList<Submission> Submissions)
{
    public bool IsEmpty => Assignments.Count == 0 && Submissions.Count == 0;
}

/// <summary>
/// A curator is away: a coordinator hands the reviews of their schools (within the coordinator's scope) to
/// another curator. Pending reviews move now; the schools' later documents go to the replacement too, until
/// the coordinator hands them back.
/// </summary>
public static class Handover
{
    /// <summary>Does <paramref name="curator"/> review this school's documents now?</summary>
    public static bool Reviews(Participant curator, RoadmapAssignment a) =>
        a.ReviewerId == curator.Id || (a.ReviewerId is null && Access.IsCuratorOf(curator, a.SchoolId));

    public static bool Reviews(Participant curator, Submission s) =>
        s.ReviewerId == curator.Id || (s.ReviewerId is null && Access.IsCuratorOf(curator, s.SchoolId));

    public static HandoverPlan Plan(Participant coordinator, Participant away, Participant replacement,
        IReadOnlyList<School> schools, IReadOnlyList<RoadmapAssignment> assignments, IReadOnlyList<Submission> submissions, DateTime nowUtc)
    {
        if (!ReviewAccess.CanHandOver(coordinator, away, replacement)) return new HandoverPlan([], [], []);
        var inScope = schools.Where(s => Access.CoordinatesSchool(coordinator, s)).ToDictionary(s => s.Id);
        var moved = assignments.Where(a => inScope.ContainsKey(a.SchoolId) && Reviews(away, a))
            .Select(a => a with { ReviewerId = replacement.Id }).ToList();
        var schoolIds = moved.Select(a => a.SchoolId).ToHashSet();
        var pending = submissions.Where(s => s.State.IsPending() && schoolIds.Contains(s.SchoolId) && Reviews(away, s))
            .Select(s => Submissions.HandOver(s, replacement.Id, coordinator.Id, nowUtc)).ToList();
        return new HandoverPlan(schoolIds.Select(id => inScope[id]).ToList(), moved, pending);
    }

    /// <summary>
    /// The curator is back: the schools they curate (in the coordinator's scope) whose reviews were handed to
    /// someone else come back to them, with their pending reviews.
    /// </summary>
    public static HandoverPlan PlanReturn(Participant coordinator, Participant curator,
        IReadOnlyList<School> schools, IReadOnlyList<RoadmapAssignment> assignments, IReadOnlyList<Submission> submissions, DateTime nowUtc)
    {
        if (!coordinator.Has(Role.Coordinator)) return new HandoverPlan([], [], []);
        var inScope = schools.Where(s => Access.CoordinatesSchool(coordinator, s)).ToDictionary(s => s.Id);
        var back = assignments.Where(a => inScope.ContainsKey(a.SchoolId) && IsHandedAway(curator, a))
            .Select(a => a with { ReviewerId = null }).ToList();
        var schoolIds = back.Select(a => a.SchoolId).ToHashSet();
        var pending = submissions.Where(s => s.State.IsPending() && schoolIds.Contains(s.SchoolId) && s.ReviewerId is not null && s.ReviewerId != curator.Id)
            .Select(s => Submissions.HandOver(s, curator.Id, coordinator.Id, nowUtc)).ToList();
        return new HandoverPlan(schoolIds.Select(id => inScope[id]).ToList(), back, pending);
    }

    /// <summary>Is this school of the curator reviewed by someone else after a handover?</summary>
    public static bool IsHandedAway(Participant curator, RoadmapAssignment a) =>
        Access.IsCuratorOf(curator, a.SchoolId) && a.ReviewerId is not null && a.ReviewerId != curator.Id;

    /// <summary>Curators whose reviews a coordinator may hand over: they curate, or review for, a school in scope.</summary>
    public static IReadOnlyList<Participant> Curators(Participant coordinator, IReadOnlyList<Participant> everyone,
        IReadOnlyList<School> schools, IReadOnlyList<RoadmapAssignment> assignments)
    {
        var inScope = schools.Where(s => Access.CoordinatesSchool(coordinator, s)).Select(s => s.Id).ToHashSet();
        var reviewers = assignments.Where(a => inScope.Contains(a.SchoolId) && a.ReviewerId is not null).Select(a => a.ReviewerId!).ToHashSet();
        return everyone.Where(p => p.Has(Role.Curator)
            && (Access.OwnSchoolIds(p, Role.Curator).Any(inScope.Contains) || reviewers.Contains(p.Id))).ToList();
    }
}
