using SchoolSupport.Bot.Features.Menu;
using SchoolSupport.Domain.Messaging;
using SchoolSupport.Domain.Participants;
using SchoolSupport.Domain.Reviews;
using SchoolSupport.Domain.Roadmaps;

namespace SchoolSupport.Bot.Features.Reviews;

/// <summary>
/// /submit: a school team member (or a curator, for curators' stages) chooses the roadmap, the stage and the
/// document with buttons, sends the file, adds an optional comment. Flow "submit": steps "roadmap" → "stage"
/// → "slot" → "file" → "comment"; the conversation keeps "asg", "stage", "slot" and, once the file is stored,
/// "sub", "ver", "path", "name", "size".
/// </summary>
internal sealed class SubmitFeature(SubmitScope scope, SubmitRecorder recorder, ReviewFiles files, SubmissionRepository submissions) : IFeature
{
    public const string FlowName = "submit";

    public IReadOnlyList<string> Commands => ["submit"];
    public IReadOnlyList<string> Actions => [SubmitCallbacks.Action];
    public string? Flow => FlowName;

    public void OnCommand(Turn t, CommandIn command) => Begin(t);

    public void OnButton(Turn t, CallbackData d)
    {
        switch (d.Arg(0))
        {
            case "new": Begin(t); return;
            case "re": Resubmit(t, d.Arg(1)); return;
        }
        if (t.Conversation.Flow != FlowName || d.IntArg(d.Args.Count - 1) != t.Conversation.Version)
        {
            t.Answer(Texts.Common.StaleButton, alert: true);
            return;
        }
        switch (d.Arg(0))
        {
            case "a": ChooseRoadmap(t, d.Arg(1)); break;
            case "st" when d.IntArg(1) is { } stage: ChooseStage(t, stage); break;
            case "d" when d.IntArg(1) is { } slot: ChooseSlot(t, slot); break;
            case "bk": ShowStages(t); break;
            case "nc" when t.Conversation.Step == "comment": recorder.Record(t, null); break;
            default: t.Answer(Texts.Common.StaleButton, alert: true); break;
        }
    }

    public void OnText(Turn t, TextIn text)
    {
        switch (t.Conversation.Step)
        {
            case "file": t.Reply(SubmitTexts.SendFileNotText); break;
            case "comment": recorder.Record(t, text.Text); break;
            default: t.Reply(SubmitTexts.UseButtons); break;
        }
    }

    public void OnFile(Turn t, FileIn file)
    {
        if (t.Conversation.Step is "file" or "comment") recorder.Receive(t, file);
        else t.Reply(SubmitTexts.UseButtons);
    }

    private void Begin(Turn t)
    {
        var me = t.Participant;
        var choices = scope.Choices(me);
        if (choices.Count == 0)
        {
            if (t.Conversation.Flow == FlowName) t.Conversation = t.Conversation.Clear(t.Now);
            t.Show(me.Has(Role.SchoolTeam) ? SubmitTexts.NoRoadmap : SubmitTexts.NothingToSubmit, Keyboard.Of([MenuFeature.BackButton]));
            return;
        }
        t.Conversation = t.Conversation.Start(FlowName, "roadmap", t.Now);
        if (choices.Count == 1)
        {
            ChooseRoadmap(t, choices[0].Assignment.Id);
            return;
        }
        var v = t.Conversation.Version;
        t.Show(SubmitTexts.ChooseRoadmap, Keyboard.Column(choices.Select(c =>
            new Button(SubmitTexts.RoadmapButton(c.School.Name, c.Assignment.Template.Title, c.Assignment.Year), SubmitCallbacks.Roadmap(c.Assignment.Id, v)))));
    }

    private void ChooseRoadmap(Turn t, string assignmentId)
    {
        if (scope.Choice(t.Participant, assignmentId) is null) { NoLonger(t); return; }
        t.Conversation = t.Conversation.With("asg", assignmentId, t.Now);
        ShowStages(t);
    }

    private void ShowStages(Turn t)
    {
        if (scope.Choice(t.Participant, t.Conversation.Get("asg")) is not { } choice) { NoLonger(t); return; }
        t.Conversation = t.Conversation.Goto("stage", t.Now);
        var v = t.Conversation.Version;
        var subs = scope.SubmissionsOf(choice.Assignment);
        var buttons = SubmitScope.Stages(t.Participant, choice).Select(x =>
        {
            var p = RoadmapProgress.Stage(choice.Assignment, x.Stage, subs);
            var text = SubmitTexts.StageButton(StageIcon(p, t.Now), x.Stage.Title, ReviewCards.Day(p.Deadline.Date), p.AcceptedCount, p.Slots.Count);
            return new Button(text, SubmitCallbacks.Stage(x.Index, v));
        });
        t.Show(SubmitTexts.StagesHeader(choice.School.Name, choice.Assignment.Template.Title, choice.Assignment.Year), Keyboard.Column(buttons));
    }

    private void ChooseStage(Turn t, int index)
    {
        if (scope.Choice(t.Participant, t.Conversation.Get("asg")) is not { } choice) { NoLonger(t); return; }
        var stages = SubmitScope.Stages(t.Participant, choice);
        if (stages.FirstOrDefault(x => x.Index == index).Stage is not { } stage) { t.Answer(Texts.Common.StaleButton, alert: true); return; }
        t.Conversation = t.Conversation.With("stage", stage.Id, t.Now).Goto("slot", t.Now);
        var v = t.Conversation.Version;
        var p = RoadmapProgress.Stage(choice.Assignment, stage, scope.SubmissionsOf(choice.Assignment));
        var lines = new List<string> { SubmitTexts.StageHeader(stage.Title, ReviewCards.Day(p.Deadline.Date), stage.Result), "" };
        lines.AddRange(p.Slots.Select(s => SubmitTexts.SlotLine(ReviewTexts.StateIcon(s.State), s.Slot.Title, ReviewTexts.StateName(s.State), s.Slot.Note)));
        if (p.Slots.Any(s => s.Slot.AwaitsRisks)) lines.Add("\n" + SubmitTexts.AwaitsRisks);
        lines.Add("\n" + SubmitTexts.ChooseDocument);
        var rows = p.Slots.Select((s, i) => (IReadOnlyList<Button>)[new Button(SubmitTexts.SlotButton(ReviewTexts.StateIcon(s.State), s.Slot.Title), SubmitCallbacks.Slot(i, v))]).ToList();
        rows.Add([new Button(SubmitTexts.BackToStages, SubmitCallbacks.Back(v))]);
        t.Show(string.Join('\n', lines), new Keyboard(rows));
    }

    private void ChooseSlot(Turn t, int index)
    {
        if (scope.Choice(t.Participant, t.Conversation.Get("asg")) is not { } choice
            || choice.Assignment.Template.Stage(t.Conversation.Get("stage") ?? "") is not { } stage) { NoLonger(t); return; }
        var slots = RoadmapProgress.Slots(choice.Assignment, stage);
        if (index < 0 || index >= slots.Count) { t.Answer(Texts.Common.StaleButton, alert: true); return; }
        if (scope.Target(t.Participant, choice.Assignment.Id, stage.Id, slots[index].Key) is not { } target) { NoLonger(t); return; }
        AskFile(t, target);
    }

    /// <summary>"Отправить новую версию" under a return notice: straight to the file step, rights and state checked.</summary>
    private void Resubmit(Turn t, string submissionId)
    {
        var s = submissions.Get(submissionId);
        var target = s is null ? null : scope.Target(t.Participant, s.AssignmentId, s.StageId, s.DeliverableKey);
        if (target is null) { t.Answer(Texts.Common.NoRights, alert: true); return; }
        t.Conversation = t.Conversation.Start(FlowName, "slot", t.Now);
        AskFile(t, target, asNewMessage: true);
    }

    private void AskFile(Turn t, SubmitTarget target, bool asNewMessage = false)
    {
        var step = ReviewWorkflow.Next(target.State, ReviewWorkflow.UploadTrigger(target.State));
        if (!step.IsAllowed)
        {
            t.Answer(ReviewTexts.Reason(step.Refusal!.Value), alert: true);
            if (asNewMessage) t.Conversation = t.Conversation.Clear(t.Now);
            return;
        }
        t.Conversation = t.Conversation
            .With("asg", target.Assignment.Id, t.Now).With("stage", target.Stage.Id, t.Now).With("slot", target.Slot.Key, t.Now)
            .With("sub", null, t.Now).With("path", null, t.Now)
            .Goto("file", t.Now);
        var text = SubmitTexts.SendFile(target.Slot.Title, (target.Existing?.CurrentVersion() ?? 0) + 1, ReviewTexts.Size(files.MaxBytes));
        if (asNewMessage) t.Reply(text); else t.Show(text);
    }

    private static string StageIcon(StageProgress p, DateTime now) =>
        p.IsComplete ? "✅" : p.IsOverdue(now) ? "⚠️" : p.Slots.Any(s => s.State.IsPending()) ? "⏳" : "▫️";

    private static void NoLonger(Turn t)
    {
        t.Conversation = t.Conversation.Clear(t.Now);
        t.Answer(Texts.Common.NoRights, alert: true);
        t.Show(Texts.Common.NoRights);
    }
}
