using SchoolSupport.Domain.Participants;
using SchoolSupport.Domain.Roadmaps;
using SchoolSupport.Domain.Schools;

namespace SchoolSupport.Domain.Reviews;

/// <summary>Who hears about a document: reviewers when it is sent, the responsible people when it is decided.</summary>
public static class ReviewRouting
{
    /// <summary>
    /// Who reviews the submission now: the curator it was handed over to; otherwise the school's curators;
    /// when the school has none (or only the sender), the coordinators of its municipality. Never the sender.
    /// </summary>
    public static IReadOnlyList<Participant> Reviewers(Submission s, School school, IReadOnlyList<Participant> everyone)
    {
        var sender = s.Latest()?.SubmittedBy;
        if (s.ReviewerId is { } id && id != sender && everyone.FirstOrDefault(p => p.Id == id) is { } assigned) return [assigned];
        var curators = CuratorsOf(school, everyone).Where(p => p.Id != sender).ToList();
        if (curators.Count > 0) return curators;
        return everyone.Where(p => p.Id != sender && Access.CoordinatesSchool(p, school)).ToList();
    }

    /// <summary>The people who send a stage's documents at this school (told of decisions and deadline changes).</summary>
    public static IReadOnlyList<Participant> Responsible(School school, StageTemplate stage, IReadOnlyList<Participant> everyone) =>
        everyone.Where(p => RoadmapAccess.IsResponsible(p, school, stage)).ToList();

    /// <summary>The school team (директор, заместители) of a school.</summary>
    public static IReadOnlyList<Participant> SchoolTeam(int schoolId, IReadOnlyList<Participant> everyone) =>
        everyone.Where(p => Access.IsSchoolTeamOf(p, schoolId)).ToList();

    public static IReadOnlyList<Participant> CuratorsOf(School school, IReadOnlyList<Participant> everyone) =>
        everyone.Where(p => Access.IsCuratorOf(p, school.Id)).ToList();
}
