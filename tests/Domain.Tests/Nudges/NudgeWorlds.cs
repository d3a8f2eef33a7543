using SchoolSupport.Domain.Nudges;
using SchoolSupport.Domain.Participants;
using SchoolSupport.Domain.Reviews;
using SchoolSupport.Domain.Roadmaps;
using SchoolSupport.Domain.Schools;
using SchoolSupport.Domain.Tests.Roadmaps;

namespace SchoolSupport.Domain.Tests.Nudges;

/// <summary>
/// A small world for the nudge tables: school 1 in Верхняя Пышма (Asia/Yekaterinburg, UTC+5), school 3 in Котельниково
/// (Europe/Volgograd, UTC+3); their curators, school teams and coordinators; sent keys kept in a set.
/// </summary>
internal sealed class NudgeWorlds
{
    public static readonly TimeZoneInfo Yekaterinburg = TimeZoneInfo.FindSystemTimeZoneById("Asia/Yekaterinburg");
    public static readonly TimeZoneInfo Volgograd = TimeZoneInfo.FindSystemTimeZoneById("Europe/Volgograd");
    public static readonly School Pyshma = new() { Id = 1, Name = "МАОУ «СОШ №7»", MunicipalityId = "vpyshma" };
    public static readonly School Kotelnikovo = new() { Id = 3, Name = "МКОУ Семиченская СШ", MunicipalityId = "kotelnikovo" };

    public static readonly Participant CuratorP = Person("curator-1", At(Role.Curator, 1));
    public static readonly Participant CuratorK = Person("curator-3", At(Role.Curator, 3));
    public static readonly Participant TeamP = Person("team-1", At(Role.SchoolTeam, 1));
    public static readonly Participant TeamK = Person("team-3", At(Role.SchoolTeam, 3));
    public static readonly Participant TeacherP = Person("teacher-1", At(Role.Teacher, 1));
    public static readonly Participant CoordP = Person("coord-vp", new RoleGrant { Role = Role.Coordinator, MunicipalityIds = ["vpyshma"] });
    public static readonly Participant CoordK = Person("coord-kt", new RoleGrant { Role = Role.Coordinator, MunicipalityIds = ["kotelnikovo"] });
    public static readonly Participant Regional = Person("coord-all", new RoleGrant { Role = Role.Coordinator });

    public Dictionary<string, DateTime> Sent { get; } = new(StringComparer.Ordinal);
    public List<Participant> People { get; } = [CuratorP, CuratorK, TeamP, TeamK, TeacherP, CoordP, CoordK, Regional];
    public List<RoadmapAssignment> Assignments { get; } = [];
    public List<Submission> Submissions { get; } = [];

    public static Participant Person(string id, params RoleGrant[] roles) => new() { Id = id, DisplayName = id, Roles = roles };

    public static RoleGrant At(Role role, params int[] schoolIds) => new() { Role = role, SchoolIds = schoolIds };

    public static TimeZoneInfo ZoneOf(School s) => s.MunicipalityId == "vpyshma" ? Yekaterinburg : Volgograd;

    public static TimeZoneInfo ZoneOf(Participant p) =>
        p.Roles.SelectMany(r => r.SchoolIds).Contains(3) || p.Roles.SelectMany(r => r.MunicipalityIds).Contains("kotelnikovo") ? Volgograd
        : p.Roles.Any(r => r.Role == Role.Coordinator && r.MunicipalityIds.Count == 0) ? TimeZoneInfo.FindSystemTimeZoneById("Europe/Moscow")
        : Yekaterinburg;

    /// <summary>The «Тестовая» roadmap of year 2027 for a school, assigned on 1 December 2026.</summary>
    public RoadmapAssignment Assign(School school, string id, DateTime? assignedAt = null)
    {
        var a = RoadmapAssignments.Create(id, school.Id, Templates.Small(), 2027, ZoneOf(school), "coord-vp", assignedAt ?? new DateTime(2026, 12, 1, 0, 0, 0, DateTimeKind.Utc));
        Assignments.Add(a);
        return a;
    }

    /// <summary>A document of the concept stage sent at <paramref name="at"/> (version 1, or more after returns).</summary>
    public Submission Send(RoadmapAssignment a, string key, DateTime at, int versions = 1, string stage = "concept-docs")
    {
        var s = Upload(Domain.Reviews.Submissions.New($"{a.Id}-{key}", a.Id, a.SchoolId, stage, key), at);
        for (var v = 2; v <= versions; v++)
            s = Upload(Domain.Reviews.Submissions.Decide(s, ReviewTrigger.Return, v - 1, "curator-1", at, "Доработать").Submission!, at);
        Submissions.Add(s);
        return s;
    }

    public Submission Decided(RoadmapAssignment a, string key, ReviewTrigger decision, DateTime at, string stage = "concept-docs")
    {
        var s = Upload(Domain.Reviews.Submissions.New($"{a.Id}-{key}", a.Id, a.SchoolId, stage, key), at);
        s = Domain.Reviews.Submissions.Decide(s, decision, 1, "curator-1", at, "Доработать").Submission!;
        Submissions.Add(s);
        return s;
    }

    public NudgeWorld World() => new()
    {
        People = People,
        Schools = new Dictionary<int, School> { [1] = Pyshma, [3] = Kotelnikovo },
        Assignments = Assignments.ToDictionary(a => a.Id, StringComparer.Ordinal),
        Pending = Submissions.Where(s => s.State.IsPending()).ToList(),
        ZoneOf = ZoneOf,
        SchoolZone = ZoneOf,
        SentAtUtc = k => Sent.TryGetValue(k.Value, out var at) ? at : null,
    };

    public IReadOnlyList<Submission> Of(RoadmapAssignment a) => Submissions.Where(s => s.AssignmentId == a.Id).ToList();

    /// <summary>Stores the keys as sent at <paramref name="atUtc"/> (any time before the tests' "now" when not given).</summary>
    public void Mark(IEnumerable<NudgeKey> keys, DateTime? atUtc = null)
    {
        foreach (var k in keys) Sent[k.Value] = atUtc ?? new DateTime(2027, 1, 1, 0, 0, 0, DateTimeKind.Utc);
    }

    public static DateTime Utc(int month, int day, int hour, int minute = 0, int year = 2027) => new(year, month, day, hour, minute, 0, DateTimeKind.Utc);

    private static Submission Upload(Submission s, DateTime at) =>
        Domain.Reviews.Submissions.Upload(s, new SubmissionVersion { FileName = "f.pdf", StoredPath = "files/f.pdf", SubmittedBy = "team-1", SubmittedAtUtc = at }, null).Submission!;
}
