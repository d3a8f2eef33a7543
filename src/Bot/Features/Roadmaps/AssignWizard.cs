using System.Globalization;
using SchoolSupport.Bot.Storage;
using SchoolSupport.Domain.Messaging;
using SchoolSupport.Domain.Participants;
using SchoolSupport.Domain.Reviews;
using SchoolSupport.Domain.Roadmaps;
using SchoolSupport.Domain.Schools;

namespace SchoolSupport.Bot.Features.Roadmaps;

/// <summary>
/// Assigning a roadmap (flow "roadmap"): template → municipality → year → schools (all or some). Schools that
/// already have this roadmap for that year are skipped; every new school's team is told its stages and deadlines.
/// </summary>
internal sealed class AssignWizard(
    RoadmapTemplates templates, SchoolRepository schools, AssignmentRepository assignments, ParticipantRepository participants, Zones zones)
{
    public void Begin(Turn t)
    {
        if (Municipalities(t.Participant).Count == 0) { t.Show(RoadmapTexts.NoSchools); return; }
        t.Conversation = t.Conversation.Start(RoadmapFeature.FlowName, "a-template", t.Now);
        var v = t.Conversation.Version;
        t.Show(RoadmapTexts.ChooseTemplate, Keyboard.Column(templates.All.Select((tpl, i) => new Button(tpl.Title, RoadmapCallbacks.Step("t", i, v)))));
    }

    public void OnButton(Turn t, CallbackData d)
    {
        var me = t.Participant;
        switch (d.Arg(0))
        {
            case "t" when d.IntArg(1) is { } i && i < templates.All.Count: ChooseTemplate(t, templates.All[i]); break;
            case "m" when Municipalities(me).FirstOrDefault(m => m.Id == d.Arg(1)) is { } m: ChooseMunicipality(t, m); break;
            case "y" when d.IntArg(1) is { } year && Years(t).Contains(year): ChooseYear(t, year); break;
            case "s" when d.IntArg(1) is { } id && Schools(t).Any(s => s.Id == id): Toggle(t, id); break;
            case "all": SelectAll(t); break;
            case "ok": Create(t); break;
            default: t.Answer(Texts.Common.StaleButton, alert: true); break;
        }
    }

    private void ChooseTemplate(Turn t, RoadmapTemplate template)
    {
        t.Conversation = t.Conversation.With("tpl", template.Id, t.Now);
        var munis = Municipalities(t.Participant);
        if (munis.Count == 1) { ChooseMunicipality(t, munis[0]); return; }
        t.Conversation = t.Conversation.Goto("a-muni", t.Now);
        var v = t.Conversation.Version;
        t.Show(RoadmapTexts.ChooseMunicipality, Keyboard.Column(munis.Select(m => new Button(m.Name, RoadmapCallbacks.Step("m", m.Id, v)))));
    }

    private void ChooseMunicipality(Turn t, Municipality m)
    {
        t.Conversation = t.Conversation.With("muni", m.Id, t.Now).Goto("a-year", t.Now);
        var v = t.Conversation.Version;
        t.Show(RoadmapTexts.ChooseYear(Template(t)?.Title ?? ""), Keyboard.Of(Years(t).Select(y => new Button(RoadmapTexts.YearButton(y), RoadmapCallbacks.Step("y", y, v))).ToArray()));
    }

    private void ChooseYear(Turn t, int year)
    {
        t.Conversation = t.Conversation.With("year", Str(year), t.Now).With("schools", "", t.Now).Goto("a-schools", t.Now);
        ShowSchools(t);
    }

    private void ShowSchools(Turn t)
    {
        var (template, year) = (Template(t), Year(t));
        if (template is null || year is null || schools.Municipality(t.Conversation.Get("muni") ?? "") is not { } muni) { Stale(t); return; }
        var chosen = Chosen(t);
        var v = t.Conversation.Version;
        var rows = Schools(t).Select(s => (IReadOnlyList<Button>)[new Button(
            (chosen.Contains(s.Id) ? "✓ " : "") + (assignments.Exists(s.Id, template.Id, year.Value) ? RoadmapTexts.AlreadyAssigned(s.Name) : s.Name),
            RoadmapCallbacks.Step("s", s.Id, v))]).ToList();
        rows.Add([new Button(RoadmapTexts.AllSchools, RoadmapCallbacks.Step("all", v)), new Button(RoadmapTexts.Assign, RoadmapCallbacks.Step("ok", v))]);
        t.Show(RoadmapTexts.ChooseSchools(template.Title, year.Value, muni.Name), new Keyboard(rows));
    }

    private void Toggle(Turn t, int id)
    {
        var set = Chosen(t);
        if (!set.Remove(id)) set.Add(id);
        Save(t, set);
        ShowSchools(t);
    }

    private void SelectAll(Turn t)
    {
        if (Template(t) is not { } template || Year(t) is not { } year) { Stale(t); return; }
        Save(t, Schools(t).Where(s => !assignments.Exists(s.Id, template.Id, year)).Select(s => s.Id).ToHashSet());
        ShowSchools(t);
    }

    /// <summary>Checks the rights for every school again, stores the new assignments and tells each school team.</summary>
    private void Create(Turn t)
    {
        var me = t.Participant;
        if (Template(t) is not { } template || Year(t) is not { } year) { Stale(t); return; }
        var chosen = schools.Get(Chosen(t)).Where(s => RoadmapAccess.CanAssign(me, s)).ToList();
        if (chosen.Count == 0) { t.Answer(RoadmapTexts.NothingChosen, alert: true); return; }
        var skipped = chosen.Where(s => assignments.Exists(s.Id, template.Id, year)).Select(s => s.Name).ToList();
        var everyone = participants.All();
        var created = 0;
        foreach (var school in chosen.Where(s => !assignments.Exists(s.Id, template.Id, year)))
        {
            var a = RoadmapAssignments.Create(ShortIds.New(), school.Id, template, year, zones.ForSchool(school), me.Id, t.Now);
            assignments.Save(a);
            created++;
            var stages = template.Stages.Select(s => RoadmapTexts.StageLine(s.Title, Day(a.DeadlineOf(s.Id)!.Date), s.Responsible)).ToList();
            foreach (var member in ReviewRouting.SchoolTeam(school.Id, everyone))
                t.Notify(member, RoadmapTexts.TeamAssigned(school.Name, template.Title, year, stages));
        }
        t.Conversation = t.Conversation.Clear(t.Now);
        t.Show(RoadmapTexts.Assigned(template.Title, year, created, skipped), Keyboard.Of([new Button(RoadmapTexts.MoveButton, RoadmapCallbacks.Move())], [Menu.MenuFeature.BackButton]));
    }

    public static string Day(DateOnly date) => date.ToString("d MMMM yyyy", Texts.Ru);

    private IReadOnlyList<Municipality> Municipalities(Participant p) =>
        schools.Municipalities().Where(m => Access.CoordinatesMunicipality(p, m.Id) && schools.InMunicipality(m.Id).Count > 0).ToList();

    private IReadOnlyList<School> Schools(Turn t) =>
        schools.InMunicipality(t.Conversation.Get("muni") ?? "").Where(s => RoadmapAccess.CanAssign(t.Participant, s)).ToList();

    /// <summary>This year and the next, in the municipality's time zone.</summary>
    private IReadOnlyList<int> Years(Turn t)
    {
        var year = Deadlines.LocalToday(t.Now, zones.ForMunicipality(t.Conversation.Get("muni"))).Year;
        return [year, year + 1];
    }

    private RoadmapTemplate? Template(Turn t) => templates.Get(t.Conversation.Get("tpl") ?? "");

    private static int? Year(Turn t) => int.TryParse(t.Conversation.Get("year"), NumberStyles.None, CultureInfo.InvariantCulture, out var y) ? y : null;

    private static HashSet<int> Chosen(Turn t) =>
        (t.Conversation.Get("schools") ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries).Select(s => int.Parse(s, CultureInfo.InvariantCulture)).ToHashSet();

    private static void Save(Turn t, HashSet<int> set) => t.Conversation = t.Conversation.With("schools", string.Join(',', set.Order()), t.Now);

    private static void Stale(Turn t)
    {
        t.Conversation = t.Conversation.Clear(t.Now);
        t.Answer(Texts.Common.StaleButton, alert: true);
    }

    private static string Str(int value) => value.ToString(CultureInfo.InvariantCulture);
}
