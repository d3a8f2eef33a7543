using SchoolSupport.Domain.Participants;
using SchoolSupport.Domain.Reviews;
using SchoolSupport.Domain.Roadmaps;

namespace SchoolSupport.Domain.Nudges;

/// <summary>
/// Deadline reminders to the people responsible for a stage (the school team, or curators for their stages), on the
/// school's calendar: 7 to 2 days before the deadline date («за неделю»), 1 day before or on the day («завтра» /
/// «сегодня»), and after it («просрочено»). Only documents they must send count: not sent or returned (a document on
/// review waits for the curator, who has the digest). One message per person and day lists every stage due.
/// Catch-up sends only the window the stage is in now: a missed «за неделю» is not sent once «завтра» has come.
/// A stage already overdue when the roadmap was assigned gets no overdue notice (the status shows it).
/// </summary>
public static class DeadlineNudges
{
    public const int WeekBefore = 7;
    public const int DayBefore = 1;

    /// <summary>The reminder window of a stage <paramref name="daysLeft"/> days before its deadline date, if any.</summary>
    public static NudgeKind? Window(int daysLeft) => daysLeft switch
    {
        < 0 => NudgeKind.Overdue,
        <= DayBefore => NudgeKind.DeadlineDay,
        <= WeekBefore => NudgeKind.DeadlineWeek,
        _ => null,
    };

    /// <summary>Days from today (in <paramref name="zone"/>) to the deadline date: 0 on the last day, −1 the day after.</summary>
    public static int DaysLeft(StageDeadline d, DateTime nowUtc, TimeZoneInfo zone) =>
        d.Date.DayNumber - Deadlines.LocalToday(nowUtc, zone).DayNumber;

    /// <param name="submissionsOf">The submissions of an assignment (asked only for assignments with a stage in a window).</param>
    public static IReadOnlyList<DeadlineNudge> Reminders(NudgeWorld w, NudgeSettings s, DateTime nowUtc, Func<RoadmapAssignment, IReadOnlyList<Submission>> submissionsOf)
    {
        var byPerson = new Dictionary<string, (Participant Person, DateOnly Day, List<DeadlineItem> Items, List<NudgeKey> Keys)>(StringComparer.Ordinal);
        foreach (var a in w.Assignments.Values.OrderBy(a => a.Id, StringComparer.Ordinal))
        {
            if (!w.Schools.TryGetValue(a.SchoolId, out var school)) continue;
            var zone = w.SchoolZone(school);
            if (!a.Deadlines.Any(d => Window(DaysLeft(d, nowUtc, zone)) is not null)) continue;
            foreach (var stage in RoadmapProgress.Of(a, submissionsOf(a)))
            {
                if (Item(a, school, stage, nowUtc, zone) is not { } item) continue;
                foreach (var p in ReviewRouting.Responsible(school, stage.Stage, w.People))
                {
                    if (NudgeClock.DueDay(nowUtc, w.ZoneOf(p), s) is not { } today) continue;
                    var key = new NudgeKey(item.Window, p.Id, $"{a.Id}/{stage.Stage.Id}", stage.Deadline.Date);
                    if (w.WasSent(key)) continue;
                    if (!byPerson.TryGetValue(p.Id, out var entry)) byPerson[p.Id] = entry = (p, today, [], []);
                    entry.Items.Add(item);
                    entry.Keys.Add(key);
                }
            }
        }
        return byPerson.Values
            .Select(e => new DeadlineNudge(e.Person, e.Day, e.Items.OrderBy(i => i.DaysLeft).ToList(), e.Keys))
            .ToList();
    }

    private static DeadlineItem? Item(RoadmapAssignment a, Schools.School school, StageProgress stage, DateTime nowUtc, TimeZoneInfo zone)
    {
        if (stage.IsInformational || stage.IsComplete) return null;
        var daysLeft = DaysLeft(stage.Deadline, nowUtc, zone);
        if (Window(daysLeft) is not { } window) return null;
        if (window == NudgeKind.Overdue && stage.Deadline.DueUtc <= a.AssignedAtUtc) return null;
        var owed = stage.Missing.Where(m => m.NextActor == NextActor.Responsible).ToList();
        return owed.Count == 0 ? null : new DeadlineItem(school, a, stage, window, daysLeft, owed);
    }
}
