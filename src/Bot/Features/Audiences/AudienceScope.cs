using SchoolSupport.Bot.Storage;
using SchoolSupport.Domain.Audiences;
using SchoolSupport.Domain.Participants;
using SchoolSupport.Domain.Schools;

namespace SchoolSupport.Bot.Features.Audiences;

/// <summary>What the sender may choose from, worked out from their rights on every press.</summary>
internal sealed record AudienceScope(
    Participant Me,
    IReadOnlyList<Role> Roles,
    IReadOnlyList<Municipality> Municipalities,
    IReadOnlyList<School> Schools,
    IReadOnlyList<SchoolFlags> Flags,
    IReadOnlyList<int> Years)
{
    private static readonly SchoolFlags[] AlwaysOffered = [SchoolFlags.LowResults, SchoolFlags.AdverseConditions];

    public bool IsCoordinator => Me.Has(Role.Coordinator);

    public static AudienceScope Of(Participant me, SchoolRepository repository)
    {
        var all = repository.All();
        var schools = AudienceSelection.ScopeSchools(me, all);
        var munis = me.Has(Role.Coordinator)
            ? repository.Municipalities().Where(m => Access.CoordinatesMunicipality(me, m.Id)).ToList()
            : [];
        var flags = Enum.GetValues<SchoolFlags>()
            .Where(f => f != SchoolFlags.None && (AlwaysOffered.Contains(f) || schools.Any(s => s.Flags.HasFlag(f))))
            .ToList();
        var years = schools.Select(s => s.Cohort500Year).OfType<int>().Distinct().Order().ToList();
        return new AudienceScope(me, AudienceSelection.SelectableRoles(me), munis, schools, flags, years);
    }

    /// <summary>Schools listed on the schools screen: those of the chosen municipalities, or all in scope.</summary>
    public IReadOnlyList<School> Listed(Audience a) =>
        a.MunicipalityIds.Count == 0 ? Schools : Schools.Where(s => a.MunicipalityIds.Contains(s.MunicipalityId)).ToList();
}
