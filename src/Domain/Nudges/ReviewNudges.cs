using SchoolSupport.Domain.Participants;
using SchoolSupport.Domain.Schools;

namespace SchoolSupport.Domain.Nudges;

/// <summary>
/// Nudges about reviews, as pure functions of the world, the settings and the time:
/// <list type="bullet">
/// <item>Digest: every reviewer (<see cref="Reviews.ReviewRouting.Reviewers"/>) with reviews waiting
/// <see cref="NudgeSettings.WaitingDays"/> days or more gets one list a day, after the digest hour; nothing when nothing waits.</item>
/// <item>Escalation: a review waiting <see cref="NudgeSettings.EscalationDays"/> days or more is told to the coordinators
/// of its municipality once (per version).</item>
/// <item>Weekly summary: from the summary day on, once a week, the coordinators get the reviews that were escalated
/// to them before the week began and still wait (after downtime on the summary day it comes later that week).</item>
/// </list>
/// </summary>
public static class ReviewNudges
{
    public const string ReviewsSubject = "reviews";

    public static IReadOnlyList<ReviewNudge> Digests(NudgeWorld w, NudgeSettings s, DateTime nowUtc, IReadOnlyList<WaitingReview>? waiting = null) =>
        (waiting ?? WaitingReview.All(w, nowUtc))
            .Where(r => r.Age >= s.Waiting)
            .SelectMany(r => r.Reviewers.Select(p => (Person: p, Review: r)))
            .GroupBy(x => x.Person.Id, StringComparer.Ordinal)
            .Select(g => Daily(w, s, nowUtc, NudgeKind.Digest, g.First().Person, g.Select(x => x.Review).ToList(), weekly: false))
            .OfType<ReviewNudge>()
            .ToList();

    public static IReadOnlyList<ReviewNudge> Escalations(NudgeWorld w, NudgeSettings s, DateTime nowUtc, IReadOnlyList<WaitingReview>? waiting = null)
    {
        var result = new List<ReviewNudge>();
        foreach (var g in Escalated(w, s, nowUtc, waiting))
        {
            var coordinator = g.First().Person;
            if (NudgeClock.DueDay(nowUtc, w.ZoneOf(coordinator), s) is not { } today) continue;
            var items = g.Select(x => (x.Review, Key: EscalationKey(w, coordinator, x.Review)))
                .Where(x => !w.WasSent(x.Key)).ToList();
            if (items.Count > 0)
                result.Add(new ReviewNudge(NudgeKind.Escalation, coordinator, today, items.Select(x => x.Review).ToList(), items.Select(x => x.Key).ToList()));
        }
        return result;
    }

    public static IReadOnlyList<ReviewNudge> WeeklySummaries(NudgeWorld w, NudgeSettings s, DateTime nowUtc, IReadOnlyList<WaitingReview>? waiting = null) =>
        Escalated(w, s, nowUtc, waiting)
            .Select(g =>
            {
                var coordinator = g.First().Person;
                var zone = w.ZoneOf(coordinator);
                if (NudgeClock.DueDay(nowUtc, zone, s) is not { } today) return null;
                // The week's summary repeats what was escalated to this coordinator before the week began; what is
                // escalated during the week waits for the next summary.
                var week = NudgeClock.WeekStart(today, s.WeeklySummaryDay);
                var before = g.Select(x => x.Review)
                    .Where(r => w.SentAtUtc(EscalationKey(w, coordinator, r)) is { } at && NudgeClock.LocalDay(at, zone) < week).ToList();
                return Daily(w, s, nowUtc, NudgeKind.WeeklySummary, coordinator, before, weekly: true);
            })
            .OfType<ReviewNudge>()
            .ToList();

    /// <summary>An escalation is keyed by the review's version and the local day its wait began: once per wait.</summary>
    public static NudgeKey EscalationKey(NudgeWorld w, Participant coordinator, WaitingReview r) =>
        new(NudgeKind.Escalation, coordinator.Id, r.Subject, NudgeClock.LocalDay(r.SinceUtc, w.SchoolZone(r.School)));

    /// <summary>
    /// The coordinators told about a school's escalations: those of its municipality by name; when it has none,
    /// those who coordinate every municipality.
    /// </summary>
    public static IReadOnlyList<Participant> CoordinatorsFor(School school, IReadOnlyList<Participant> people)
    {
        var all = people.Where(p => Access.CoordinatesSchool(p, school)).ToList();
        var named = all.Where(p => Access.CoordinatedMunicipalities(p) is { } set && set.Contains(school.MunicipalityId)).ToList();
        return named.Count > 0 ? named : all;
    }

    private static IEnumerable<IGrouping<string, (Participant Person, WaitingReview Review)>> Escalated(
        NudgeWorld w, NudgeSettings s, DateTime nowUtc, IReadOnlyList<WaitingReview>? waiting) =>
        (waiting ?? WaitingReview.All(w, nowUtc))
            .Where(r => r.Age >= s.Escalation)
            .SelectMany(r => CoordinatorsFor(r.School, w.People).Select(p => (Person: p, Review: r)))
            .GroupBy(x => x.Person.Id, StringComparer.Ordinal);

    /// <summary>One list per period for one person: today's (or this week's), after the hour, unless already sent.</summary>
    private static ReviewNudge? Daily(NudgeWorld w, NudgeSettings s, DateTime nowUtc, NudgeKind kind, Participant to, IReadOnlyList<WaitingReview> reviews, bool weekly)
    {
        if (reviews.Count == 0 || NudgeClock.DueDay(nowUtc, w.ZoneOf(to), s) is not { } today) return null;
        var day = weekly ? NudgeClock.WeekStart(today, s.WeeklySummaryDay) : today;
        var key = new NudgeKey(kind, to.Id, ReviewsSubject, day);
        return w.WasSent(key) ? null : new ReviewNudge(kind, to, day, reviews.OrderBy(r => r.SinceUtc).ToList(), [key]);
    }
}
