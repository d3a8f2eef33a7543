using System.Globalization;
using SchoolSupport.Bot.Features.Roadmaps;
using SchoolSupport.Bot.Storage;
using SchoolSupport.Domain.Participants;
using SchoolSupport.Domain.Reviews;
using SchoolSupport.Domain.Roadmaps;
using SchoolSupport.Domain.Schools;

namespace SchoolSupport.Bot.Features.Reviews;

/// <summary>A roadmap of a school the participant sends documents for.</summary>
internal sealed record SubmitChoice(RoadmapAssignment Assignment, School School);

/// <summary>Everything one upload is about, re-read from the store and re-checked on every step.</summary>
internal sealed record SubmitTarget(RoadmapAssignment Assignment, School School, StageTemplate Stage, DeliverableSlot Slot, Submission? Existing)
{
    public ReviewState State => Existing?.State ?? ReviewState.NotSubmitted;
}

/// <summary>What the participant may send, asked of <see cref="RoadmapAccess"/> every time (button data is never trusted).</summary>
internal sealed class SubmitScope(AssignmentRepository assignments, SubmissionRepository submissions, SchoolRepository schools)
{
    /// <summary>Roadmaps of the participant's schools with at least one stage they are responsible for.</summary>
    public IReadOnlyList<SubmitChoice> Choices(Participant me) =>
        schools.Get(Access.OwnSchoolIds(me, Role.SchoolTeam, Role.Curator))
            .SelectMany(s => assignments.ForSchool(s.Id).Select(a => new SubmitChoice(a, s)))
            .Where(c => Stages(me, c).Count > 0)
            .ToList();

    /// <summary>Stages (with their index in the template) whose documents the participant sends.</summary>
    public static IReadOnlyList<(int Index, StageTemplate Stage)> Stages(Participant me, SubmitChoice c) =>
        c.Assignment.Template.Stages.Select((stage, i) => (i, stage))
            .Where(x => RoadmapAccess.WhyCannotSubmit(me, c.School, x.stage) is null).ToList();

    public SubmitChoice? Choice(Participant me, string? assignmentId) =>
        assignmentId is null ? null : Choices(me).FirstOrDefault(c => c.Assignment.Id == assignmentId);

    /// <summary>The target named by the conversation ("asg", "stage", "slot"), if it still exists and the participant may send it.</summary>
    public SubmitTarget? Target(Participant me, Domain.Conversations.Conversation c) =>
        Target(me, c.Get("asg"), c.Get("stage"), c.Get("slot"));

    public SubmitTarget? Target(Participant me, string? assignmentId, string? stageId, string? key)
    {
        if (Choice(me, assignmentId) is not { } choice || stageId is null || key is null) return null;
        if (choice.Assignment.Template.Stage(stageId) is not { } stage || RoadmapAccess.WhyCannotSubmit(me, choice.School, stage) is not null) return null;
        var slot = RoadmapProgress.Slots(choice.Assignment, stage).FirstOrDefault(s => s.Key == key);
        return slot is null ? null : new SubmitTarget(choice.Assignment, choice.School, stage, slot, submissions.ForSlot(choice.Assignment.Id, stage.Id, key));
    }

    public IReadOnlyList<Submission> SubmissionsOf(RoadmapAssignment a) => submissions.ForAssignment(a.Id);

    public static string Str(int value) => value.ToString(CultureInfo.InvariantCulture);
}
