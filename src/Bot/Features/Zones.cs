using SchoolSupport.Bot.Hosting;
using SchoolSupport.Bot.Storage;
using SchoolSupport.Domain.Participants;
using SchoolSupport.Domain.Schools;

namespace SchoolSupport.Bot.Features;

/// <summary>Which local time to show: the municipality's, else the bot's default zone.</summary>
internal sealed class Zones(SchoolRepository schools, BotOptions options)
{
    public TimeZoneInfo Default { get; } = TimeZoneInfo.FindSystemTimeZoneById(options.TimeZone);

    public TimeZoneInfo ForMunicipality(string? id) =>
        id is not null && schools.Municipality(id) is { } m && TimeZoneInfo.TryFindSystemTimeZoneById(m.TimeZoneId, out var zone) ? zone : Default;

    public TimeZoneInfo ForSchool(School? school) => ForMunicipality(school?.MunicipalityId);

    public TimeZoneInfo ForSchools(IReadOnlyList<int> ids) => ids.Count > 0 ? ForSchool(schools.Get(ids[0])) : Default;

    public TimeZoneInfo ForParticipant(Participant? p)
    {
        if (p is null) return Default;
        var school = p.Roles.SelectMany(r => r.SchoolIds).Select(schools.Get).FirstOrDefault(s => s is not null);
        if (school is not null) return ForSchool(school);
        return ForMunicipality(p.Roles.SelectMany(r => r.MunicipalityIds).FirstOrDefault());
    }
}
