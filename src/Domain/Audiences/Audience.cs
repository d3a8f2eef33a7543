using SchoolSupport.Domain.Participants;
using SchoolSupport.Domain.Schools;

namespace SchoolSupport.Domain.Audiences;

/// <summary>
/// Who a broadcast or an event announcement is for. Filters combine with AND; an empty filter does not filter.
/// Everything is always cut down to the sender's own scope (<see cref="AudienceSelection"/>).
/// </summary>
public sealed record Audience
{
    /// <summary>Roles to reach; empty = every role.</summary>
    public IReadOnlyList<Role> Roles { get; init; } = [];
    public IReadOnlyList<string> MunicipalityIds { get; init; } = [];
    public IReadOnlyList<int> SchoolIds { get; init; } = [];
    /// <summary>Schools having any of these flags; None = no filter.</summary>
    public SchoolFlags Flags { get; init; }
    /// <summary>Schools of these «500+» cohorts; empty = no filter.</summary>
    public IReadOnlyList<int> Cohort500Years { get; init; } = [];

    /// <summary>"Everyone in my scope": no filter at all.</summary>
    public static Audience EveryoneInScope { get; } = new();

    public bool IsEveryone => Roles.Count == 0 && MunicipalityIds.Count == 0 && SchoolIds.Count == 0 && Flags == SchoolFlags.None && Cohort500Years.Count == 0;
}

public enum SkipReason
{
    /// <summary>The person blocked the bot (403) and has not written since.</summary>
    Blocked = 1,
    /// <summary>No consent on record for the data this message needs.</summary>
    NoConsent = 2,
    /// <summary>No messenger account the bot can write to.</summary>
    NoChannel = 3,
}

public sealed record Skipped(Participant Participant, SkipReason Reason);

/// <summary>The outcome of resolving an audience: who gets the message, and who is skipped and why.</summary>
public sealed record AudiencePlan(IReadOnlyList<Participant> Recipients, IReadOnlyList<Skipped> Skipped)
{
    public int Total => Recipients.Count + Skipped.Count;
}
