using SchoolSupport.Domain.Reviews;
using SchoolSupport.Domain.Roadmaps;
using SchoolSupport.Domain.Schools;

namespace SchoolSupport.Domain.Status;

/// <summary>
/// Where one school stands on one roadmap (its main one: see <see cref="SchoolStatuses.Main"/>): every stage, the
/// current one, documents accepted of those owed, reviews waiting (all the school's), and what is overdue.
/// </summary>
public sealed record SchoolStatus(
    School School,
    RoadmapAssignment? Assignment,
    IReadOnlyList<StageProgress> Stages,
    StageProgress? Current,
    int Accepted,
    int Total,
    int Waiting,
    int OverdueStages,
    int OverdueItems)
{
    public bool HasRoadmap => Assignment is not null;

    /// <summary>Every stage with documents is complete.</summary>
    public bool IsFinished => HasRoadmap && Current is null;

    public IReadOnlyList<StageProgress> Overdue(DateTime nowUtc) => Stages.Where(s => s.IsOverdue(nowUtc)).ToList();
}

public static class SchoolStatuses
{
    /// <summary>The roadmap a school's status is about: the latest year, then the one assigned first.</summary>
    public static RoadmapAssignment? Main(IReadOnlyList<RoadmapAssignment> assignments) =>
        assignments.OrderByDescending(a => a.Year).ThenBy(a => a.AssignedAtUtc).ThenBy(a => a.Id, StringComparer.Ordinal).FirstOrDefault();

    /// <summary>The status of <paramref name="school"/> from its assignments and submissions (others are ignored).</summary>
    public static SchoolStatus Of(School school, IReadOnlyList<RoadmapAssignment> assignments, IReadOnlyList<Submission> submissions, DateTime nowUtc)
    {
        var mine = submissions.Where(s => s.SchoolId == school.Id).ToList();
        var waiting = mine.Count(s => s.State.IsPending());
        var main = Main(assignments.Where(a => a.SchoolId == school.Id).ToList());
        if (main is null) return new SchoolStatus(school, null, [], null, 0, 0, waiting, 0, 0);
        return For(school, main, mine, waiting, nowUtc);
    }

    /// <summary>The status on one given roadmap.</summary>
    public static SchoolStatus For(School school, RoadmapAssignment a, IReadOnlyList<Submission> submissions, int waiting, DateTime nowUtc)
    {
        var stages = RoadmapProgress.Of(a, submissions);
        var overdue = stages.Where(s => s.IsOverdue(nowUtc)).ToList();
        return new SchoolStatus(school, a, stages,
            stages.FirstOrDefault(s => !s.IsInformational && !s.IsComplete),
            stages.Sum(s => s.AcceptedCount), stages.Sum(s => s.Slots.Count), waiting,
            overdue.Count, overdue.Sum(s => s.Missing.Count));
    }
}
