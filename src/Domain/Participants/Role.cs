namespace SchoolSupport.Domain.Participants;

/// <summary>Roles of domain.md §2.</summary>
public enum Role
{
    Coordinator = 1,
    Curator = 2,
    SchoolTeam = 3,
    Teacher = 4,
    Parent = 5,
    Student = 6,
}

/// <summary>
/// A role held over a scope: a coordinator over municipalities (none = every municipality),
/// a curator over schools, school staff, parents and students over one school (and a grade).
/// </summary>
public sealed record RoleGrant
{
    public required Role Role { get; init; }
    public IReadOnlyList<int> SchoolIds { get; init; } = [];
    public IReadOnlyList<string> MunicipalityIds { get; init; } = [];
    /// <summary>Grade (6 or 9) for parents and students.</summary>
    public int? Grade { get; init; }
    public DateTime GrantedAtUtc { get; init; }
    /// <summary>The participant whose invite granted this role; empty for bootstrap coordinators.</summary>
    public string? GrantedBy { get; init; }
}
