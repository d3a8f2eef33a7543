using System.Globalization;
using SchoolSupport.Bot.Features.Schools;
using SchoolSupport.Bot.Features.Questionnaires.Definitions;
using SchoolSupport.Bot.Storage;
using SchoolSupport.Domain.Campaigns;
using SchoolSupport.Domain.Messaging;
using SchoolSupport.Domain.Questionnaires;
using SchoolSupport.Domain.Roadmaps;
using SchoolSupport.Domain.Schools;

namespace SchoolSupport.Bot.Features.Questionnaires;

/// <summary>
/// Opening a campaign: municipality (coordinators of several) → schools (ticked; one school is chosen by itself) →
/// instruments (ticked) → grades (when parents or students answer) → the students' parental consents → first day → last
/// day → confirm. Each step is persisted; buttons carry the step version; the right to manage every chosen school is
/// asked on every press and again when opening.
/// </summary>
internal sealed class CampaignWizard(SchoolRepository schools, InstrumentCatalog catalog, CampaignOpener opener, Zones zones)
{
    public const string FlowName = "campaign";

    public void Begin(Turn t)
    {
        var scope = Scope(t);
        if (scope.Count == 0) { t.Show(CampaignTexts.CannotManage); return; }
        t.Conversation = t.Conversation.Start(FlowName, "muni", t.Now);
        var munis = scope.Select(s => s.MunicipalityId).Distinct().ToList();
        if (munis.Count > 1)
        {
            var v = t.Conversation.Version;
            var named = munis.Select(m => (Id: m, Name: schools.Municipality(m)?.Name ?? m)).OrderBy(m => m.Name, NaturalOrder.Instance);
            t.Show(CampaignTexts.ChooseMunicipality, Keyboard.Column(named.Select(m => new Button(m.Name, Cb("m", m.Id, v)))));
            return;
        }
        ChooseMunicipality(t, munis[0]);
    }

    public void OnButton(Turn t, CallbackData d)
    {
        if (t.Conversation.Flow != FlowName || d.IntArg(3) != t.Conversation.Version) { t.Answer(Texts.Common.StaleButton, alert: true); return; }
        var (op, arg, step) = (d.Arg(1), d.Arg(2), t.Conversation.Step);
        switch (op)
        {
            case "m" when step == "muni" && Scope(t).Any(s => s.MunicipalityId == arg): ChooseMunicipality(t, arg); break;
            case "s" when step == "schools" && int.TryParse(arg, out var id) && InMunicipality(t).Any(s => s.Id == id): Toggle(t, "schools", arg); ShowSchools(t); break;
            case "all" when step == "schools": SelectAll(t); ShowSchools(t); break;
            case "p" when step == "schools" && int.TryParse(arg, out var page): t.Conversation = t.Conversation.With("page", arg, t.Now); ShowSchools(t); break;
            case "ok" when step == "schools": Next(t, "schools", ShowInstruments); break;
            case "i" when step == "ins" && int.TryParse(arg, out var k) && k >= 0 && k < catalog.Latest.Count: Toggle(t, "ins", catalog.Latest[k].Id); ShowInstruments(t); break;
            case "ok" when step == "ins": Next(t, "ins", AfterInstruments); break;
            case "g" when step == "grades" && arg is "6" or "9" or "69": t.Conversation = t.Conversation.With("grades", arg == "69" ? "6,9" : arg, t.Now); AfterGrades(t); break;
            case "c" when step == "consent" && arg is "1" or "0": t.Conversation = t.Conversation.With("consent", arg, t.Now); AskOpens(t); break;
            case "o" when step == "opens" && int.TryParse(arg, out var plus) && plus is 0 or 1: SetOpens(t, Today(t).AddDays(plus)); break;
            case "c2" when step == "closes" && int.TryParse(arg, out var weeks) && weeks is 1 or 2 or 3: SetCloses(t, Opens(t).AddDays(7 * weeks - 1)); break;
            case "go" when step == "confirm": opener.Open(t, Plan(t)); break;
            case "no": t.Conversation = t.Conversation.Clear(t.Now); t.Show(Texts.Common.Cancelled); break;
            default: t.Answer(Texts.Common.StaleButton, alert: true); break;
        }
    }

    public void OnText(Turn t, string text)
    {
        var step = t.Conversation.Step;
        if (step is not ("opens" or "closes")) { t.Reply(CampaignTexts.PressButtons); return; }
        if (!CampaignRules.TryParseDay(text, Today(t), out var day)) { t.Reply(CampaignTexts.BadDate); return; }
        if (step == "opens") SetOpens(t, day);
        else SetCloses(t, day);
    }

    /// <summary>What the wizard collected, for the opener (which checks the rights again).</summary>
    private CampaignPlan Plan(Turn t) => new(
        Selected(t, "schools").Select(int.Parse).ToList(),
        Chosen(t),
        Selected(t, "grades").Select(int.Parse).ToList(),
        t.Conversation.Get("consent") == "1",
        Opens(t),
        Closes(t));

    private void ChooseMunicipality(Turn t, string municipalityId)
    {
        t.Conversation = t.Conversation.With("muni", municipalityId, t.Now).With("page", "0", t.Now).Goto("schools", t.Now);
        var list = InMunicipality(t);
        if (list.Count == 1)
        {
            t.Conversation = t.Conversation.With("schools", Str(list[0].Id), t.Now).Goto("ins", t.Now);
            ShowInstruments(t);
            return;
        }
        ShowSchools(t);
    }

    private void ShowSchools(Turn t)
    {
        var list = InMunicipality(t);
        var v = t.Conversation.Version;
        var (rows, page) = SchoolPage.Of(list, t, Selected(t, "schools"), id => Cb("s", id, v), p => Cb("p", p, v));
        rows.Add([new Button($"{CampaignTexts.AllSchools} ({list.Count})", Cb("all", 0, v)), new Button(CampaignTexts.Done, Cb("ok", 0, v))]);
        t.Show(CampaignTexts.ChooseSchools + SchoolPage.Note(page), new Keyboard(rows));
    }

    private void ShowInstruments(Turn t)
    {
        var chosen = Selected(t, "ins");
        var v = t.Conversation.Version;
        var rows = catalog.Latest.Select((ins, k) => new Button(
            (chosen.Contains(ins.Id) ? "✓ " : "") + $"{ins.Title} — {CampaignTexts.Respondent(ins.Respondent)}", Cb("i", k, v))).ToList();
        rows.Add(new Button(CampaignTexts.Done, Cb("ok", 0, v)));
        t.Show(CampaignTexts.ChooseInstruments, Keyboard.Column(rows));
    }

    private void AfterInstruments(Turn t)
    {
        if (!Chosen(t).Any(i => i.Respondent is RespondentGroup.Parent or RespondentGroup.Student)) { t.Conversation = t.Conversation.With("grades", null, t.Now); AskOpens(t); return; }
        t.Conversation = t.Conversation.Goto("grades", t.Now);
        var v = t.Conversation.Version;
        t.Show(CampaignTexts.ChooseGrades, Keyboard.Of(
            [new Button(CampaignTexts.Grades69, Cb("g", "69", v))],
            [new Button(CampaignTexts.Grade6, Cb("g", "6", v)), new Button(CampaignTexts.Grade9, Cb("g", "9", v))]));
    }

    private void AfterGrades(Turn t)
    {
        if (!Chosen(t).Any(i => i.Respondent == RespondentGroup.Student)) { AskOpens(t); return; }
        t.Conversation = t.Conversation.Goto("consent", t.Now);
        var v = t.Conversation.Version;
        t.Show(CampaignTexts.StudentConsent, Keyboard.Of([new Button(CampaignTexts.ConsentYes, Cb("c", "1", v))], [new Button(CampaignTexts.ConsentNo, Cb("c", "0", v))]));
    }

    private static void AskOpens(Turn t)
    {
        t.Conversation = t.Conversation.Goto("opens", t.Now);
        var v = t.Conversation.Version;
        t.Show(CampaignTexts.AskOpens, Keyboard.Of([new Button(CampaignTexts.Today, Cb("o", 0, v)), new Button(CampaignTexts.Tomorrow, Cb("o", 1, v))]));
    }

    private void SetOpens(Turn t, DateOnly day)
    {
        if (CampaignRules.Check(day, day, Today(t)) is var problem and not DatesProblem.None) { t.Reply(Problem(problem)); return; }
        t.Conversation = t.Conversation.With("opens", Iso(day), t.Now).Goto("closes", t.Now);
        var v = t.Conversation.Version;
        t.Show(CampaignTexts.AskCloses, Keyboard.Of(
            [new Button("Через неделю", Cb("c2", 1, v)), new Button("Через 2 недели", Cb("c2", 2, v)), new Button("Через 3 недели", Cb("c2", 3, v))]));
    }

    private void SetCloses(Turn t, DateOnly day)
    {
        if (CampaignRules.Check(Opens(t), day, Today(t)) is var problem and not DatesProblem.None) { t.Reply(Problem(problem)); return; }
        t.Conversation = t.Conversation.With("closes", Iso(day), t.Now).Goto("confirm", t.Now);
        var v = t.Conversation.Version;
        var plan = Plan(t);
        var names = schools.Get(plan.SchoolIds).Select(s => s.Name).ToList();
        var groups = string.Join(", ", CampaignOpener.Slots(plan).Select(s => s.Group).Distinct().Select(CampaignTexts.Group)).ToLower(Texts.Ru);
        t.Show(CampaignTexts.Confirm(names, plan.Instruments.Select(i => $"{i.Title} — {CampaignTexts.Respondent(i.Respondent)}").ToList(), groups, CampaignTexts.Period(plan.OpensOn, plan.ClosesOn)),
            Keyboard.Of([new Button(CampaignTexts.Open, Cb("go", 0, v))], [new Button(CampaignTexts.Cancel, Cb("no", 0, v))]));
    }

    private static string Problem(DatesProblem p) => p switch
    {
        DatesProblem.OpensInThePast => CampaignTexts.OpensInThePast,
        DatesProblem.ClosesBeforeOpening => CampaignTexts.ClosesBeforeOpening,
        _ => CampaignTexts.TooLong,
    };

    private static void Next(Turn t, string key, Action<Turn> show)
    {
        if (Selected(t, key).Count == 0) { t.Answer(CampaignTexts.NothingChosen, alert: true); return; }
        t.Conversation = t.Conversation.Goto(key == "schools" ? "ins" : key, t.Now);
        show(t);
    }

    private void SelectAll(Turn t)
    {
        var all = InMunicipality(t).Select(s => Str(s.Id)).ToList();
        var value = Selected(t, "schools").SetEquals(all) ? null : string.Join(',', all.Order(StringComparer.Ordinal));
        t.Conversation = t.Conversation.With("schools", value, t.Now);
    }

    /// <summary>The ticked instruments in catalogue order, so slots are numbered the same way whatever the order of ticking.</summary>
    private IReadOnlyList<Instrument> Chosen(Turn t)
    {
        var ticked = Selected(t, "ins");
        return catalog.Latest.Where(i => ticked.Contains(i.Id)).ToList();
    }

    private IReadOnlyList<School> Scope(Turn t) => schools.All().Where(s => CampaignEligibility.CanManage(t.Participant, s)).ToList();

    private IReadOnlyList<School> InMunicipality(Turn t) => Scope(t).Where(s => s.MunicipalityId == t.Conversation.Get("muni")).ToList();

    /// <summary>Today on the calendar of the first chosen school (else the participant's zone).</summary>
    private DateOnly Today(Turn t)
    {
        var first = Selected(t, "schools").Select(int.Parse).Order().Select(schools.Get).FirstOrDefault(s => s is not null);
        return Deadlines.LocalToday(t.Now, first is null ? zones.ForParticipant(t.Participant) : zones.ForSchool(first));
    }

    private static DateOnly Opens(Turn t) => DateOnly.ParseExact(t.Conversation.Get("opens") ?? "0001-01-01", "yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static DateOnly Closes(Turn t) => DateOnly.ParseExact(t.Conversation.Get("closes") ?? "0001-01-01", "yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string Iso(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static HashSet<string> Selected(Turn t, string key) => t.Conversation.Set(key);

    private static void Toggle(Turn t, string key, string value) => t.Conversation = t.Conversation.Toggle(key, value, t.Now);

    private static string Cb(string op, object arg, int v) => CampaignCallbacks.Wizard(op, arg, v);

    private static string Str(int id) => id.ToString(CultureInfo.InvariantCulture);
}
