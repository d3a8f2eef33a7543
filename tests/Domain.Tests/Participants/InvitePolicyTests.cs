using SchoolSupport.Domain.Participants;

namespace SchoolSupport.Domain.Tests.Participants;

public sealed class InvitePolicyTests
{
    private const string Code = "Ab0-_zZ9aaaaBBBBcccc1234";
    private static readonly DateTime Now = new(2025, 3, 1, 9, 0, 0, DateTimeKind.Utc);

    private static readonly ParentalConsentBasis SchoolConsent = new()
    {
        Source = "school",
        ConfirmedBy = "team-1",
        ConfirmedAtUtc = Now,
    };

    [Fact]
    public void The_code_length_is_the_base64url_length_of_the_code_bytes() =>
        Assert.Equal(InvitePolicy.CodeLength, Convert.ToBase64String(new byte[InvitePolicy.CodeBytes]).TrimEnd('=').Length);

    [Theory]
    [InlineData("Ab0-_zZ9aaaaBBBBcccc1234", true)]
    [InlineData("AAAAAAAAAAAAAAAAAAAAAAAA", true)]
    [InlineData("------------------------", true)]
    [InlineData("___________0___________9", true)]
    [InlineData(null, false)]
    [InlineData("", false)]
    [InlineData("Ab0-_zZ9aaaaBBBBcccc123", false)]
    [InlineData("Ab0-_zZ9aaaaBBBBcccc12345", false)]
    [InlineData("Ab0-_zZ9aaaaBBBBcccc123=", false)]
    [InlineData("Ab0+/zZ9aaaaBBBBcccc1234", false)]
    [InlineData("Ab0-_zZ9aaaa BBBcccc1234", false)]
    [InlineData(" b0-_zZ9aaaaBBBBcccc1234", false)]
    [InlineData("Ab0-_zZ9aaaaBBBBcccc123\n", false)]
    [InlineData("Ab0-_zZ9aaaaBBBBcccc123.", false)]
    [InlineData("Ab0-_zZ9aaaaBBBBcccc123:", false)]
    [InlineData("Аb0-_zZ9aaaaBBBBcccc1234", false)] // Cyrillic «А» looks Latin
    [InlineData("Ab0-_zZ9aaaaBBBBcccc123٣", false)] // a non-ASCII digit
    [InlineData("Ab0-_zZ9aaaaBBBBcccc123\0", false)]
    public void Is_well_formed(string? code, bool expected) =>
        Assert.Equal(expected, InvitePolicy.IsWellFormed(code));

    [Theory]
    // code, invite exists, revoked minutes ago (null = not revoked), expires in minutes, uses, max uses, expected
    [InlineData(Code, true, null, 60, 0, 1, InviteState.Valid)]
    [InlineData(Code, true, null, 1, 59, 60, InviteState.Valid)]
    [InlineData(null, true, null, 60, 0, 1, InviteState.Malformed)]
    [InlineData("", true, null, 60, 0, 1, InviteState.Malformed)]
    [InlineData("short", true, null, 60, 0, 1, InviteState.Malformed)]
    [InlineData("Ab0-_zZ9aaaaBBBBcccc12345", true, null, 60, 0, 1, InviteState.Malformed)]
    [InlineData("Ab0-_zZ9aaaaBBBBcccc123!", true, null, 60, 0, 1, InviteState.Malformed)]
    [InlineData("Ab0-_zZ9aaaaBBBBcccc123!", false, null, 60, 0, 1, InviteState.Malformed)]
    [InlineData(Code, false, null, 60, 0, 1, InviteState.Unknown)]
    [InlineData(Code, true, 5, 60, 0, 1, InviteState.Revoked)]
    [InlineData(Code, true, 5, -60, 0, 1, InviteState.Revoked)] // revoked wins over expired
    [InlineData(Code, true, 5, -60, 1, 1, InviteState.Revoked)] // ... and over used up
    [InlineData(Code, true, -5, 60, 0, 1, InviteState.Revoked)] // a revocation stamp in the future still counts
    [InlineData(Code, true, null, 0, 0, 1, InviteState.Expired)] // exactly at ExpiresAtUtc
    [InlineData(Code, true, null, -1, 0, 1, InviteState.Expired)]
    [InlineData(Code, true, null, -60, 1, 1, InviteState.Expired)] // expired wins over used up
    [InlineData(Code, true, null, 60, 1, 1, InviteState.UsedUp)]
    [InlineData(Code, true, null, 60, 60, 60, InviteState.UsedUp)]
    [InlineData(Code, true, null, 60, 61, 60, InviteState.UsedUp)]
    [InlineData(Code, true, null, 60, 0, 0, InviteState.UsedUp)]
    public void Check(string? code, bool exists, int? revokedMinutesAgo, int expiresInMinutes, int uses, int maxUses, InviteState expected)
    {
        var invite = exists
            ? new Invite
            {
                Id = Code,
                Role = Role.Teacher,
                SchoolIds = [1],
                CreatedBy = "team-1",
                CreatedAtUtc = Now.AddDays(-1),
                ExpiresAtUtc = Now.AddMinutes(expiresInMinutes),
                Uses = uses,
                MaxUses = maxUses,
                RevokedAtUtc = revokedMinutesAgo is { } m ? Now.AddMinutes(-m) : null,
            }
            : null;

        Assert.Equal(expected, InvitePolicy.Check(code, invite, Now));
    }

    [Fact]
    public void Check_a_second_before_expiry_is_valid_and_at_expiry_is_expired()
    {
        var invite = new Invite { Id = Code, Role = Role.Teacher, CreatedBy = "x", ExpiresAtUtc = Now };

        Assert.Equal(InviteState.Valid, InvitePolicy.Check(Code, invite, Now.AddTicks(-1)));
        Assert.Equal(InviteState.Expired, InvitePolicy.Check(Code, invite, Now));
    }

    [Fact]
    public void A_new_invite_is_single_use_by_default()
    {
        var invite = new Invite { Id = Code, Role = Role.Teacher, CreatedBy = "x" };

        Assert.Equal(1, invite.MaxUses);
        Assert.Equal(0, invite.Uses);
        Assert.Empty(invite.SchoolIds);
        Assert.Empty(invite.MunicipalityIds);
    }

    [Theory]
    [InlineData(Role.Coordinator, 1, 7)]
    [InlineData(Role.Curator, 1, 7)]
    [InlineData(Role.SchoolTeam, 1, 7)]
    [InlineData(Role.Teacher, 1, 7)]
    [InlineData(Role.Parent, 60, 30)]
    [InlineData(Role.Student, 60, 30)]
    public void Staff_invites_are_personal_and_class_links_are_shared(Role role, int maxUses, int lifetimeDays)
    {
        var (uses, lifetime) = InvitePolicy.Defaults(role);

        Assert.Equal(maxUses, uses);
        Assert.Equal(TimeSpan.FromDays(lifetimeDays), lifetime);
    }

    [Theory]
    [InlineData(Role.Coordinator, false)]
    [InlineData(Role.Curator, false)]
    [InlineData(Role.SchoolTeam, false)]
    [InlineData(Role.Teacher, false)]
    [InlineData(Role.Parent, true)]
    [InlineData(Role.Student, true)]
    public void Only_parents_and_students_need_a_grade(Role role, bool expected) =>
        Assert.Equal(expected, InvitePolicy.NeedsGrade(role));

    [Theory]
    [InlineData(6, true)]
    [InlineData(9, true)]
    [InlineData(null, false)]
    [InlineData(0, false)]
    [InlineData(1, false)]
    [InlineData(5, false)]
    [InlineData(7, false)]
    [InlineData(8, false)]
    [InlineData(10, false)]
    [InlineData(11, false)]
    [InlineData(-6, false)]
    [InlineData(int.MaxValue, false)]
    public void Only_grades_6_and_9_are_valid(int? grade, bool expected) =>
        Assert.Equal(expected, InvitePolicy.IsValidGrade(grade));

    [Theory]
    // role, schools, municipalities, grade, consent recorded, expected error (null = valid)
    [InlineData(Role.Coordinator, 0, 1, null, false, null)]
    [InlineData(Role.Coordinator, 0, 3, null, false, null)]
    [InlineData(Role.Coordinator, 0, 0, null, false, "no municipality")]
    [InlineData(Role.Coordinator, 2, 0, null, false, "no municipality")]
    [InlineData(Role.Curator, 1, 0, null, false, null)]
    [InlineData(Role.Curator, 2, 0, null, false, null)]
    [InlineData(Role.Curator, 12, 0, null, false, null)]
    [InlineData(Role.Curator, 0, 0, null, false, "no school")]
    [InlineData(Role.Curator, 0, 1, null, false, "no school")]
    [InlineData(Role.SchoolTeam, 1, 0, null, false, null)]
    [InlineData(Role.SchoolTeam, 0, 0, null, false, "exactly one school")]
    [InlineData(Role.SchoolTeam, 2, 0, null, false, "exactly one school")]
    [InlineData(Role.Teacher, 1, 0, null, false, null)]
    [InlineData(Role.Teacher, 0, 0, null, false, "exactly one school")]
    [InlineData(Role.Teacher, 2, 0, null, false, "exactly one school")]
    [InlineData(Role.Parent, 1, 0, 6, false, null)]
    [InlineData(Role.Parent, 1, 0, 9, false, null)]
    [InlineData(Role.Parent, 1, 0, 9, true, null)]
    [InlineData(Role.Parent, 1, 0, null, false, "grade 6 or 9")]
    [InlineData(Role.Parent, 1, 0, 7, false, "grade 6 or 9")]
    [InlineData(Role.Parent, 0, 0, 6, false, "exactly one school")]
    [InlineData(Role.Parent, 2, 0, 6, false, "exactly one school")]
    [InlineData(Role.Parent, 2, 0, null, false, "exactly one school")] // the school is reported before the grade
    [InlineData(Role.Student, 1, 0, 6, true, null)]
    [InlineData(Role.Student, 1, 0, 9, true, null)]
    [InlineData(Role.Student, 1, 0, 6, false, "parental consent not recorded")]
    [InlineData(Role.Student, 1, 0, 5, true, "grade 6 or 9")]
    [InlineData(Role.Student, 1, 0, null, false, "grade 6 or 9")] // the grade is reported before the consent
    [InlineData(Role.Student, 0, 0, 9, true, "exactly one school")]
    [InlineData(Role.Student, 2, 0, 9, true, "exactly one school")]
    public void Validate_shape(Role role, int schools, int municipalities, int? grade, bool consentRecorded, string? expected) =>
        Assert.Equal(expected, InvitePolicy.ValidateShape(role, schools, municipalities, grade, consentRecorded ? SchoolConsent : null));

    [Theory]
    [InlineData(Role.Coordinator, "", "vpyshma,kotelnikovo", null)]
    [InlineData(Role.Curator, "1,3", "", null)]
    [InlineData(Role.SchoolTeam, "1", "", null)]
    [InlineData(Role.Teacher, "2", "", null)]
    [InlineData(Role.Parent, "1", "", 6)]
    [InlineData(Role.Student, "1", "", 9)]
    public void Grant_carries_the_scope_of_the_invite_and_who_made_it(Role role, string schoolIds, string municipalityIds, int? grade)
    {
        var invite = new Invite
        {
            Id = Code,
            Role = role,
            SchoolIds = Ints(schoolIds),
            MunicipalityIds = Split(municipalityIds),
            Grade = grade,
            CreatedBy = "creator",
            CreatedAtUtc = Now.AddDays(-2),
            ExpiresAtUtc = Now.AddDays(5),
            ParentalConsent = role == Role.Student ? SchoolConsent : null,
        };
        var redeemedAt = Now.AddHours(3);

        var grant = InvitePolicy.Grant(invite, redeemedAt);

        Assert.Equal(role, grant.Role);
        Assert.Equal(Ints(schoolIds), grant.SchoolIds);
        Assert.Equal(Split(municipalityIds), grant.MunicipalityIds);
        Assert.Equal(grade, grant.Grade);
        Assert.Equal(redeemedAt, grant.GrantedAtUtc);
        Assert.Equal("creator", grant.GrantedBy);
    }

    private static readonly RoleGrant Teacher1 = new()
    {
        Role = Role.Teacher,
        SchoolIds = [1],
        GrantedAtUtc = Now,
        GrantedBy = "team-1",
    };

    private static readonly RoleGrant Curator13 = new()
    {
        Role = Role.Curator,
        SchoolIds = [1, 3],
        GrantedAtUtc = Now,
        GrantedBy = "coord",
    };

    private static readonly RoleGrant Parent1Grade6 = new()
    {
        Role = Role.Parent,
        SchoolIds = [1],
        Grade = 6,
        GrantedAtUtc = Now,
        GrantedBy = "team-1",
    };

    private static readonly RoleGrant CoordinatorOfTwo = new()
    {
        Role = Role.Coordinator,
        MunicipalityIds = ["vpyshma", "kotelnikovo"],
        GrantedAtUtc = Now,
        GrantedBy = "regional",
    };

    public static TheoryData<string, RoleGrant> SameScope => new()
    {
        { "the very same grant", Teacher1 },
        { "an equal copy", Teacher1 with { } },
        { "a later redemption of an equal invite", Teacher1 with { GrantedAtUtc = Now.AddDays(3) } },
        { "an equal invite from another person", Teacher1 with { GrantedBy = "vp-coord" } },
        { "the curator's schools in another order", Curator13 with { SchoolIds = [3, 1] } },
        { "the coordinator's municipalities in another order", CoordinatorOfTwo with { MunicipalityIds = ["kotelnikovo", "vpyshma"] } },
        { "the parent grant again", Parent1Grade6 with { GrantedAtUtc = Now.AddMinutes(1) } },
    };

    [Theory]
    [MemberData(nameof(SameScope))]
    public void Merge_of_a_grant_with_the_same_scope_changes_nothing(string description, RoleGrant grant)
    {
        IReadOnlyList<RoleGrant> roles = [Teacher1, Curator13, Parent1Grade6, CoordinatorOfTwo];

        var merged = InvitePolicy.Merge(roles, grant);

        Assert.Same(roles, merged);
        Assert.Equal([Teacher1, Curator13, Parent1Grade6, CoordinatorOfTwo], merged);
        Assert.NotEmpty(description);
    }

    public static TheoryData<string, RoleGrant> OtherScope => new()
    {
        { "another role at the same school", Teacher1 with { Role = Role.SchoolTeam } },
        { "the same role at another school", Teacher1 with { SchoolIds = [2] } },
        { "the same role at one more school", Teacher1 with { SchoolIds = [1, 2] } },
        { "the same school listed twice", Teacher1 with { SchoolIds = [1, 1] } },
        { "the curator with one school fewer", Curator13 with { SchoolIds = [1] } },
        { "the parent of another grade", Parent1Grade6 with { Grade = 9 } },
        { "the parent without a grade", Parent1Grade6 with { Grade = null } },
        { "the coordinator of one municipality", CoordinatorOfTwo with { MunicipalityIds = ["vpyshma"] } },
        { "the coordinator of everything", CoordinatorOfTwo with { MunicipalityIds = [] } },
    };

    [Theory]
    [MemberData(nameof(OtherScope))]
    public void Merge_of_a_grant_with_another_scope_appends_it(string description, RoleGrant grant)
    {
        IReadOnlyList<RoleGrant> roles = [Teacher1, Curator13, Parent1Grade6, CoordinatorOfTwo];

        var merged = InvitePolicy.Merge(roles, grant);

        Assert.Equal([Teacher1, Curator13, Parent1Grade6, CoordinatorOfTwo, grant], merged);
        Assert.Equal(4, roles.Count);
        Assert.NotEmpty(description);
    }

    [Fact]
    public void Merge_into_no_roles_adds_the_grant()
    {
        IReadOnlyList<RoleGrant> roles = [];

        Assert.Equal([Teacher1], InvitePolicy.Merge(roles, Teacher1));
    }

    [Theory]
    [InlineData(Role.Teacher)]
    [InlineData(Role.Parent)]
    [InlineData(Role.Curator)]
    public void Merge_is_idempotent_when_the_same_invite_is_redeemed_twice(Role role)
    {
        var invite = new Invite
        {
            Id = Code,
            Role = role,
            SchoolIds = [1],
            Grade = role == Role.Parent ? 6 : null,
            CreatedBy = "team-1",
        };
        var once = InvitePolicy.Merge([], InvitePolicy.Grant(invite, Now));

        var twice = InvitePolicy.Merge(once, InvitePolicy.Grant(invite, Now.AddMinutes(5)));

        Assert.Same(once, twice);
        var single = Assert.Single(twice);
        Assert.Equal(Now, single.GrantedAtUtc);
    }

    private static int[] Ints(string csv) => [.. Split(csv).Select(int.Parse)];

    private static string[] Split(string csv) => csv.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}
