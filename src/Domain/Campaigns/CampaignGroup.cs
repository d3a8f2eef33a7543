using System.Globalization;
using SchoolSupport.Domain.Participants;

namespace SchoolSupport.Domain.Campaigns;

/// <summary>Who answers an instrument: the principal (school team), the teachers, or parents / students of one grade.</summary>
public enum GroupKind
{
    Principal = 1,
    Teachers = 2,
    Parents = 3,
    Students = 4,
}

/// <summary>A respondent group of a campaign. Parents and students come with their grade (6 or 9).</summary>
public sealed record CampaignGroup
{
    public required GroupKind Kind { get; init; }
    public int? Grade { get; init; }

    public static CampaignGroup Principal { get; } = new() { Kind = GroupKind.Principal };
    public static CampaignGroup Teachers { get; } = new() { Kind = GroupKind.Teachers };

    public static CampaignGroup Parents(int grade) => new() { Kind = GroupKind.Parents, Grade = grade };

    public static CampaignGroup Students(int grade) => new() { Kind = GroupKind.Students, Grade = grade };

    /// <summary>Short stable key: "h", "t", "p6", "p9", "s6", "s9".</summary>
    public string Key => Kind switch
    {
        GroupKind.Principal => "h",
        GroupKind.Teachers => "t",
        GroupKind.Parents => string.Create(CultureInfo.InvariantCulture, $"p{Grade}"),
        _ => string.Create(CultureInfo.InvariantCulture, $"s{Grade}"),
    };

    /// <summary>Parents and students join by class links and answer anonymously.</summary>
    public bool ByClassLink => Kind is GroupKind.Parents or GroupKind.Students;

    /// <summary>The role a member of the group holds at the school.</summary>
    public Role Role => Kind switch
    {
        GroupKind.Principal => Role.SchoolTeam,
        GroupKind.Teachers => Role.Teacher,
        GroupKind.Parents => Role.Parent,
        _ => Role.Student,
    };

    public static bool TryParse(string? key, out CampaignGroup group)
    {
        group = Teachers;
        switch (key)
        {
            case "h": group = Principal; return true;
            case "t": group = Teachers; return true;
            case ['p' or 's', var digit] when digit is '6' or '9':
                var grade = digit - '0';
                group = key[0] == 'p' ? Parents(grade) : Students(grade);
                return true;
            default: return false;
        }
    }
}
