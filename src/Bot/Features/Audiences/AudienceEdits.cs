using System.Globalization;
using SchoolSupport.Domain.Audiences;
using SchoolSupport.Domain.Participants;
using SchoolSupport.Domain.Schools;

namespace SchoolSupport.Bot.Features.Audiences;

/// <summary>What one press of a picker toggle does to the draft; null when the press is outside the sender's scope.</summary>
internal static class AudienceEdits
{
    public static Audience? Apply(AudienceScope scope, Audience a, string op, string arg)
    {
        int? n = int.TryParse(arg, NumberStyles.None, CultureInfo.InvariantCulture, out var v) ? v : null;
        return op switch
        {
            "all" when scope.IsCoordinator => Audience.EveryoneInScope,
            "ra" => a with { Roles = [] },
            "r" when n is { } r && scope.Roles.Contains((Role)r) => a with { Roles = AudienceDraft.Toggle(a.Roles, (Role)r) },
            "m" when scope.IsCoordinator && Municipality(scope, arg) is { } m => ToggleMunicipality(scope, a, m.Id),
            "s" when scope.IsCoordinator && n is { } id && scope.Listed(a).Any(s => s.Id == id) => a with { SchoolIds = AudienceDraft.Toggle(a.SchoolIds, id) },
            "sc" => a with { SchoolIds = [] },
            "f" when scope.IsCoordinator && n is { } f && scope.Flags.Contains((SchoolFlags)f) => a with { Flags = a.Flags ^ (SchoolFlags)f },
            "y" when scope.IsCoordinator && n is { } y && scope.Years.Contains(y) => a with { Cohort500Years = AudienceDraft.Toggle(a.Cohort500Years, y) },
            _ => null,
        };
    }

    /// <summary>Choosing municipalities drops chosen schools that are no longer in any of them.</summary>
    private static Audience ToggleMunicipality(AudienceScope scope, Audience a, string id)
    {
        var munis = AudienceDraft.Toggle(a.MunicipalityIds, id);
        var kept = a.SchoolIds.Where(s => munis.Count == 0 || scope.Schools.Any(x => x.Id == s && munis.Contains(x.MunicipalityId))).ToList();
        return a with { MunicipalityIds = munis, SchoolIds = kept };
    }

    /// <summary>A municipality by id, or by "#position" when its id was too long for the callback data.</summary>
    private static Municipality? Municipality(AudienceScope scope, string arg) =>
        arg.StartsWith('#') && int.TryParse(arg[1..], NumberStyles.None, CultureInfo.InvariantCulture, out var i) && i < scope.Municipalities.Count
            ? scope.Municipalities[i]
            : scope.Municipalities.FirstOrDefault(m => m.Id == arg);
}
