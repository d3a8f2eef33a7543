using SchoolSupport.Domain.Participants;
using SchoolSupport.Domain.Schools;

namespace SchoolSupport.Domain.Audiences;

/// <summary>Resolves an <see cref="Audience"/> against the people and schools the sender may reach.</summary>
public static class AudienceSelection
{
    /// <summary>
    /// A coordinator reaches everyone attached to the schools of the municipalities they coordinate, and fellow
    /// coordinators of those municipalities (a regional coordinator also reaches other regional coordinators);
    /// a school team member reaches the people of their own school. The sender is never a recipient.
    /// </summary>
    public static AudiencePlan Plan(Audience audience, Participant sender, IReadOnlyList<Participant> everyone, IReadOnlyList<School> schools)
    {
        var reachable = ScopeSchools(sender, schools).Select(s => s.Id).ToHashSet();
        var matchingSchools = schools.Where(s => reachable.Contains(s.Id) && Matches(audience, s)).Select(s => s.Id).ToHashSet();
        var recipients = new List<Participant>();
        var skipped = new List<Skipped>();
        foreach (var p in everyone)
        {
            if (p.Id == sender.Id || !Selected(audience, sender, p, matchingSchools)) continue;
            if (SkipReasonOf(p) is { } reason) skipped.Add(new Skipped(p, reason));
            else recipients.Add(p);
        }
        return new AudiencePlan(recipients, skipped);
    }

    /// <summary>Schools a sender may address: all their coordinated schools, or their own school for a school team.</summary>
    public static IReadOnlyList<School> ScopeSchools(Participant sender, IReadOnlyList<School> schools) =>
        schools.Where(s => Access.CoordinatesSchool(sender, s) || Access.IsSchoolTeamOf(sender, s.Id)).ToList();

    public static bool CanBroadcast(Participant p) => p.Has(Role.Coordinator) || p.Has(Role.SchoolTeam);

    /// <summary>Roles a sender may pick: every role for a coordinator, the people of a school for a school team.</summary>
    public static IReadOnlyList<Role> SelectableRoles(Participant sender) =>
        sender.Has(Role.Coordinator) ? [Role.Coordinator, Role.Curator, Role.SchoolTeam, Role.Teacher, Role.Parent, Role.Student]
        : sender.Has(Role.SchoolTeam) ? [Role.SchoolTeam, Role.Curator, Role.Teacher, Role.Parent, Role.Student]
        : [];

    /// <summary>
    /// The audience with everything outside the sender's rights removed (a draft may predate a change of rights,
    /// and button data is never trusted). Only coordinators filter by municipality, school or school attributes.
    /// </summary>
    public static Audience Restrict(Audience a, Participant sender, IReadOnlyList<School> schools)
    {
        var roles = SelectableRoles(sender);
        if (!sender.Has(Role.Coordinator)) return new Audience { Roles = a.Roles.Where(roles.Contains).Distinct().ToList() };
        var scope = ScopeSchools(sender, schools);
        return a with
        {
            Roles = a.Roles.Where(roles.Contains).Distinct().ToList(),
            MunicipalityIds = a.MunicipalityIds.Where(m => Access.CoordinatesMunicipality(sender, m)).Distinct().ToList(),
            SchoolIds = a.SchoolIds.Where(id => scope.Any(s => s.Id == id)).Distinct().ToList(),
            Cohort500Years = a.Cohort500Years.Distinct().ToList(),
        };
    }

    /// <summary>
    /// The school a recipient is counted under in per-school reports: the first of their schools that is in the sender's
    /// scope and matches the audience; null for people attached to no such school (fellow coordinators).
    /// </summary>
    public static int? SchoolOf(Audience audience, Participant sender, Participant p, IReadOnlyList<School> schools)
    {
        var matching = ScopeSchools(sender, schools).Where(s => Matches(audience, s)).Select(s => s.Id).ToHashSet();
        return p.Roles
            .Where(r => r.Role != Role.Coordinator && (audience.Roles.Count == 0 || audience.Roles.Contains(r.Role)))
            .SelectMany(r => r.SchoolIds)
            .Where(matching.Contains)
            .Select(id => (int?)id)
            .FirstOrDefault();
    }

    public static SkipReason? SkipReasonOf(Participant p)
    {
        if (p.Identities.Count == 0) return SkipReason.NoChannel;
        if (!p.Consents.Any(c => c.Kind == ConsentKind.PersonalData)) return SkipReason.NoConsent;
        // A student is reachable only with the parents' consent on record (domain.md §9).
        if (p.Has(Role.Student) && p.Roles.All(r => r.Role == Role.Student) && !p.Consents.Any(c => c.Kind == ConsentKind.PersonalData && c.Basis is not null))
            return SkipReason.NoConsent;
        if (p.UnreachableSinceUtc is not null) return SkipReason.Blocked;
        return null;
    }

    private static bool HasSchoolFilter(Audience a) =>
        a.SchoolIds.Count > 0 || a.Flags != SchoolFlags.None || a.Cohort500Years.Count > 0;

    private static bool Matches(Audience a, School s) =>
        (a.MunicipalityIds.Count == 0 || a.MunicipalityIds.Contains(s.MunicipalityId))
        && (a.SchoolIds.Count == 0 || a.SchoolIds.Contains(s.Id))
        && (a.Flags == SchoolFlags.None || (s.Flags & a.Flags) != 0)
        && (a.Cohort500Years.Count == 0 || (s.Cohort500Year is { } y && a.Cohort500Years.Contains(y)));

    private static bool Selected(Audience a, Participant sender, Participant p, HashSet<int> schools)
    {
        foreach (var grant in p.Roles)
        {
            if (a.Roles.Count > 0 && !a.Roles.Contains(grant.Role)) continue;
            if (grant.Role == Role.Coordinator)
            {
                if (FellowCoordinator(a, sender, grant)) return true;
                continue;
            }
            if (grant.SchoolIds.Any(schools.Contains)) return true;
            if (a.MunicipalityIds.Count == 0 && !HasSchoolFilter(a) && grant.SchoolIds.Count == 0
                && grant.MunicipalityIds.Count > 0 && grant.MunicipalityIds.Any(m => Access.CoordinatesMunicipality(sender, m))) return true;
        }
        return false;
    }

    /// <summary>
    /// Fellow coordinators: reachable by a coordinator when their municipalities are in the sender's scope and match
    /// the municipality filter; school filters do not apply to them (they have no school), so they exclude them.
    /// A regional coordinator (no municipalities = all) is reachable only by another regional coordinator.
    /// </summary>
    private static bool FellowCoordinator(Audience a, Participant sender, RoleGrant grant)
    {
        if (!sender.Has(Role.Coordinator) || HasSchoolFilter(a)) return false;
        if (grant.MunicipalityIds.Count == 0) return a.MunicipalityIds.Count == 0 && Access.CoordinatedMunicipalities(sender) is null;
        var inScope = grant.MunicipalityIds.Where(m => Access.CoordinatesMunicipality(sender, m)).ToList();
        return inScope.Count > 0 && (a.MunicipalityIds.Count == 0 || inScope.Any(a.MunicipalityIds.Contains));
    }
}
