using SchoolSupport.Domain.Participants;
using SchoolSupport.Domain.Schools;

namespace SchoolSupport.Domain.Risks;

/// <summary>Who sees and who verifies a school's risk profile (domain.md §2, §4).</summary>
public static class ProfileAccess
{
    /// <summary>The school team, the school's curator, coordinators of its municipality.</summary>
    public static bool CanSee(Participant p, School school) =>
        Access.IsSchoolTeamOf(p, school.Id) || Access.IsCuratorOf(p, school.Id) || Access.CoordinatesSchool(p, school);

    /// <summary>The school with its curator verifies the risks and activates the working directions.</summary>
    public static bool CanVerify(Participant p, School school) =>
        Access.IsSchoolTeamOf(p, school.Id) || Access.IsCuratorOf(p, school.Id);

    /// <summary>The municipality's heat table and exports: its coordinators.</summary>
    public static bool CanSeeMunicipality(Participant p, string municipalityId) => Access.CoordinatesMunicipality(p, municipalityId);
}
