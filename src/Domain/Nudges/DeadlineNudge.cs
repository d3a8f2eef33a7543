using SchoolSupport.Domain.Participants;
using SchoolSupport.Domain.Roadmaps;
using SchoolSupport.Domain.Schools;

namespace SchoolSupport.Domain.Nudges;

/// <summary>
/// One stage a reminder is about: which window it is in (<see cref="NudgeKind.DeadlineWeek"/>, <see cref="NudgeKind.DeadlineDay"/>,
/// <see cref="NudgeKind.Overdue"/>), days left until the deadline date (negative when overdue) and the documents the recipient owes.
/// </summary>
public sealed record DeadlineItem(School School, RoadmapAssignment Assignment, StageProgress Stage, NudgeKind Window, int DaysLeft, IReadOnlyList<SlotStatus> Owed);

/// <summary>One reminder message to one person (all their stages due that day), and the keys to store when it is sent.</summary>
public sealed record DeadlineNudge(Participant Recipient, DateOnly Day, IReadOnlyList<DeadlineItem> Items, IReadOnlyList<NudgeKey> Keys);
