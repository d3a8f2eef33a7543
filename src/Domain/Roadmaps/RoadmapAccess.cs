using SchoolSupport.Domain.Participants;
using SchoolSupport.Domain.Reviews;
using SchoolSupport.Domain.Schools;

namespace SchoolSupport.Domain.Roadmaps;

/// <summary>Rights around roadmaps (beside <see cref="Access"/>): asked again on every press, button data is never trusted.</summary>
public static class RoadmapAccess
{
    /// <summary>Coordinators assign roadmaps to the schools of their municipalities.</summary>
    public static bool CanAssign(Participant p, School school) => Access.CoordinatesSchool(p, school);

    /// <summary>Coordinators move deadlines for their municipalities or one of their schools.</summary>
    public static bool CanMoveDeadlines(Participant p, School school) => Access.CoordinatesSchool(p, school);

    /// <summary>A coordinator of the school or its curator sets the activated risks.</summary>
    public static bool CanSetRisks(Participant p, School school) => Access.CoordinatesSchool(p, school) || Access.IsCuratorOf(p, school.Id);

    /// <summary>Who sends a stage's documents: the role the template makes responsible, at this school.</summary>
    public static bool IsResponsible(Participant p, School school, StageTemplate stage) => stage.Responsible switch
    {
        Role.SchoolTeam => Access.IsSchoolTeamOf(p, school.Id),
        Role.Curator => Access.IsCuratorOf(p, school.Id),
        Role.Coordinator => Access.CoordinatesSchool(p, school),
        _ => false,
    };

    public static ReviewRefusal? WhyCannotSubmit(Participant p, School school, StageTemplate stage) =>
        stage.IsInformational() || !IsResponsible(p, school, stage) ? ReviewRefusal.NotResponsible : null;
}
