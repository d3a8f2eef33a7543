using SchoolSupport.Bot.Features.Menu;
using SchoolSupport.Bot.Features.Questionnaires;
using SchoolSupport.Domain.Messaging;
using SchoolSupport.Domain.Participants;
using SchoolSupport.Domain.Questionnaires;
using SchoolSupport.Domain.Risks;
using SchoolSupport.Domain.Schools;

namespace SchoolSupport.Bot.Features.Profile;

/// <summary>The screens of /profile: a school's profile, verification, one risk, a coordinator's municipality.</summary>
internal sealed class ProfileScreens(ProfileQuery query, Zones zones)
{
    /// <summary>Ten risks with indicator, level, drivers and what they rest on; the decisions; «Есть ли изменения?» per block.</summary>
    public (string Text, Keyboard Keyboard) Profile(SchoolProfile p, Participant viewer, bool severalSchools)
    {
        var lines = new List<string> { ProfileTexts.Header(p.School.Name) };
        if (p.Sheets.Count == 0) lines.AddRange(["", ProfileTexts.NoAnswers]);
        else
        {
            lines.Add(ProfileTexts.Based(p.Sheets.Count, string.Join(", ", p.ByGroup().Select(g => ProfileTexts.GroupSheets(CampaignTexts.Group(g.Group).ToLower(Texts.Ru), g.Sheets, g.Instruments)))));
            lines.Add("");
            foreach (var r in p.Risks.Risks) lines.AddRange(Risk(r, p.Verification.StateOf(r.Risk.Id)));
            lines.Add("");
            lines.Add(ProfileTexts.Legend);
        }
        var decided = p.Risks.Risks.Count(r => p.Verification.StateOf(r.Risk.Id) != VerificationState.Unverified);
        if (decided > 0)
        {
            lines.Add(ProfileTexts.Verified(decided, p.Risks.Risks.Count, p.Verification.ActiveRisks()));
            var last = p.Verification.Decisions[^1];
            lines.Add(ProfileTexts.LastDecision(query.NameOf(last.By), When(last.AtUtc, p.School)));
        }
        if (p.Changes is { } changes && p.Sheets.Count > 0) lines.AddRange(["", .. Changes(changes, p.Blocks)]);
        return (string.Join('\n', lines), ProfileKeyboard(p, viewer, severalSchools));
    }

    public static IReadOnlyList<string> Risk(RiskResult r, VerificationState state)
    {
        var shown = RiskDisclosure.ShownIndicator(r);
        var title = ProfileTexts.RiskTitle(shown is null ? null : r.Level, r.Risk) + (state == VerificationState.Unverified ? "" : $" — {ProfileTexts.State(state)}");
        if (r.Indicator is null) return [title, ProfileTexts.RiskNotDiagnosed];
        if (shown is not { } value) return [title, ProfileTexts.RiskHidden];
        var drivers = RiskDisclosure.ShownDrivers(r);
        return [title, ProfileTexts.RiskLine(value, r.Level!.Value, drivers, drivers.Count < r.DrivenBy.Count, r.Answers, r.Respondents)];
    }

    private static IEnumerable<string> Changes(Instrument changes, IReadOnlyList<BlockResult> blocks)
    {
        var respondents = blocks.Count == 0 ? 0 : blocks.Max(b => b.Respondents);
        if (respondents == 0) return [ProfileTexts.ChangesNone(changes.Title)];
        return [ProfileTexts.ChangesHeader(changes.Title, respondents),
            .. blocks.Select(b => Anonymity.CanShow(b.Respondents) ? ProfileTexts.Block(b) : ProfileTexts.BlockHidden(b.Block.Title))];
    }

    private static Keyboard ProfileKeyboard(SchoolProfile p, Participant viewer, bool severalSchools)
    {
        var id = p.School.Id;
        var rows = new List<IReadOnlyList<Button>>();
        if (ProfileAccess.CanVerify(viewer, p.School)) rows.Add([new Button(ProfileTexts.Verify, ProfileCallbacks.Verification(id))]);
        rows.Add([new Button(ProfileTexts.ChartButton, ProfileCallbacks.Chart(id))]);
        rows.Add([new Button(ProfileTexts.ExportXlsx, ProfileCallbacks.Export(ProfileCallbacks.SchoolScope, $"{id}", ProfileCallbacks.Xlsx)),
            new Button(ProfileTexts.ExportCsv, ProfileCallbacks.Export(ProfileCallbacks.SchoolScope, $"{id}", ProfileCallbacks.Csv))]);
        var back = Access.CoordinatesSchool(viewer, p.School) ? ProfileCallbacks.Municipality(p.School.MunicipalityId) : severalSchools ? ProfileCallbacks.Home() : null;
        rows.Add(back is null ? [MenuFeature.BackButton] : [new Button(ProfileTexts.BackToSchools, back), MenuFeature.BackButton]);
        return new Keyboard(rows);
    }

    /// <summary>The risks to go through, each with its level and verification mark.</summary>
    public static (string Text, Keyboard Keyboard) Verification(SchoolProfile p)
    {
        var rows = p.Risks.Risks.Select(r => new Button(
                ProfileTexts.RiskButton(r.Risk.Id, r.Risk.ShortName, RiskDisclosure.ShownIndicator(r) is null ? null : r.Level, p.Verification.StateOf(r.Risk.Id)),
                ProfileCallbacks.Risk(p.School.Id, r.Risk.Id)))
            .Chunk(2).Select(c => (IReadOnlyList<Button>)c).ToList();
        rows.Add([new Button(ProfileTexts.BackToProfile, ProfileCallbacks.School(p.School.Id))]);
        return (ProfileTexts.VerifyHeader(p.School.Name, p.Verification.ActiveRisks().Count), new Keyboard(rows));
    }

    /// <summary>One risk: its line, its state, every decision on it, and the actions its state allows (with the step).</summary>
    public (string Text, Keyboard Keyboard) RiskCard(SchoolProfile p, RiskResult r, string? notice)
    {
        var state = p.Verification.StateOf(r.Risk.Id);
        var lines = new List<string>();
        if (notice is not null) lines.AddRange([notice, ""]);
        lines.AddRange(Risk(r, VerificationState.Unverified));
        lines.Add(ProfileTexts.Now(state));
        var history = p.Verification.Decisions.Where(d => d.RiskId == r.Risk.Id).ToList();
        if (history.Count > 0)
        {
            lines.Add("");
            lines.Add(ProfileTexts.HistoryHeader);
            lines.AddRange(history.Select(d => ProfileTexts.HistoryLine(When(d.AtUtc, p.School), query.NameOf(d.By), d.Trigger, d.Comment)));
        }
        var step = p.Verification.Step();
        var rows = VerificationWorkflow.Allowed(state)
            .Select(t => (IReadOnlyList<Button>)[new Button(ProfileTexts.Trigger(t), ProfileCallbacks.Decide(p.School.Id, r.Risk.Id, t, step))]).ToList();
        rows.Add([new Button(ProfileTexts.BackToRisks, ProfileCallbacks.Verification(p.School.Id))]);
        return (string.Join('\n', lines), new Keyboard(rows));
    }

    /// <summary>A coordinator's municipality: a line per school with answers, the schools to open, heat table and exports.</summary>
    public static (string Text, Keyboard Keyboard) Municipality(string id, string name, IReadOnlyList<SchoolProfile> profiles, bool severalMunicipalities)
    {
        var withAnswers = profiles.Where(p => p.Sheets.Count > 0).ToList();
        var lines = new List<string> { ProfileTexts.MunicipalityHeader(name, profiles.Count, withAnswers.Count) };
        if (withAnswers.Count > 0) lines.Add("");
        lines.AddRange(withAnswers.Select(p => ProfileTexts.SchoolLine(p.School.Name, Count(p, RiskLevel.High), Count(p, RiskLevel.Medium), p.Verification.ActiveRisks().Count)));
        if (profiles.Count > withAnswers.Count) lines.Add(ProfileTexts.SchoolsWithout(profiles.Count - withAnswers.Count));
        var rows = profiles.Select(p => new Button(p.School.Name, ProfileCallbacks.School(p.School.Id))).Chunk(2).Select(c => (IReadOnlyList<Button>)c).ToList();
        rows.Add([new Button(ProfileTexts.HeatPngButton, ProfileCallbacks.HeatPng(id)), new Button(ProfileTexts.HeatXlsxButton, ProfileCallbacks.HeatXlsx(id))]);
        rows.Add([new Button(ProfileTexts.ExportXlsx, ProfileCallbacks.Export(ProfileCallbacks.MunicipalityScope, id, ProfileCallbacks.Xlsx)),
            new Button(ProfileTexts.ExportCsv, ProfileCallbacks.Export(ProfileCallbacks.MunicipalityScope, id, ProfileCallbacks.Csv))]);
        rows.Add(severalMunicipalities ? [new Button(ProfileTexts.Municipalities, ProfileCallbacks.Home()), MenuFeature.BackButton] : [MenuFeature.BackButton]);
        return (string.Join('\n', lines), new Keyboard(rows));
    }

    /// <summary>Risks of a level whose indicator may be shown.</summary>
    public static int Count(SchoolProfile p, RiskLevel? level) =>
        p.Risks.Risks.Count(r => (RiskDisclosure.ShownIndicator(r) is null ? null : r.Level) == level);

    public static IReadOnlyList<Button> Pick(IReadOnlyList<School> schools) =>
        [.. schools.Select(s => new Button(s.Name, ProfileCallbacks.School(s.Id)))];

    private string When(DateTime utc, School school) => Texts.Date(utc, zones.ForSchool(school));
}
