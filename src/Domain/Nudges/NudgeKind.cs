namespace SchoolSupport.Domain.Nudges;

/// <summary>The nudges of the programme (issue 5), each with its own idempotency key (see <see cref="NudgeKey"/>).</summary>
public enum NudgeKind
{
    /// <summary>A reviewer's daily list of reviews waiting too long.</summary>
    Digest = 1,
    /// <summary>A review waiting very long, told once to the coordinators of the municipality.</summary>
    Escalation = 2,
    /// <summary>The coordinators' weekly list of reviews that were escalated before.</summary>
    WeeklySummary = 3,
    /// <summary>2–7 days before a stage deadline while documents are owed.</summary>
    DeadlineWeek = 4,
    /// <summary>The day before a stage deadline (or the day itself) while documents are owed.</summary>
    DeadlineDay = 5,
    /// <summary>A stage deadline has passed while documents are still owed.</summary>
    Overdue = 6,
}
