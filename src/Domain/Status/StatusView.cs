using SchoolSupport.Domain.Participants;
using SchoolSupport.Domain.Roadmaps;
using SchoolSupport.Domain.Schools;

namespace SchoolSupport.Domain.Status;

/// <summary>What /status shows a participant; the first role that applies wins, in this order.</summary>
public enum StatusView
{
    /// <summary>Not a participant with a role (cannot happen after onboarding).</summary>
    None = 0,
    /// <summary>The overview of their municipalities: schools by stage, overdue, reviews by curator, chart, XLSX.</summary>
    Coordinator = 1,
    /// <summary>Their schools, one line each, with a button per school.</summary>
    Curator = 2,
    /// <summary>Their school in detail: every document, deadlines, overdue, who acts next.</summary>
    SchoolTeam = 3,
    /// <summary>Their school's stage summary, without documents.</summary>
    Teacher = 4,
    /// <summary>Parents and students: documents are for school staff.</summary>
    NoDocuments = 5,
}

/// <summary>Who sees which status (asked again on every press: button data is never trusted).</summary>
public static class StatusAccess
{
    public static StatusView ViewOf(Participant p) =>
        p.Has(Role.Coordinator) ? StatusView.Coordinator
        : p.Has(Role.Curator) ? StatusView.Curator
        : p.Has(Role.SchoolTeam) ? StatusView.SchoolTeam
        : p.Has(Role.Teacher) ? StatusView.Teacher
        : p.Has(Role.Parent) || p.Has(Role.Student) ? StatusView.NoDocuments
        : StatusView.None;

    /// <summary>
    /// Who sees a school's documents in detail: coordinators of its municipality, its curators, the curator its reviews
    /// were handed over to, its school team.
    /// </summary>
    public static bool CanSeeDetails(Participant p, School school, IReadOnlyList<RoadmapAssignment> assignments) =>
        Access.CoordinatesSchool(p, school) || Access.OwnSchoolIds(p, Role.Curator, Role.SchoolTeam).Contains(school.Id)
        || assignments.Any(a => a.SchoolId == school.Id && a.ReviewerId == p.Id);

    /// <summary>Teachers see their own school's stage summary.</summary>
    public static bool CanSeeSummary(Participant p, School school, IReadOnlyList<RoadmapAssignment> assignments) =>
        CanSeeDetails(p, school, assignments) || Access.OwnSchoolIds(p, Role.Teacher).Contains(school.Id);
}
