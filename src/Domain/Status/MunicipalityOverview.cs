using SchoolSupport.Domain.Nudges;
using SchoolSupport.Domain.Participants;

namespace SchoolSupport.Domain.Status;

/// <summary>Schools at one stage (by title, in roadmap order) and how many of them have something overdue.</summary>
public sealed record StageCount(string Title, int Schools, int WithOverdue);

/// <summary>Reviews waiting for one reviewer, and how many of them longer than the nudge threshold.</summary>
public sealed record ReviewerLoad(Participant Reviewer, int Waiting, int Late);

/// <summary>A coordinator's overview of schools: by stage, overdue, and reviews waiting by curator.</summary>
public sealed record MunicipalityOverview(
    int Schools,
    IReadOnlyList<StageCount> ByStage,
    int WithoutRoadmap,
    int Finished,
    int SchoolsWithOverdue,
    int OverdueItems,
    int WaitingReviews,
    IReadOnlyList<ReviewerLoad> ByReviewer)
{
    /// <param name="waiting">Reviews waiting at these schools (<see cref="WaitingReview.All"/>), with their reviewers.</param>
    /// <param name="late">From how long a wait counts as late (the digest threshold).</param>
    public static MunicipalityOverview Of(IReadOnlyList<SchoolStatus> schools, IReadOnlyList<WaitingReview> waiting, TimeSpan late)
    {
        var ids = schools.Select(s => s.School.Id).ToHashSet();
        var reviews = waiting.Where(r => ids.Contains(r.School.Id)).ToList();
        var byStage = schools.Where(s => s.Current is not null)
            .GroupBy(s => s.Current!.Stage.Title, StringComparer.Ordinal)
            .OrderBy(g => g.Min(s => s.Assignment!.Template.StageIndex(s.Current!.Stage.Id)))
            .ThenBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => new StageCount(g.Key, g.Count(), g.Count(s => s.OverdueItems > 0)))
            .ToList();
        var byReviewer = reviews.SelectMany(r => r.Reviewers.Select(p => (Person: p, Review: r)))
            .GroupBy(x => x.Person.Id, StringComparer.Ordinal)
            .Select(g => new ReviewerLoad(g.First().Person, g.Count(), g.Count(x => x.Review.Age >= late)))
            .OrderByDescending(l => l.Waiting).ThenBy(l => l.Reviewer.DisplayName ?? l.Reviewer.Id, StringComparer.Ordinal)
            .ToList();
        return new MunicipalityOverview(schools.Count, byStage, schools.Count(s => !s.HasRoadmap), schools.Count(s => s.IsFinished),
            schools.Count(s => s.OverdueItems > 0), schools.Sum(s => s.OverdueItems), reviews.Count, byReviewer);
    }
}
