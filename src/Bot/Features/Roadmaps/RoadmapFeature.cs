using SchoolSupport.Bot.Features.Reviews;
using SchoolSupport.Bot.Storage;
using SchoolSupport.Domain.Messaging;
using SchoolSupport.Domain.Participants;

namespace SchoolSupport.Bot.Features.Roadmaps;

/// <summary>
/// /roadmap (coordinators): what is assigned where, and the two wizards of flow "roadmap": assigning a roadmap
/// to schools for a year (<see cref="AssignWizard"/>) and moving a deadline (<see cref="DeadlineWizard"/>).
/// </summary>
internal sealed class RoadmapFeature(AssignWizard assign, DeadlineWizard deadlines, SchoolRepository schools, AssignmentRepository assignments) : IFeature
{
    public const string FlowName = "roadmap";

    public IReadOnlyList<string> Commands => ["roadmap"];
    public IReadOnlyList<string> Actions => [RoadmapCallbacks.Action];
    public string? Flow => FlowName;

    public void OnCommand(Turn t, CommandIn command) => ShowMenu(t);

    public void OnButton(Turn t, CallbackData d)
    {
        if (!t.Participant.Has(Role.Coordinator)) { t.Answer(RoadmapTexts.OnlyCoordinators, alert: true); return; }
        switch (d.Arg(0))
        {
            case "menu": ShowMenu(t); return;
            case "as": assign.Begin(t); return;
            case "mv": deadlines.Begin(t); return;
        }
        if (t.Conversation.Flow != FlowName || d.IntArg(d.Args.Count - 1) != t.Conversation.Version)
        {
            t.Answer(Texts.Common.StaleButton, alert: true);
            return;
        }
        if (d.Arg(0).StartsWith('d')) deadlines.OnButton(t, d);
        else assign.OnButton(t, d);
    }

    public void OnText(Turn t, TextIn text)
    {
        if (t.Conversation.Step == DeadlineWizard.DateStep && t.Participant.Has(Role.Coordinator)) deadlines.OnDate(t, text.Text);
        else t.Reply(RoadmapTexts.UseButtons);
    }

    private void ShowMenu(Turn t)
    {
        var me = t.Participant;
        if (!me.Has(Role.Coordinator)) { t.Show(RoadmapTexts.OnlyCoordinators); return; }
        if (t.Conversation.Flow == FlowName) t.Conversation = t.Conversation.Clear(t.Now);
        var lines = new List<string>();
        foreach (var m in schools.Municipalities().Where(m => Access.CoordinatesMunicipality(me, m.Id)))
        {
            var inMuni = schools.InMunicipality(m.Id).SelectMany(s => assignments.ForSchool(s.Id));
            lines.AddRange(inMuni.GroupBy(a => (a.Template.Title, a.Year)).OrderBy(g => g.Key.Year)
                .Select(g => RoadmapTexts.SummaryLine(m.Name, g.Key.Title, g.Key.Year, g.Count())));
        }
        t.Show(RoadmapTexts.Menu(lines), Keyboard.Of(
            [new Button(RoadmapTexts.AssignButton, RoadmapCallbacks.Assign())],
            [new Button(RoadmapTexts.MoveButton, RoadmapCallbacks.Move())],
            [new Button(RoadmapTexts.HandoverButton, CallbackData.Of(HandoverFeature.Action, "new").Pack())],
            [Menu.MenuFeature.BackButton]));
    }
}
