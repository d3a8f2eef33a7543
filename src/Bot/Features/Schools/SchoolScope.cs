using SchoolSupport.Bot.Storage;
using SchoolSupport.Domain.Participants;
using SchoolSupport.Domain.Schools;

namespace SchoolSupport.Bot.Features.Schools;

/// <summary>What a participant may manage, asked of <see cref="Access"/> on every step (button data is never trusted).</summary>
internal static class SchoolScope
{
    /// <summary>The municipalities the participant coordinates, of those the bot knows.</summary>
    public static IReadOnlyList<Municipality> Coordinated(Participant p, SchoolRepository schools) =>
        schools.Municipalities().Where(m => Access.CoordinatesMunicipality(p, m.Id)).ToList();

    /// <summary>The municipality, if it exists and the participant may add schools to it.</summary>
    public static Municipality? Managed(Participant p, SchoolRepository schools, string? municipalityId) =>
        municipalityId is { Length: > 0 } id && Access.CanManageSchools(p, id) ? schools.Municipality(id) : null;

    /// <summary>The ids <see cref="SchoolImport"/> accepts for this coordinator: their municipalities, or every one for a regional coordinator.</summary>
    public static IReadOnlySet<string> AllowedIds(Participant p, IReadOnlyList<Municipality> all) =>
        Access.CoordinatedMunicipalities(p) ?? all.Select(m => m.Id).ToHashSet(StringComparer.Ordinal);
}
