using SchoolSupport.Domain.Participants;
using SchoolSupport.Domain.Schools;

namespace SchoolSupport.Domain.Tests.Participants;

/// <summary>
/// Rights of domain.md §2. People are named by a key so every row reads as a sentence:
/// who, what, where, and whether it is allowed.
/// </summary>
public sealed class AccessTests
{
    private const string VPyshma = "vpyshma";
    private const string Kotelnikovo = "kotelnikovo";
    private const string Kalininsky = "kalininsky";

    /// <summary>Schools 1 and 2 are in Верхняя Пышма, 3 in Котельниково, 4 in Калининский район.</summary>
    private static readonly School[] AllSchools =
    [
        new() { Id = 1, Name = "МАОУ «СОШ №1»", MunicipalityId = VPyshma },
        new() { Id = 2, Name = "МАОУ «СОШ №2»", MunicipalityId = VPyshma },
        new() { Id = 3, Name = "МБОУ «Котельниковская СОШ №3»", MunicipalityId = Kotelnikovo },
        new() { Id = 4, Name = "МОУ «Калининская СОШ»", MunicipalityId = Kalininsky },
    ];

    private static readonly Dictionary<string, Participant> People = new(StringComparer.Ordinal)
    {
        ["regional coordinator"] = Person("regional", Coordinator()),
        ["vpyshma coordinator"] = Person("vp-coord", Coordinator(VPyshma)),
        ["vpyshma+kotelnikovo coordinator"] = Person("two-coord", Coordinator(VPyshma), Coordinator(Kotelnikovo)),
        ["vpyshma coordinator with a second regional grant"] = Person("mixed-coord", Coordinator(VPyshma), Coordinator()),
        ["vpyshma coordinator and school team of 3"] = Person("coord-team", Coordinator(VPyshma), At(Role.SchoolTeam, 3)),
        ["school team of 1"] = Person("team-1", At(Role.SchoolTeam, 1)),
        ["school team of 1 and teacher of 2"] = Person("team-1-teacher-2", At(Role.SchoolTeam, 1), At(Role.Teacher, 2)),
        ["curator of 1 and 3"] = Person("curator", At(Role.Curator, 1, 3)),
        ["teacher of 1"] = Person("teacher-1", At(Role.Teacher, 1)),
        ["parent at 1"] = Person("parent-1", At(Role.Parent, 1) with { Grade = 6 }),
        ["student at 1"] = Person("student-1", At(Role.Student, 1) with { Grade = 9 }),
        ["nobody"] = Person("nobody"),
    };

    private static Participant Person(string id, params RoleGrant[] roles) => new() { Id = id, Roles = roles };

    private static RoleGrant Coordinator(params string[] municipalityIds) => new() { Role = Role.Coordinator, MunicipalityIds = municipalityIds };

    private static RoleGrant At(Role role, params int[] schoolIds) => new() { Role = role, SchoolIds = schoolIds };

    private static Participant Who(string key) => People[key];

    private static School[] Schools(string ids) =>
        [.. Ints(ids).Select(id => AllSchools.Single(s => s.Id == id))];

    private static int[] Ints(string csv) => [.. Split(csv).Select(int.Parse)];

    private static string[] Split(string csv) => csv.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    private static string Csv(IEnumerable<int> ids) => string.Join(',', ids.Order());

    [Theory]
    [InlineData("regional coordinator", null)]
    [InlineData("vpyshma coordinator with a second regional grant", null)]
    [InlineData("vpyshma coordinator", "vpyshma")]
    [InlineData("vpyshma+kotelnikovo coordinator", "kotelnikovo,vpyshma")]
    [InlineData("vpyshma coordinator and school team of 3", "vpyshma")]
    [InlineData("school team of 1", "")]
    [InlineData("curator of 1 and 3", "")]
    [InlineData("nobody", "")]
    public void Coordinated_municipalities_are_null_for_everything_and_a_set_otherwise(string who, string? expected)
    {
        var actual = Access.CoordinatedMunicipalities(Who(who));

        if (expected is null)
        {
            Assert.Null(actual);
        }
        else
        {
            Assert.NotNull(actual);
            Assert.Equal(Split(expected), actual.Order(StringComparer.Ordinal));
        }
    }

    [Theory]
    [InlineData("regional coordinator", VPyshma, true)]
    [InlineData("regional coordinator", Kalininsky, true)]
    [InlineData("regional coordinator", "a-municipality-added-later", true)]
    [InlineData("vpyshma coordinator with a second regional grant", Kalininsky, true)]
    [InlineData("vpyshma coordinator", VPyshma, true)]
    [InlineData("vpyshma coordinator", Kotelnikovo, false)]
    [InlineData("vpyshma coordinator", "VPYSHMA", false)]
    [InlineData("vpyshma coordinator", "", false)]
    [InlineData("vpyshma+kotelnikovo coordinator", VPyshma, true)]
    [InlineData("vpyshma+kotelnikovo coordinator", Kotelnikovo, true)]
    [InlineData("vpyshma+kotelnikovo coordinator", Kalininsky, false)]
    [InlineData("school team of 1", VPyshma, false)]
    [InlineData("curator of 1 and 3", VPyshma, false)]
    [InlineData("teacher of 1", VPyshma, false)]
    [InlineData("parent at 1", VPyshma, false)]
    [InlineData("student at 1", VPyshma, false)]
    [InlineData("nobody", VPyshma, false)]
    public void Coordinates_municipality(string who, string municipalityId, bool expected) =>
        Assert.Equal(expected, Access.CoordinatesMunicipality(Who(who), municipalityId));

    [Theory]
    [InlineData("regional coordinator", 1, true)]
    [InlineData("regional coordinator", 4, true)]
    [InlineData("vpyshma coordinator", 1, true)]
    [InlineData("vpyshma coordinator", 2, true)]
    [InlineData("vpyshma coordinator", 3, false)]
    [InlineData("vpyshma+kotelnikovo coordinator", 3, true)]
    [InlineData("vpyshma+kotelnikovo coordinator", 4, false)]
    [InlineData("vpyshma coordinator and school team of 3", 3, false)]
    [InlineData("school team of 1", 1, false)]
    [InlineData("curator of 1 and 3", 1, false)]
    [InlineData("nobody", 1, false)]
    public void Coordinates_school_by_its_municipality(string who, int schoolId, bool expected) =>
        Assert.Equal(expected, Access.CoordinatesSchool(Who(who), AllSchools.Single(s => s.Id == schoolId)));

    [Theory]
    [InlineData("school team of 1", 1, true)]
    [InlineData("school team of 1", 2, false)]
    [InlineData("school team of 1 and teacher of 2", 1, true)]
    [InlineData("school team of 1 and teacher of 2", 2, false)]
    [InlineData("vpyshma coordinator and school team of 3", 3, true)]
    [InlineData("vpyshma coordinator", 1, false)]
    [InlineData("regional coordinator", 1, false)]
    [InlineData("curator of 1 and 3", 1, false)]
    [InlineData("teacher of 1", 1, false)]
    [InlineData("parent at 1", 1, false)]
    [InlineData("nobody", 1, false)]
    public void Is_school_team_of(string who, int schoolId, bool expected) =>
        Assert.Equal(expected, Access.IsSchoolTeamOf(Who(who), schoolId));

    [Theory]
    [InlineData("curator of 1 and 3", 1, true)]
    [InlineData("curator of 1 and 3", 3, true)]
    [InlineData("curator of 1 and 3", 2, false)]
    [InlineData("school team of 1", 1, false)]
    [InlineData("regional coordinator", 1, false)]
    [InlineData("nobody", 1, false)]
    public void Is_curator_of(string who, int schoolId, bool expected) =>
        Assert.Equal(expected, Access.IsCuratorOf(Who(who), schoolId));

    [Theory]
    [InlineData("school team of 1 and teacher of 2", new Role[0], "1,2")]
    [InlineData("school team of 1 and teacher of 2", new[] { Role.SchoolTeam }, "1")]
    [InlineData("school team of 1 and teacher of 2", new[] { Role.Teacher }, "2")]
    [InlineData("school team of 1 and teacher of 2", new[] { Role.Curator }, "")]
    [InlineData("school team of 1 and teacher of 2", new[] { Role.SchoolTeam, Role.Teacher }, "1,2")]
    [InlineData("curator of 1 and 3", new Role[0], "1,3")]
    [InlineData("curator of 1 and 3", new[] { Role.Curator, Role.SchoolTeam, Role.Teacher }, "1,3")]
    [InlineData("vpyshma coordinator", new Role[0], "")]
    [InlineData("vpyshma coordinator and school team of 3", new Role[0], "3")]
    [InlineData("parent at 1", new[] { Role.Curator, Role.SchoolTeam, Role.Teacher }, "")]
    [InlineData("nobody", new Role[0], "")]
    public void Own_school_ids_are_filtered_by_role_and_distinct(string who, Role[] roles, string expected)
    {
        var actual = Access.OwnSchoolIds(Who(who), roles).ToList();

        Assert.Equal(expected, Csv(actual));
        Assert.Equal(actual.Count, actual.Distinct().Count());
    }

    [Fact]
    public void Own_school_ids_lists_a_school_held_by_two_roles_once()
    {
        var p = Person("both", At(Role.SchoolTeam, 1), At(Role.Teacher, 1, 2));

        Assert.Equal([1, 2], Access.OwnSchoolIds(p).Order());
    }

    [Theory]
    [InlineData("regional coordinator", "1,2,3,4")]
    [InlineData("vpyshma coordinator with a second regional grant", "1,2,3,4")]
    [InlineData("vpyshma coordinator", "1,2")]
    [InlineData("vpyshma+kotelnikovo coordinator", "1,2,3")]
    [InlineData("vpyshma coordinator and school team of 3", "1,2,3")]
    [InlineData("curator of 1 and 3", "1,3")]
    [InlineData("school team of 1", "1")]
    [InlineData("school team of 1 and teacher of 2", "1,2")]
    [InlineData("teacher of 1", "1")]
    [InlineData("parent at 1", "1")]
    [InlineData("student at 1", "1")]
    [InlineData("nobody", "")]
    public void Visible_schools_are_the_coordinated_ones_and_the_own_ones(string who, string expected) =>
        Assert.Equal(expected, Csv(Access.VisibleSchools(Who(who), AllSchools).Select(s => s.Id)));

    [Fact]
    public void Visible_schools_keep_the_order_of_the_given_list()
    {
        School[] reversed = [.. AllSchools.Reverse()];

        Assert.Equal([4, 3, 2, 1], Access.VisibleSchools(Who("regional coordinator"), reversed).Select(s => s.Id));
    }

    [Theory]
    [InlineData("regional coordinator", VPyshma, true)]
    [InlineData("regional coordinator", Kalininsky, true)]
    [InlineData("vpyshma coordinator", VPyshma, true)]
    [InlineData("vpyshma coordinator", Kotelnikovo, false)]
    [InlineData("vpyshma+kotelnikovo coordinator", Kotelnikovo, true)]
    [InlineData("school team of 1", VPyshma, false)]
    [InlineData("curator of 1 and 3", VPyshma, false)]
    [InlineData("teacher of 1", VPyshma, false)]
    [InlineData("nobody", VPyshma, false)]
    public void Only_a_coordinator_of_the_municipality_manages_its_schools(string who, string municipalityId, bool expected) =>
        Assert.Equal(expected, Access.CanManageSchools(Who(who), municipalityId));

    [Theory]
    [InlineData("regional coordinator", "Coordinator,Curator,SchoolTeam,Teacher,Parent,Student")]
    [InlineData("vpyshma coordinator", "Coordinator,Curator,SchoolTeam,Teacher,Parent,Student")]
    [InlineData("vpyshma coordinator and school team of 3", "Coordinator,Curator,SchoolTeam,Teacher,Parent,Student")]
    [InlineData("school team of 1", "Teacher,Parent,Student")]
    [InlineData("school team of 1 and teacher of 2", "Teacher,Parent,Student")]
    [InlineData("curator of 1 and 3", "")]
    [InlineData("teacher of 1", "")]
    [InlineData("parent at 1", "")]
    [InlineData("student at 1", "")]
    [InlineData("nobody", "")]
    public void Invitable_roles(string who, string expected) =>
        Assert.Equal(expected, string.Join(',', Access.InvitableRoles(Who(who))));

    [Theory]
    // A regional coordinator invites anyone anywhere.
    [InlineData("regional coordinator", Role.Coordinator, "", "vpyshma", true)]
    [InlineData("regional coordinator", Role.Coordinator, "", "vpyshma,kalininsky", true)]
    [InlineData("regional coordinator", Role.Coordinator, "", "", false)]
    [InlineData("regional coordinator", Role.Curator, "1,3,4", "", true)]
    [InlineData("regional coordinator", Role.SchoolTeam, "4", "", true)]
    [InlineData("regional coordinator", Role.Teacher, "4", "", true)]
    [InlineData("regional coordinator", Role.Parent, "3", "", true)]
    [InlineData("regional coordinator", Role.Student, "2", "", true)]
    [InlineData("regional coordinator", Role.Curator, "", "", false)]
    [InlineData("regional coordinator", Role.Teacher, "", "vpyshma", false)]
    // A municipal coordinator invites only within their municipality.
    [InlineData("vpyshma coordinator", Role.Coordinator, "", "vpyshma", true)]
    [InlineData("vpyshma coordinator", Role.Coordinator, "", "kotelnikovo", false)]
    [InlineData("vpyshma coordinator", Role.Coordinator, "", "vpyshma,kotelnikovo", false)]
    [InlineData("vpyshma coordinator", Role.Coordinator, "1", "", false)]
    [InlineData("vpyshma coordinator", Role.Curator, "1,2", "", true)]
    [InlineData("vpyshma coordinator", Role.Curator, "1,3", "", false)]
    [InlineData("vpyshma coordinator", Role.SchoolTeam, "1", "", true)]
    [InlineData("vpyshma coordinator", Role.SchoolTeam, "3", "", false)]
    [InlineData("vpyshma coordinator", Role.Teacher, "2", "", true)]
    [InlineData("vpyshma coordinator", Role.Parent, "3", "", false)]
    [InlineData("vpyshma coordinator", Role.Student, "4", "", false)]
    [InlineData("vpyshma+kotelnikovo coordinator", Role.Coordinator, "", "vpyshma,kotelnikovo", true)]
    [InlineData("vpyshma+kotelnikovo coordinator", Role.Curator, "1,3", "", true)]
    [InlineData("vpyshma+kotelnikovo coordinator", Role.Curator, "1,4", "", false)]
    // A coordinator who is also on a school team elsewhere may invite teachers, parents and students there, but not staff.
    [InlineData("vpyshma coordinator and school team of 3", Role.Teacher, "3", "", true)]
    [InlineData("vpyshma coordinator and school team of 3", Role.Parent, "1,3", "", true)]
    [InlineData("vpyshma coordinator and school team of 3", Role.SchoolTeam, "3", "", false)]
    [InlineData("vpyshma coordinator and school team of 3", Role.Curator, "3", "", false)]
    [InlineData("vpyshma coordinator and school team of 3", Role.Coordinator, "", "kotelnikovo", false)]
    // A school team member invites teachers, parents and students of their own school only.
    [InlineData("school team of 1", Role.Teacher, "1", "", true)]
    [InlineData("school team of 1", Role.Parent, "1", "", true)]
    [InlineData("school team of 1", Role.Student, "1", "", true)]
    [InlineData("school team of 1", Role.Teacher, "2", "", false)]
    [InlineData("school team of 1", Role.Teacher, "1,2", "", false)]
    [InlineData("school team of 1", Role.Teacher, "", "", false)]
    [InlineData("school team of 1", Role.SchoolTeam, "1", "", false)]
    [InlineData("school team of 1", Role.Curator, "1", "", false)]
    [InlineData("school team of 1", Role.Coordinator, "", "vpyshma", false)]
    [InlineData("school team of 1 and teacher of 2", Role.Parent, "2", "", false)]
    // Everyone else invites nobody, not even to their own school.
    [InlineData("curator of 1 and 3", Role.Teacher, "1", "", false)]
    [InlineData("curator of 1 and 3", Role.SchoolTeam, "1", "", false)]
    [InlineData("curator of 1 and 3", Role.Curator, "1", "", false)]
    [InlineData("teacher of 1", Role.Teacher, "1", "", false)]
    [InlineData("teacher of 1", Role.Student, "1", "", false)]
    [InlineData("parent at 1", Role.Parent, "1", "", false)]
    [InlineData("parent at 1", Role.Student, "1", "", false)]
    [InlineData("student at 1", Role.Student, "1", "", false)]
    [InlineData("nobody", Role.Teacher, "1", "", false)]
    [InlineData("nobody", Role.Coordinator, "", "vpyshma", false)]
    public void Can_invite(string who, Role role, string schoolIds, string municipalityIds, bool expected) =>
        Assert.Equal(expected, Access.CanInvite(Who(who), role, Schools(schoolIds), Split(municipalityIds)));

    [Theory]
    [InlineData(0)]
    [InlineData(7)]
    [InlineData(-1)]
    public void Nobody_may_invite_to_a_role_that_does_not_exist(int role) =>
        Assert.False(Access.CanInvite(Who("regional coordinator"), (Role)role, Schools("1"), [VPyshma]));

    [Theory]
    // The creator may always revoke their own invite.
    [InlineData("school team of 1", "team-1", Role.Teacher, "1", "", true)]
    [InlineData("vpyshma coordinator", "vp-coord", Role.Curator, "1", "", true)]
    [InlineData("teacher of 1", "teacher-1", Role.Parent, "1", "", true)]
    // Anyone who may invite to that role and scope may revoke it too.
    [InlineData("regional coordinator", "vp-coord", Role.Curator, "1", "", true)]
    [InlineData("vpyshma coordinator", "regional", Role.Teacher, "2", "", true)]
    [InlineData("vpyshma coordinator", "regional", Role.Coordinator, "", "vpyshma", true)]
    [InlineData("vpyshma+kotelnikovo coordinator", "vp-coord", Role.Curator, "1", "", true)]
    [InlineData("school team of 1", "vp-coord", Role.Parent, "1", "", true)]
    // Another coordinator outside the scope may not.
    [InlineData("vpyshma coordinator", "regional", Role.Curator, "3", "", false)]
    [InlineData("vpyshma coordinator", "regional", Role.Curator, "1,3", "", false)]
    [InlineData("vpyshma coordinator", "regional", Role.Coordinator, "", "kotelnikovo", false)]
    [InlineData("vpyshma coordinator", "regional", Role.Coordinator, "", "vpyshma,kotelnikovo", false)]
    // A school team member may not revoke staff invites or invites of another school.
    [InlineData("school team of 1", "vp-coord", Role.SchoolTeam, "1", "", false)]
    [InlineData("school team of 1", "vp-coord", Role.Teacher, "2", "", false)]
    // Strangers may not.
    [InlineData("curator of 1 and 3", "vp-coord", Role.Teacher, "1", "", false)]
    [InlineData("teacher of 1", "team-1", Role.Parent, "1", "", false)]
    [InlineData("parent at 1", "team-1", Role.Parent, "1", "", false)]
    [InlineData("nobody", "vp-coord", Role.Teacher, "1", "", false)]
    public void Can_revoke(string who, string createdBy, Role role, string schoolIds, string municipalityIds, bool expected)
    {
        var invite = new Invite
        {
            Id = "AAAAAAAAAAAAAAAAAAAAAAAA",
            Role = role,
            SchoolIds = Ints(schoolIds),
            MunicipalityIds = Split(municipalityIds),
            CreatedBy = createdBy,
        };

        Assert.Equal(expected, Access.CanRevoke(Who(who), invite, Schools(schoolIds)));
    }
}
