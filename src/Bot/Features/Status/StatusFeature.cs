using System.Globalization;
using SchoolSupport.Bot.Features.Menu;
using SchoolSupport.Bot.Features.Schools;
using SchoolSupport.Domain.Messaging;
using SchoolSupport.Domain.Participants;
using SchoolSupport.Domain.Schools;
using SchoolSupport.Domain.Status;

namespace SchoolSupport.Bot.Features.Status;

/// <summary>
/// /status: what a participant's role lets them see of the roadmap. Coordinators get the overview of their
/// municipalities (in chat, as a PNG chart, as XLSX), curators their schools one line each, the school team its school
/// in detail, teachers a stage summary; parents and students are told what they can do instead. Every press asks the
/// rights again (<see cref="StatusAccess"/>).
/// </summary>
internal sealed class StatusFeature(StatusQuery query, StatusScreens screens, StatusExport export) : IFeature
{
    public IReadOnlyList<string> Commands => ["status"];
    public IReadOnlyList<string> Actions => [StatusCallbacks.Action];

    public void OnCommand(Turn t, CommandIn command) => Home(t);

    public void OnButton(Turn t, CallbackData d)
    {
        switch (d.Arg(0))
        {
            case "h": Home(t); break;
            case "v": InScope(t, d.Arg(1), list => Overview(t, query.Load(d.Arg(1), list, t.Now))); break;
            case "l": InScope(t, d.Arg(1), list => List(t, d.Arg(1), list, d.IntArg(2) ?? 0)); break;
            case "c": InScope(t, d.Arg(1), list => Chart(t, query.Load(d.Arg(1), list, t.Now))); break;
            case "x": InScope(t, d.Arg(1), list => Export(t, query.Load(d.Arg(1), list, t.Now, withReviews: false))); break;
            case "s": School(t, d.IntArg(1)); break;
            default: t.Answer(Texts.Common.StaleButton, alert: true); break;
        }
    }

    private void Home(Turn t)
    {
        var me = t.Participant;
        switch (StatusAccess.ViewOf(me))
        {
            case StatusView.Coordinator: Coordinator(t, me); break;
            case StatusView.Curator: InScope(t, StatusCallbacks.Mine, list => List(t, StatusCallbacks.Mine, list, 0)); break;
            case StatusView.SchoolTeam: Own(t, me, Role.SchoolTeam); break;
            case StatusView.Teacher: Own(t, me, Role.Teacher); break;
            case StatusView.NoDocuments: t.Show(StatusTexts.NoDocuments + (me.Has(Role.Parent) ? StatusTexts.ParentExtra : ""), Keyboard.Of([MenuFeature.BackButton])); break;
            default: t.Show(StatusTexts.NoRole); break;
        }
    }

    private void Coordinator(Turn t, Participant me)
    {
        var municipalities = query.Municipalities(me);
        if (municipalities.Count == 0) { t.Show(StatusTexts.NoMunicipalities, Keyboard.Of([MenuFeature.BackButton])); return; }
        if (municipalities.Count == 1)
        {
            var key = municipalities[0].Municipality.Id;
            InScope(t, key, list => Overview(t, query.Load(key, list, t.Now)));
            return;
        }
        var rows = municipalities.Select(m => new Button(StatusTexts.MunicipalityButton(m.Municipality.Name, m.Schools), StatusCallbacks.Overview(m.Municipality.Id)))
            .Append(new Button(StatusTexts.AllMunicipalities, StatusCallbacks.Overview(StatusCallbacks.Everywhere)))
            .Append(MenuFeature.BackButton);
        t.Show(StatusTexts.PickMunicipality, Keyboard.Column(rows));
    }

    /// <summary>A school team member or a teacher: their school (or, with several, the list to pick from).</summary>
    private void Own(Turn t, Participant me, Role role)
    {
        var ids = Access.OwnSchoolIds(me, role).ToList();
        if (ids.Count == 0) { t.Show(StatusTexts.NoSchools, Keyboard.Of([MenuFeature.BackButton])); return; }
        if (ids.Count == 1 || role == Role.Teacher) { School(t, ids[0]); return; }
        InScope(t, StatusCallbacks.Mine, list => List(t, StatusCallbacks.Mine, list, 0));
    }

    /// <summary>Runs <paramref name="show"/> with the schools of a scope the participant may see (asked again here).</summary>
    private void InScope(Turn t, string key, Action<IReadOnlyList<School>> show)
    {
        if (query.SchoolsOf(t.Participant, key) is not { } list) { t.Answer(StatusTexts.NotYours, alert: true); return; }
        if (list.Count == 0) { t.Show(StatusTexts.NoSchools, Keyboard.Of([MenuFeature.BackButton])); return; }
        show(list);
    }

    private void Overview(Turn t, StatusScope scope)
    {
        var (text, keyboard) = screens.Overview(scope, query.Municipalities(t.Participant).Count > 1);
        t.Show(text, keyboard);
    }

    /// <summary>A page of school lines: only the page's schools are read.</summary>
    private void List(Turn t, string key, IReadOnlyList<School> list, int page)
    {
        var p = Paging.Of(list, page, StatusScreens.PageSize);
        var scope = query.Load(key, p.Items, t.Now, withReviews: false);
        var (text, keyboard) = StatusScreens.List(scope, p, t.Participant.Has(Role.Coordinator) && key != StatusCallbacks.Mine);
        t.Show(text, keyboard);
    }

    private static void Chart(Turn t, StatusScope scope)
    {
        var o = Domain.Status.MunicipalityOverview.Of(scope.Schools, scope.Waiting, TimeSpan.MaxValue);
        t.Answer();
        t.ReplyFile(FileName("status", scope.Key, t.Now, "png"), StatusChart.Render(o, scope.Name),
            StatusTexts.ChartCaption(scope.Name, o.Schools, o.SchoolsWithOverdue, o.WaitingReviews), isImage: true);
    }

    private void Export(Turn t, StatusScope scope)
    {
        t.Answer();
        t.ReplyFile(FileName("status", scope.Key, t.Now, "xlsx"), export.Build(scope), StatusTexts.ExportCaption(scope.Name, scope.Schools.Count), isImage: false);
    }

    private void School(Turn t, int? id)
    {
        var me = t.Participant;
        if (id is not { } schoolId || query.School(schoolId) is not { } school) { t.Answer(StatusTexts.NotFound, alert: true); return; }
        var assignments = query.AssignmentsOf(school.Id);
        if (StatusAccess.CanSeeDetails(me, school, assignments)) { Details(t, me, school); return; }
        if (!StatusAccess.CanSeeSummary(me, school, assignments)) { t.Answer(StatusTexts.NotYours, alert: true); return; }
        var scope = query.Load(StatusCallbacks.Mine, [school], t.Now, withReviews: false);
        t.Show(screens.Summary(scope.Schools[0], t.Now), Keyboard.Of([MenuFeature.BackButton]));
    }

    private void Details(Turn t, Participant me, School school)
    {
        var (main, others) = query.Statuses(school, t.Now);
        var rows = new List<IReadOnlyList<Button>>();
        if (Access.IsSchoolTeamOf(me, school.Id)) rows.Add([new Button(StatusTexts.Submit, CallbackData.Of("sb", "new").Pack())]);
        if (me.Has(Role.Curator) || me.Has(Role.Coordinator)) rows.Add([new Button(StatusTexts.Reviews, CallbackData.Of("rv", "l").Pack())]);
        var back = me.Has(Role.Coordinator) && Access.CoordinatesSchool(me, school) ? StatusCallbacks.List(school.MunicipalityId, 0)
            : me.Has(Role.Curator) || Access.OwnSchoolIds(me, Role.SchoolTeam).Skip(1).Any() ? StatusCallbacks.List(StatusCallbacks.Mine, 0) : null;
        rows.Add(back is null ? [MenuFeature.BackButton] : [new Button(StatusTexts.BackToList, back), MenuFeature.BackButton]);
        t.Show(screens.Details(main, others, t.Now), new Keyboard(rows));
    }

    private static string FileName(string what, string scope, DateTime now, string ext)
    {
        var safe = scope switch { StatusCallbacks.Mine => "my", StatusCallbacks.Everywhere => "all", _ => scope };
        return string.Create(CultureInfo.InvariantCulture, $"{what}-{safe}-{now:yyyy-MM-dd}.{ext}");
    }
}
