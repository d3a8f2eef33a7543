using SchoolSupport.Domain.Participants;

namespace SchoolSupport.Domain.Nudges;

/// <summary>One message about waiting reviews to one person, and the keys to store when it is sent.</summary>
public sealed record ReviewNudge(NudgeKind Kind, Participant Recipient, DateOnly Day, IReadOnlyList<WaitingReview> Reviews, IReadOnlyList<NudgeKey> Keys);
