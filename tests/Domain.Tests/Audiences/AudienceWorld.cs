using SchoolSupport.Domain.Audiences;
using SchoolSupport.Domain.Messaging;
using SchoolSupport.Domain.Participants;
using SchoolSupport.Domain.Schools;

namespace SchoolSupport.Domain.Tests.Audiences;

/// <summary>
/// A small programme: schools 1 (ШНОР, «500+» 2021) and 2 (ШНСУ) in Верхняя Пышма, 3 (ШНОР, «500+» 2022) in
/// Котельниково, 4 (no flags) in Калининский район, and people named by who they are.
/// </summary>
internal static class AudienceWorld
{
    public const string VPyshma = "vpyshma";
    public const string Kotelnikovo = "kotelnikovo";
    public const string Kalininsky = "kalininsky";

    public static readonly School[] AllSchools =
    [
        new() { Id = 1, Name = "МАОУ «СОШ №1»", MunicipalityId = VPyshma, Flags = SchoolFlags.LowResults, Cohort500Year = 2021 },
        new() { Id = 2, Name = "МАОУ «СОШ №2»", MunicipalityId = VPyshma, Flags = SchoolFlags.AdverseConditions },
        new() { Id = 3, Name = "МКОУ Красноярская СШ", MunicipalityId = Kotelnikovo, Flags = SchoolFlags.LowResults, Cohort500Year = 2022 },
        new() { Id = 4, Name = "МОУ «Калининская СОШ»", MunicipalityId = Kalininsky },
    ];

    public static readonly Participant[] People =
    [
        Person("regional", Coordinator()),
        Person("regional2", Coordinator()),
        Person("vp-coord", Coordinator(VPyshma)),
        Person("vp-coord2", Coordinator(VPyshma)),
        Person("kot-coord", Coordinator(Kotelnikovo)),
        Person("team-1", At(Role.SchoolTeam, 1)),
        Person("team-3", At(Role.SchoolTeam, 3)),
        Person("curator-13", At(Role.Curator, 1, 3)),
        Person("teacher-1", At(Role.Teacher, 1)),
        Person("teacher-2", At(Role.Teacher, 2)),
        Person("teacher-3", At(Role.Teacher, 3)),
        Person("teacher-4", At(Role.Teacher, 4)),
        Person("parent-1", At(Role.Parent, 1) with { Grade = 6 }),
        Person("student-1", At(Role.Student, 1) with { Grade = 9 }) with { Consents = [Consent(withParents: true)] },
        Person("student-nobasis", At(Role.Student, 1) with { Grade = 9 }),
        Person("blocked-2", At(Role.Teacher, 2)) with { UnreachableSinceUtc = new DateTime(2026, 11, 1, 0, 0, 0, DateTimeKind.Utc) },
        Person("noconsent-1", At(Role.Teacher, 1)) with { Consents = [] },
        Person("nochannel-1", At(Role.Teacher, 1)) with { Identities = [] },
    ];

    public static Participant Who(string id) => People.Single(p => p.Id == id);

    /// <summary>"roles=Teacher,Parent; munis=vpyshma; schools=1; flags=LowResults; years=2021" (empty = everyone).</summary>
    public static Audience Parse(string spec)
    {
        var a = new Audience();
        foreach (var part in spec.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var (key, values) = (part.Split('=')[0], part.Split('=')[1].Split(',', StringSplitOptions.TrimEntries));
            a = key switch
            {
                "roles" => a with { Roles = [.. values.Select(Enum.Parse<Role>)] },
                "munis" => a with { MunicipalityIds = values },
                "schools" => a with { SchoolIds = [.. values.Select(int.Parse)] },
                "flags" => a with { Flags = values.Select(Enum.Parse<SchoolFlags>).Aggregate(SchoolFlags.None, (x, y) => x | y) },
                "years" => a with { Cohort500Years = [.. values.Select(int.Parse)] },
                _ => throw new ArgumentException(key),
            };
        }
        return a;
    }

    private static Participant Person(string id, params RoleGrant[] roles) => new()
    {
        Id = id,
        Roles = roles,
        Identities = [new ChannelIdentity("telegram", id.GetHashCode(StringComparison.Ordinal), id.GetHashCode(StringComparison.Ordinal))],
        Consents = [Consent(withParents: false)],
    };

    private static ConsentRecord Consent(bool withParents) => new()
    {
        Kind = ConsentKind.PersonalData,
        TextVersion = "1",
        Basis = withParents ? new ParentalConsentBasis { Source = "school", ConfirmedBy = "team-1" } : null,
    };

    private static RoleGrant Coordinator(params string[] municipalityIds) => new() { Role = Role.Coordinator, MunicipalityIds = municipalityIds };

    private static RoleGrant At(Role role, params int[] schoolIds) => new() { Role = role, SchoolIds = schoolIds };
}
