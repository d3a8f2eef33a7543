namespace SchoolSupport.Domain.Roadmaps;

/// <summary>Creating an assignment and changing it: pure functions, the zone comes in as a parameter.</summary>
public static class RoadmapAssignments
{
    public static RoadmapAssignment Create(string id, int schoolId, RoadmapTemplate template, int year, TimeZoneInfo zone, string by, DateTime nowUtc) => new()
    {
        Id = id,
        SchoolId = schoolId,
        Template = template,
        Year = year,
        Deadlines = template.Stages.Select(s => Deadline(s.Id, s.Deadline.For(year), zone)).ToList(),
        AssignedBy = by,
        AssignedAtUtc = nowUtc,
    };

    public static StageDeadline Deadline(string stageId, DateOnly date, TimeZoneInfo zone) =>
        new() { StageId = stageId, Date = date, DueUtc = Deadlines.DueUtc(date, zone) };

    /// <summary>
    /// Moves one stage's deadline to <paramref name="to"/>. Returns null when the assignment has no such stage
    /// or the stage is already due on that date (nothing changes, nobody needs telling).
    /// </summary>
    public static (RoadmapAssignment Assignment, DeadlineChange Change)? MoveDeadline(
        RoadmapAssignment a, string stageId, DateOnly to, TimeZoneInfo zone, string by, DateTime nowUtc)
    {
        var current = a.DeadlineOf(stageId);
        if (current is null || current.Date == to) return null;
        var change = new DeadlineChange { StageId = stageId, From = current.Date, To = to, By = by, AtUtc = nowUtc };
        var deadlines = a.Deadlines.Select(d => d.StageId == stageId ? Deadline(stageId, to, zone) : d).ToList();
        return (a with { Deadlines = deadlines, DeadlineChanges = [.. a.DeadlineChanges, change] }, change);
    }

    /// <summary>Sets the activated risks; per-risk deliverables follow them (<see cref="RoadmapProgress.Slots"/>).</summary>
    public static RoadmapAssignment WithActivatedRisks(RoadmapAssignment a, IReadOnlyList<ActivatedRisk> risks) =>
        a with { ActivatedRisks = risks.DistinctBy(r => r.Id).ToList() };
}
