using SchoolSupport.Domain.Participants;
using SchoolSupport.Domain.Reviews;
using SchoolSupport.Domain.Schools;

namespace SchoolSupport.Domain.Tests.Reviews;

/// <summary>Schools and people the review tests share: school 1 and 2 in Верхняя Пышма, school 3 in Котельниково.</summary>
internal static class People
{
    public static readonly School School1 = new() { Id = 1, Name = "МАОУ «СОШ №7»", MunicipalityId = "vpyshma" };
    public static readonly School School2 = new() { Id = 2, Name = "МАОУ «СОШ №9»", MunicipalityId = "vpyshma" };
    public static readonly School School3 = new() { Id = 3, Name = "МКОУ Семиченская СШ", MunicipalityId = "kotelnikovo" };
    public static readonly School[] AllSchools = [School1, School2, School3];

    public static readonly Dictionary<string, Participant> ByKey = new(StringComparer.Ordinal)
    {
        ["team of 1"] = Person("team-1", At(Role.SchoolTeam, 1)),
        ["second team member of 1"] = Person("team-1b", At(Role.SchoolTeam, 1)),
        ["curator of 1"] = Person("curator-1", At(Role.Curator, 1)),
        ["curator of 2"] = Person("curator-2", At(Role.Curator, 2)),
        ["curator of 3"] = Person("curator-3", At(Role.Curator, 3)),
        ["vpyshma coordinator"] = Person("coord-vp", new RoleGrant { Role = Role.Coordinator, MunicipalityIds = ["vpyshma"] }),
        ["kotelnikovo coordinator"] = Person("coord-kt", new RoleGrant { Role = Role.Coordinator, MunicipalityIds = ["kotelnikovo"] }),
        ["regional coordinator"] = Person("coord-all", new RoleGrant { Role = Role.Coordinator }),
        ["teacher of 1"] = Person("teacher-1", At(Role.Teacher, 1)),
    };

    public static Participant Who(string key) => ByKey[key];

    public static IReadOnlyList<Participant> Everyone => [.. ByKey.Values];

    public static Participant Person(string id, params RoleGrant[] roles) => new() { Id = id, DisplayName = id, Roles = roles };

    public static RoleGrant At(Role role, params int[] schoolIds) => new() { Role = role, SchoolIds = schoolIds };

    public static readonly DateTime T0 = new(2027, 3, 10, 9, 0, 0, DateTimeKind.Utc);

    public static SubmissionVersion Version(string by, DateTime at, string? comment = null) =>
        new() { FileName = "Концепция.pdf", StoredPath = "files/1/abc/1-Концепция.pdf", Size = 1000, SubmittedBy = by, SubmittedAtUtc = at, Comment = comment };

    /// <summary>A document of school 1 sent by its team at <see cref="T0"/>, on review.</summary>
    public static Submission Sent(int schoolId = 1, string by = "team-1", string? reviewer = null) =>
        Submissions.Upload(Submissions.New("abc", "asg", schoolId, "concept-docs", "concept"), Version(by, T0), reviewer).Submission!;
}
