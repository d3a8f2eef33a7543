using SchoolSupport.Domain.Participants;
using SchoolSupport.Domain.Reviews;
using SchoolSupport.Domain.Roadmaps;
using SchoolSupport.Domain.Schools;

namespace SchoolSupport.Domain.Nudges;

/// <summary>A document «на проверке», how long it has waited, and who should decide on it.</summary>
public sealed record WaitingReview(Submission Submission, School School, RoadmapAssignment Assignment, DateTime SinceUtc, TimeSpan Age, IReadOnlyList<Participant> Reviewers)
{
    /// <summary>Whole days waited: «ждёт проверки 5 дней».</summary>
    public int Days => NudgeClock.WholeDays(Age);

    /// <summary>The nudge subject of this wait: a new version waits anew.</summary>
    public string Subject => $"{Submission.Id}.v{Submission.CurrentVersion()}";

    /// <summary>Every pending submission whose school and assignment exist, longest waiting first.</summary>
    public static IReadOnlyList<WaitingReview> All(NudgeWorld w, DateTime nowUtc) =>
        w.Pending
            .Where(s => s.WaitingSinceUtc() is not null && w.Schools.ContainsKey(s.SchoolId) && w.Assignments.ContainsKey(s.AssignmentId))
            .Select(s =>
            {
                var school = w.Schools[s.SchoolId];
                var since = s.WaitingSinceUtc()!.Value;
                return new WaitingReview(s, school, w.Assignments[s.AssignmentId], since, nowUtc - since, ReviewRouting.Reviewers(s, school, w.People));
            })
            .OrderBy(r => r.SinceUtc).ThenBy(r => r.Submission.Id, StringComparer.Ordinal)
            .ToList();
}
