using SchoolSupport.Domain.Participants;
using SchoolSupport.Domain.Reviews;
using SchoolSupport.Domain.Roadmaps;
using SchoolSupport.Domain.Schools;

namespace SchoolSupport.Domain.Nudges;

/// <summary>Everything the nudge policies look at, read once per run; zones and the sent keys come in as functions.</summary>
public sealed record NudgeWorld
{
    public required IReadOnlyList<Participant> People { get; init; }
    public required IReadOnlyDictionary<int, School> Schools { get; init; }
    public required IReadOnlyDictionary<string, RoadmapAssignment> Assignments { get; init; }
    /// <summary>Submissions «на проверке».</summary>
    public required IReadOnlyList<Submission> Pending { get; init; }
    /// <summary>A participant's local zone (their municipality's).</summary>
    public required Func<Participant, TimeZoneInfo> ZoneOf { get; init; }
    /// <summary>The zone of a school's municipality (deadlines are its local dates).</summary>
    public required Func<School, TimeZoneInfo> SchoolZone { get; init; }
    /// <summary>When this nudge was sent, or null when it was not.</summary>
    public required Func<NudgeKey, DateTime?> SentAtUtc { get; init; }

    public bool WasSent(NudgeKey key) => SentAtUtc(key) is not null;
}
