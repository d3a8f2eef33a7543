using SchoolSupport.Domain.Participants;
using SchoolSupport.Domain.Schools;

namespace SchoolSupport.Domain.Audiences;

/// <summary>Resolves an <see cref="Audience"/> against the people and schools the sender may reach.</summary>
public static class AudienceSelection
{
    /// <summary>
    /// A coordinator reaches everyone attached to the municipalities they coordinate (and coordinators of
    /// those municipalities); a school team member reaches the people of their own school. The sender is
    /// never a recipient.
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

    public static SkipReason? SkipReasonOf(Participant p)
    {
        if (p.Identities.Count == 0) return SkipReason.NoChannel;
        if (!p.Consents.Any(c => c.Kind == ConsentKind.PersonalData)) return SkipReason.NoConsent;
        if (p.UnreachableSinceUtc is not null) return SkipReason.Blocked;
        return null;
    }

    private static bool Matches(Audience a, School s) =>
        (a.MunicipalityIds.Count == 0 || a.MunicipalityIds.Contains(s.MunicipalityId))
        && (a.SchoolIds.Count == 0 || a.SchoolIds.Contains(s.Id))
        && (a.Flags == SchoolFlags.None || (s.Flags & a.Flags) != 0)
        && (a.Cohort500Years.Count == 0 || (s.Cohort500Year is { } y && a.Cohort500Years.Contains(y)));

    private static bool Selected(Audience a, Participant sender, Participant p, HashSet<int> schools)
    {
        var schoolFilter = a.MunicipalityIds.Count > 0 || a.SchoolIds.Count > 0 || a.Flags != SchoolFlags.None || a.Cohort500Years.Count > 0;
        foreach (var grant in p.Roles)
        {
            if (a.Roles.Count > 0 && !a.Roles.Contains(grant.Role)) continue;
            if (grant.Role == Role.Coordinator)
            {
                // Fellow coordinators: reachable when their municipalities are in the sender's scope and match the filter.
                if (!sender.Has(Role.Coordinator) || grant.MunicipalityIds.Count == 0) continue;
                var inScope = grant.MunicipalityIds.Where(m => Access.CoordinatesMunicipality(sender, m)).ToList();
                if (inScope.Count == 0) continue;
                if (a.SchoolIds.Count > 0 || a.Flags != SchoolFlags.None || a.Cohort500Years.Count > 0) continue;
                if (a.MunicipalityIds.Count == 0 || inScope.Any(a.MunicipalityIds.Contains)) return true;
                continue;
            }
            if (grant.SchoolIds.Any(schools.Contains)) return true;
            if (!schoolFilter && grant.SchoolIds.Count == 0 && grant.MunicipalityIds.Count > 0 && grant.MunicipalityIds.Any(m => Access.CoordinatesMunicipality(sender, m))) return true;
        }
        return false;
    }
}
