namespace SchoolSupport.Domain.Participants;

/// <summary>An invitation link: a random code that grants a role at schools (or municipalities) when redeemed.</summary>
public sealed record Invite
{
    /// <summary>The code itself: ≥ 128 random bits in base64url, safe for a deep-link payload.</summary>
    public required string Id { get; init; }
    public required Role Role { get; init; }
    public IReadOnlyList<int> SchoolIds { get; init; } = [];
    public IReadOnlyList<string> MunicipalityIds { get; init; } = [];
    public int? Grade { get; init; }
    public required string CreatedBy { get; init; }
    public DateTime CreatedAtUtc { get; init; }
    public DateTime ExpiresAtUtc { get; init; }
    public int MaxUses { get; init; } = 1;
    public int Uses { get; init; }
    public DateTime? RevokedAtUtc { get; init; }
    /// <summary>For student links: how parental consent was recorded.</summary>
    public ParentalConsentBasis? ParentalConsent { get; init; }
}

public enum InviteState
{
    Valid,
    Malformed,
    Unknown,
    Revoked,
    Expired,
    UsedUp,
}

public static class InvitePolicy
{
    public const int CodeBytes = 18;
    /// <summary>Length of the base64url text of <see cref="CodeBytes"/> random bytes.</summary>
    public const int CodeLength = 24;

    public static readonly TimeSpan StaffLifetime = TimeSpan.FromDays(7);
    public static readonly TimeSpan ClassLinkLifetime = TimeSpan.FromDays(30);
    public const int ClassLinkUses = 60;

    public static bool IsWellFormed(string? code) =>
        code is { Length: CodeLength } && code.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_');

    public static InviteState Check(string? code, Invite? invite, DateTime nowUtc)
    {
        if (!IsWellFormed(code)) return InviteState.Malformed;
        if (invite is null) return InviteState.Unknown;
        if (invite.RevokedAtUtc is not null) return InviteState.Revoked;
        if (nowUtc >= invite.ExpiresAtUtc) return InviteState.Expired;
        if (invite.Uses >= invite.MaxUses) return InviteState.UsedUp;
        return InviteState.Valid;
    }

    /// <summary>Staff invites are personal (one use); class links for parents and students are shared at a meeting.</summary>
    public static (int MaxUses, TimeSpan Lifetime) Defaults(Role role) => role switch
    {
        Role.Parent or Role.Student => (ClassLinkUses, ClassLinkLifetime),
        _ => (1, StaffLifetime),
    };

    public static bool NeedsGrade(Role role) => role is Role.Parent or Role.Student;

    public static bool IsValidGrade(int? grade) => grade is 6 or 9;

    /// <summary>Curators may get several schools; coordinators get municipalities; everyone else exactly one school.</summary>
    public static string? ValidateShape(Role role, int schoolCount, int municipalityCount, int? grade, ParentalConsentBasis? consent) => role switch
    {
        Role.Coordinator when municipalityCount == 0 => "no municipality",
        Role.Curator when schoolCount == 0 => "no school",
        Role.SchoolTeam or Role.Teacher or Role.Parent or Role.Student when schoolCount != 1 => "exactly one school",
        Role.Parent or Role.Student when !IsValidGrade(grade) => "grade 6 or 9",
        Role.Student when consent is null => "parental consent not recorded",
        _ => null,
    };

    /// <summary>The role a redeemed invite grants.</summary>
    public static RoleGrant Grant(Invite invite, DateTime nowUtc) => new()
    {
        Role = invite.Role,
        SchoolIds = invite.SchoolIds,
        MunicipalityIds = invite.MunicipalityIds,
        Grade = invite.Grade,
        GrantedAtUtc = nowUtc,
        GrantedBy = invite.CreatedBy,
    };

    /// <summary>Adds a grant, merging with an equal one so a second redemption changes nothing.</summary>
    public static IReadOnlyList<RoleGrant> Merge(IReadOnlyList<RoleGrant> roles, RoleGrant grant)
    {
        bool Same(RoleGrant r) => r.Role == grant.Role && r.Grade == grant.Grade
            && r.SchoolIds.Order().SequenceEqual(grant.SchoolIds.Order())
            && r.MunicipalityIds.Order().SequenceEqual(grant.MunicipalityIds.Order());
        return roles.Any(Same) ? roles : [.. roles, grant];
    }
}
