using SchoolSupport.Domain.Reviews;

namespace SchoolSupport.Domain.Roadmaps;

/// <summary>Who has to do something about a document next.</summary>
public enum NextActor
{
    /// <summary>Nothing to do: the document is accepted.</summary>
    Nobody = 0,
    /// <summary>The stage's responsible role (<see cref="StageTemplate.Responsible"/>) must send it or a new version.</summary>
    Responsible = 1,
    /// <summary>A reviewer (the school's curator, or a coordinator) must decide.</summary>
    Reviewer = 2,
}

/// <summary>One owed document and where it stands.</summary>
public sealed record SlotStatus(DeliverableSlot Slot, Submission? Submission)
{
    public ReviewState State => Submission?.State ?? ReviewState.NotSubmitted;

    public bool IsAccepted => State == ReviewState.Accepted;

    public NextActor NextActor => State switch
    {
        ReviewState.Accepted => NextActor.Nobody,
        ReviewState.Submitted or ReviewState.Resubmitted => NextActor.Reviewer,
        _ => NextActor.Responsible,
    };
}

/// <summary>A stage of one school's roadmap: its deadline and the state of each owed document.</summary>
public sealed record StageProgress(StageTemplate Stage, StageDeadline Deadline, IReadOnlyList<SlotStatus> Slots)
{
    /// <summary>A stage without documents (a municipal measure): never complete, never overdue.</summary>
    public bool IsInformational => Slots.Count == 0;

    /// <summary>Complete when every owed document is accepted.</summary>
    public bool IsComplete => Slots.Count > 0 && Slots.All(s => s.IsAccepted);

    /// <summary>The documents not accepted yet (not sent, on review or returned).</summary>
    public IReadOnlyList<SlotStatus> Missing => Slots.Where(s => !s.IsAccepted).ToList();

    public int AcceptedCount => Slots.Count(s => s.IsAccepted);

    public bool IsOverdue(DateTime nowUtc) => !IsInformational && !IsComplete && nowUtc >= Deadline.DueUtc;

    /// <summary>Time left until the deadline (negative when overdue).</summary>
    public TimeSpan TimeLeft(DateTime nowUtc) => Deadline.DueUtc - nowUtc;
}

/// <summary>
/// Where a school's roadmap stands, as pure functions of the assignment and its submissions: for /status,
/// digests, deadline reminders and escalation.
/// </summary>
public static class RoadmapProgress
{
    /// <summary>The documents a stage asks of this school: per-risk deliverables expand over its activated risks.</summary>
    public static IReadOnlyList<DeliverableSlot> Slots(RoadmapAssignment a, StageTemplate stage) =>
        stage.Deliverables.SelectMany(d => Expand(a, stage, d)).ToList();

    /// <summary>Every stage in order with its deadline and documents.</summary>
    public static IReadOnlyList<StageProgress> Of(RoadmapAssignment a, IReadOnlyList<Submission> submissions)
    {
        var mine = submissions.Where(s => s.AssignmentId == a.Id).ToList();
        return a.Template.Stages.Select(stage => Stage(a, stage, mine)).ToList();
    }

    public static StageProgress Stage(RoadmapAssignment a, StageTemplate stage, IReadOnlyList<Submission> submissions)
    {
        var deadline = a.DeadlineOf(stage.Id) ?? new StageDeadline { StageId = stage.Id };
        var slots = Slots(a, stage)
            .Select(slot => new SlotStatus(slot, submissions.FirstOrDefault(s => s.AssignmentId == a.Id && s.StageId == stage.Id && s.DeliverableKey == slot.Key)))
            .ToList();
        return new StageProgress(stage, deadline, slots);
    }

    public static bool IsStageComplete(RoadmapAssignment a, string stageId, IReadOnlyList<Submission> submissions) =>
        a.Template.Stage(stageId) is { } stage && Stage(a, stage, submissions).IsComplete;

    /// <summary>Stages past their deadline that still miss documents.</summary>
    public static IReadOnlyList<StageProgress> Overdue(RoadmapAssignment a, IReadOnlyList<Submission> submissions, DateTime nowUtc) =>
        Of(a, submissions).Where(s => s.IsOverdue(nowUtc)).ToList();

    /// <summary>The first stage with documents that is not complete: what the school works on now.</summary>
    public static StageProgress? Current(RoadmapAssignment a, IReadOnlyList<Submission> submissions) =>
        Of(a, submissions).FirstOrDefault(s => !s.IsInformational && !s.IsComplete);

    /// <summary>Every document not accepted yet, stage by stage.</summary>
    public static IReadOnlyList<SlotStatus> Missing(RoadmapAssignment a, IReadOnlyList<Submission> submissions) =>
        Of(a, submissions).SelectMany(s => s.Missing).ToList();

    /// <summary>Stages whose deadline falls within <paramref name="window"/> from now and that still miss documents (for reminders).</summary>
    public static IReadOnlyList<StageProgress> DueWithin(RoadmapAssignment a, IReadOnlyList<Submission> submissions, DateTime nowUtc, TimeSpan window) =>
        Of(a, submissions).Where(s => !s.IsInformational && !s.IsComplete && s.Deadline.DueUtc > nowUtc && s.Deadline.DueUtc - nowUtc <= window).ToList();

    private static IEnumerable<DeliverableSlot> Expand(RoadmapAssignment a, StageTemplate stage, DeliverableTemplate d)
    {
        var name = a.Template.DocumentName(d.DocumentType);
        DeliverableSlot Slot(string key, string title, ActivatedRisk? risk, bool awaits) => new()
        {
            StageId = stage.Id, Key = key, DeliverableId = d.Id, DocumentType = d.DocumentType,
            Title = title, Risk = risk, Note = d.Note, AwaitsRisks = awaits,
        };
        if (d.Per == DeliverableScope.Once) return [Slot(d.Id, name, null, false)];
        if (a.ActivatedRisks.Count == 0) return [Slot(d.Id, name, null, true)];
        return a.ActivatedRisks.Select(r => Slot($"{d.Id}/{r.Id}", $"{name}: {r.Name}", r, false));
    }
}
