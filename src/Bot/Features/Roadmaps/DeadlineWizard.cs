using System.Globalization;
using SchoolSupport.Bot.Storage;
using SchoolSupport.Domain.Messaging;
using SchoolSupport.Domain.Participants;
using SchoolSupport.Domain.Reviews;
using SchoolSupport.Domain.Roadmaps;
using SchoolSupport.Domain.Schools;

namespace SchoolSupport.Bot.Features.Roadmaps;

/// <summary>
/// Moving a deadline (flow "roadmap"): municipality → all its schools or one → roadmap (template and year)
/// → stage → a typed date «дд.мм.гггг». Each school's due moment is computed in its municipality's zone;
/// every affected school team is told the old and the new date.
/// </summary>
internal sealed class DeadlineWizard(SchoolRepository schools, AssignmentRepository assignments, ParticipantRepository participants, Zones zones)
{
    public const string DateStep = "d-date";

    public void Begin(Turn t)
    {
        var munis = Municipalities(t.Participant);
        if (munis.Count == 0) { t.Show(RoadmapTexts.NoAssignments); return; }
        t.Conversation = t.Conversation.Start(RoadmapFeature.FlowName, "d-muni", t.Now);
        if (munis.Count == 1) { ChooseMunicipality(t, munis[0]); return; }
        var v = t.Conversation.Version;
        t.Show(RoadmapTexts.MoveChooseMunicipality, Keyboard.Column(munis.Select(m => new Button(m.Name, RoadmapCallbacks.Step("dm", m.Id, v)))));
    }

    public void OnButton(Turn t, CallbackData d)
    {
        switch (d.Arg(0))
        {
            case "dm" when Municipalities(t.Participant).FirstOrDefault(m => m.Id == d.Arg(1)) is { } m: ChooseMunicipality(t, m); break;
            case "da": ChooseTarget(t, "all"); break;
            case "ds" when d.IntArg(1) is { } id && InMunicipality(t).Any(x => x.School.Id == id): ChooseTarget(t, Str(id)); break;
            case "dg" when d.IntArg(1) is { } i && i < Groups(t).Count: ChooseGroup(t, Groups(t)[i]); break;
            case "dt" when d.IntArg(1) is { } i && Template(t) is { } tpl && i < tpl.Stages.Count: ChooseStage(t, tpl.Stages[i]); break;
            default: t.Answer(Texts.Common.StaleButton, alert: true); break;
        }
    }

    public void OnDate(Turn t, string text)
    {
        if (!Deadlines.TryParseDate(text, out var date)) { t.Reply(RoadmapTexts.BadDate); return; }
        var today = Deadlines.LocalToday(t.Now, zones.ForMunicipality(t.Conversation.Get("muni")));
        if (date < today) { t.Reply(RoadmapTexts.PastDate(AssignWizard.Day(today))); return; }
        var targets = Targets(t);
        if (targets.Count == 0 || t.Conversation.Get("stage") is not { } stageId) { t.Conversation = t.Conversation.Clear(t.Now); t.Reply(Texts.Common.NoRights); return; }
        if (date.Year < targets[0].A.Year - 1 || date.Year > targets[0].A.Year + 2) { t.Reply(RoadmapTexts.FarDate); return; }
        var everyone = participants.All();
        var moved = 0;
        foreach (var (a, school) in targets)
        {
            if (!RoadmapAccess.CanMoveDeadlines(t.Participant, school)) continue;
            if (RoadmapAssignments.MoveDeadline(a, stageId, date, zones.ForSchool(school), t.Participant.Id, t.Now) is not { } result) continue;
            assignments.Save(result.Assignment);
            moved++;
            var stage = a.Template.Stage(stageId)!.Title;
            foreach (var member in ReviewRouting.SchoolTeam(school.Id, everyone))
                t.Notify(member, RoadmapTexts.TeamMoved(school.Name, a.Template.Title, stage, AssignWizard.Day(result.Change.From), AssignWizard.Day(date)));
        }
        var title = targets[0].A.Template.Stage(stageId)?.Title ?? stageId;
        t.Conversation = t.Conversation.Clear(t.Now);
        t.Reply(moved == 0 ? RoadmapTexts.NothingMoved : RoadmapTexts.Moved(title, AssignWizard.Day(date), moved));
    }

    private void ChooseMunicipality(Turn t, Municipality m)
    {
        t.Conversation = t.Conversation.With("muni", m.Id, t.Now).Goto("d-target", t.Now);
        var v = t.Conversation.Version;
        var rows = new List<Button> { new(RoadmapTexts.AllMunicipality, RoadmapCallbacks.Step("da", v)) };
        rows.AddRange(InMunicipality(t).Select(x => x.School).DistinctBy(s => s.Id).Select(s => new Button(s.Name, RoadmapCallbacks.Step("ds", s.Id, v))));
        t.Show(RoadmapTexts.MoveChooseTarget(m.Name), Keyboard.Column(rows));
    }

    private void ChooseTarget(Turn t, string target)
    {
        t.Conversation = t.Conversation.With("target", target, t.Now);
        var groups = Groups(t);
        if (groups.Count == 1) { ChooseGroup(t, groups[0]); return; }
        t.Conversation = t.Conversation.Goto("d-roadmap", t.Now);
        var v = t.Conversation.Version;
        t.Show(RoadmapTexts.MoveChooseRoadmap, Keyboard.Column(groups.Select((g, i) => new Button(g.Title, RoadmapCallbacks.Step("dg", i, v)))));
    }

    private void ChooseGroup(Turn t, RoadmapGroup group)
    {
        t.Conversation = t.Conversation.With("grp", group.Key, t.Now).Goto("d-stage", t.Now);
        var v = t.Conversation.Version;
        var targets = Targets(t);
        var buttons = group.Template.Stages.Select((s, i) => new Button(RoadmapTexts.StageDueButton(s.Title, Current(targets, s.Id)), RoadmapCallbacks.Step("dt", i, v)));
        t.Show(RoadmapTexts.MoveChooseStage(group.Title, TargetName(t)), Keyboard.Column(buttons));
    }

    private void ChooseStage(Turn t, StageTemplate stage)
    {
        t.Conversation = t.Conversation.With("stage", stage.Id, t.Now).Goto(DateStep, t.Now);
        t.Show(RoadmapTexts.AskDate(stage.Title, Current(Targets(t), stage.Id)));
    }

    private sealed record RoadmapGroup(string Key, RoadmapTemplate Template, int Year)
    {
        public string Title => $"{Template.Title}, {Year}";
    }

    private IReadOnlyList<Municipality> Municipalities(Participant p) =>
        schools.Municipalities().Where(m => Access.CoordinatesMunicipality(p, m.Id)
            && schools.InMunicipality(m.Id).Any(s => assignments.ForSchool(s.Id).Count > 0)).ToList();

    /// <summary>Assignments of the chosen municipality the coordinator may change.</summary>
    private IReadOnlyList<(RoadmapAssignment A, School School)> InMunicipality(Turn t) =>
        schools.InMunicipality(t.Conversation.Get("muni") ?? "").Where(s => RoadmapAccess.CanMoveDeadlines(t.Participant, s))
            .SelectMany(s => assignments.ForSchool(s.Id).Select(a => (a, s))).ToList();

    private IReadOnlyList<(RoadmapAssignment A, School School)> ByTarget(Turn t) =>
        InMunicipality(t).Where(x => t.Conversation.Get("target") is "all" || Str(x.School.Id) == t.Conversation.Get("target")).ToList();

    private IReadOnlyList<RoadmapGroup> Groups(Turn t) =>
        ByTarget(t).Select(x => x.A).GroupBy(a => Key(a)).Select(g => new RoadmapGroup(g.Key, g.First().Template, g.First().Year))
            .OrderBy(g => g.Year).ThenBy(g => g.Template.Id, StringComparer.Ordinal).ToList();

    private IReadOnlyList<(RoadmapAssignment A, School School)> Targets(Turn t) =>
        ByTarget(t).Where(x => Key(x.A) == t.Conversation.Get("grp")).ToList();

    private RoadmapTemplate? Template(Turn t) => Targets(t).Select(x => x.A.Template).FirstOrDefault();

    private string TargetName(Turn t) =>
        t.Conversation.Get("target") is "all" ? schools.Municipality(t.Conversation.Get("muni") ?? "")?.Name ?? ""
        : Targets(t).Select(x => x.School.Name).FirstOrDefault() ?? "";

    private static string Current(IReadOnlyList<(RoadmapAssignment A, School School)> targets, string stageId)
    {
        var dates = targets.Select(x => x.A.DeadlineOf(stageId)?.Date).OfType<DateOnly>().Distinct().ToList();
        return dates.Count == 1 ? AssignWizard.Day(dates[0]) : RoadmapTexts.DifferentDates;
    }

    private static string Key(RoadmapAssignment a) => $"{a.Template.Id}|{Str(a.Year)}";

    private static string Str(int value) => value.ToString(CultureInfo.InvariantCulture);
}
