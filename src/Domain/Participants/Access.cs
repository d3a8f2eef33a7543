using SchoolSupport.Domain.Schools;

namespace SchoolSupport.Domain.Participants;

/// <summary>Every rights decision of domain.md §2, in one place.</summary>
public static class Access
{
    /// <summary>A coordinator's municipalities; null means every municipality (a regional or bootstrap coordinator).</summary>
    public static IReadOnlySet<string>? CoordinatedMunicipalities(Participant p)
    {
        var grants = p.Roles.Where(r => r.Role == Role.Coordinator).ToList();
        if (grants.Count == 0) return new HashSet<string>();
        if (grants.Any(g => g.MunicipalityIds.Count == 0)) return null;
        return grants.SelectMany(g => g.MunicipalityIds).ToHashSet();
    }

    public static bool CoordinatesMunicipality(Participant p, string municipalityId)
    {
        if (!p.Has(Role.Coordinator)) return false;
        var set = CoordinatedMunicipalities(p);
        return set is null || set.Contains(municipalityId);
    }

    public static bool CoordinatesSchool(Participant p, School s) => CoordinatesMunicipality(p, s.MunicipalityId);

    /// <summary>Schools the participant is attached to by a role other than coordinator.</summary>
    public static IEnumerable<int> OwnSchoolIds(Participant p, params Role[] roles) =>
        p.Roles.Where(r => roles.Length == 0 || roles.Contains(r.Role)).SelectMany(r => r.SchoolIds).Distinct();

    public static bool IsSchoolTeamOf(Participant p, int schoolId) => OwnSchoolIds(p, Role.SchoolTeam).Contains(schoolId);

    public static bool IsCuratorOf(Participant p, int schoolId) => OwnSchoolIds(p, Role.Curator).Contains(schoolId);

    /// <summary>Schools whose data the participant may see: coordinated, curated, or their own.</summary>
    public static IReadOnlyList<School> VisibleSchools(Participant p, IEnumerable<School> all) =>
        all.Where(s => CoordinatesSchool(p, s) || OwnSchoolIds(p).Contains(s.Id)).ToList();

    /// <summary>Who may manage the list of schools of a municipality (add, import).</summary>
    public static bool CanManageSchools(Participant p, string municipalityId) => CoordinatesMunicipality(p, municipalityId);

    /// <summary>Roles this participant may invite people to at all.</summary>
    public static IReadOnlyList<Role> InvitableRoles(Participant p)
    {
        if (p.Has(Role.Coordinator))
            return [Role.Coordinator, Role.Curator, Role.SchoolTeam, Role.Teacher, Role.Parent, Role.Student];
        if (p.Has(Role.SchoolTeam))
            return [Role.Teacher, Role.Parent, Role.Student];
        return [];
    }

    /// <summary>May this participant create an invite for <paramref name="role"/> at these schools (or municipalities for coordinators)?</summary>
    public static bool CanInvite(Participant p, Role role, IReadOnlyList<School> schools, IReadOnlyList<string> municipalityIds)
    {
        if (!InvitableRoles(p).Contains(role)) return false;
        if (role == Role.Coordinator)
            return municipalityIds.Count > 0 && municipalityIds.All(m => CoordinatesMunicipality(p, m));
        if (schools.Count == 0) return false;
        return schools.All(s => CoordinatesSchool(p, s) || (role is Role.Teacher or Role.Parent or Role.Student && IsSchoolTeamOf(p, s.Id)));
    }

    /// <summary>May this participant revoke this invite?</summary>
    public static bool CanRevoke(Participant p, Invite invite, IReadOnlyList<School> inviteSchools) =>
        invite.CreatedBy == p.Id || CanInvite(p, invite.Role, inviteSchools, invite.MunicipalityIds);
}
