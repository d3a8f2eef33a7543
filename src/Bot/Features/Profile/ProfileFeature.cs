using System.Globalization;
using SchoolSupport.Bot.Features.Menu;
using SchoolSupport.Domain.Messaging;
using SchoolSupport.Domain.Participants;
using SchoolSupport.Domain.Risks;
using SchoolSupport.Domain.Schools;

namespace SchoolSupport.Bot.Features.Profile;

/// <summary>
/// /profile and «🎯 Рисковый профиль»: a school's ten risks with indicator, level, drivers and what they rest on, the
/// «Есть ли изменения?» blocks, a PNG chart, verification by the school team and curator, a coordinator's heat table of
/// the municipality (PNG, XLSX) and anonymised exports (XLSX, CSV). Every press asks the rights again.
/// </summary>
internal sealed class ProfileFeature(ProfileQuery query, ProfileScreens screens, ProfileVerifier verifier) : IFeature
{
    public IReadOnlyList<string> Commands => ["profile"];
    public IReadOnlyList<string> Actions => [ProfileCallbacks.Action];
    public string? Flow => ProfileVerifier.FlowName;

    public void OnCommand(Turn t, CommandIn command) => Home(t);

    public void OnText(Turn t, TextIn text) => verifier.Comment(t, text.Text);

    public void OnButton(Turn t, CallbackData d)
    {
        var op = d.Arg(0);
        if (op != "n" && t.Conversation.Flow == ProfileVerifier.FlowName) t.Conversation = t.Conversation.Clear(t.Now);
        switch (op)
        {
            case "h": Home(t); return;
            case "m": InMunicipality(t, d.Arg(1), (id, list) => Municipality(t, id, list)); return;
            case "hp": InMunicipality(t, d.Arg(1), (id, list) => HeatPng(t, id, list)); return;
            case "hx": InMunicipality(t, d.Arg(1), (id, list) => HeatXlsx(t, id, list)); return;
            case "x" when d.Arg(1) == ProfileCallbacks.MunicipalityScope: InMunicipality(t, d.Arg(2), (id, list) => Export(t, query.MunicipalityName(id), id, list, d.Arg(3))); return;
        }
        var schoolId = op == "x" ? d.IntArg(2) : d.IntArg(1);
        if (schoolId is not { } id || query.School(id) is not { } school) { t.Answer(ProfileTexts.NotFound, alert: true); return; }
        if (!ProfileAccess.CanSee(t.Participant, school)) { t.Answer(ProfileTexts.NotYours, alert: true); return; }
        switch (op)
        {
            case "s": Open(t, school); break;
            case "c": t.Answer(); Chart(t, query.Load(school)); break;
            case "v" when ProfileAccess.CanVerify(t.Participant, school): Verification(t, school); break;
            case "v": t.Answer(ProfileTexts.NotVerifier, alert: true); break;
            case "r" when query.Catalogue.Risk(d.IntArg(2) ?? 0) is { } risk: verifier.Show(t, query.Load(school), risk.Id, null); break;
            case "d": verifier.Press(t, school, d); break;
            case "n": verifier.WithoutComment(t, school, d); break;
            case "x" when d.Arg(1) == ProfileCallbacks.SchoolScope: Export(t, school.Name, $"school-{school.Id}", [school], d.Arg(3)); break;
            default: t.Answer(Texts.Common.StaleButton, alert: true); break;
        }
    }

    private void Home(Turn t)
    {
        var me = t.Participant;
        var municipalities = query.Municipalities(me);
        if (municipalities.Count == 1 && query.Own(me).Count == 0) { InMunicipality(t, municipalities[0].Id, (id, list) => Municipality(t, id, list)); return; }
        if (municipalities.Count > 0)
        {
            var buttons = municipalities.Select(m => new Button(m.Name, ProfileCallbacks.Municipality(m.Id)))
                .Concat(ProfileScreens.Pick(query.Own(me))).Append(MenuFeature.BackButton);
            t.Show(ProfileTexts.PickMunicipality, Keyboard.Column(buttons));
            return;
        }
        var own = query.Visible(me);
        if (own.Count == 0)
        {
            t.Show(me.Has(Role.Coordinator) ? ProfileTexts.NoSchools : ProfileTexts.NoRights, Keyboard.Of([MenuFeature.BackButton]));
            return;
        }
        if (own.Count == 1) { Open(t, own[0]); return; }
        t.Show(ProfileTexts.PickSchool, Keyboard.Column(ProfileScreens.Pick(own).Append(MenuFeature.BackButton)));
    }

    /// <summary>The profile in chat, then the chart with its short summary.</summary>
    private void Open(Turn t, School school)
    {
        var p = query.Load(school);
        var (text, keyboard) = screens.Profile(p, t.Participant, query.Visible(t.Participant).Count > 1);
        t.Show(text, keyboard);
        if (p.Sheets.Count > 0) Chart(t, p);
    }

    private static void Chart(Turn t, SchoolProfile p) =>
        t.ReplyFile(FileName("profile", $"school-{p.School.Id}", t.Now, "png"), ProfileChart.Render(p.School.Name, p.Risks),
            ProfileTexts.ChartCaption(p.School.Name, ProfileScreens.Count(p, RiskLevel.High), ProfileScreens.Count(p, RiskLevel.Medium),
                ProfileScreens.Count(p, RiskLevel.Low), ProfileScreens.Count(p, null)), isImage: true);

    private void Verification(Turn t, School school)
    {
        var (text, keyboard) = ProfileScreens.Verification(query.Load(school));
        t.Show(text, keyboard);
    }

    /// <summary>Runs <paramref name="show"/> with a municipality's school profiles, if the participant coordinates it (asked again here).</summary>
    private void InMunicipality(Turn t, string id, Action<string, IReadOnlyList<School>> show)
    {
        if (!ProfileAccess.CanSeeMunicipality(t.Participant, id)) { t.Answer(ProfileTexts.NotYours, alert: true); return; }
        var list = query.InMunicipality(id);
        if (list.Count == 0) { t.Show(ProfileTexts.NoSchools, Keyboard.Of([MenuFeature.BackButton])); return; }
        show(id, list);
    }

    private void Municipality(Turn t, string id, IReadOnlyList<School> list)
    {
        var (text, keyboard) = ProfileScreens.Municipality(id, query.MunicipalityName(id), [.. list.Select(query.Load)], query.Municipalities(t.Participant).Count > 1);
        t.Show(text, keyboard);
    }

    private void HeatPng(Turn t, string id, IReadOnlyList<School> list)
    {
        var name = query.MunicipalityName(id);
        t.Answer();
        t.ReplyFile(FileName("risks", id, t.Now, "png"), HeatChart.Render(name, [.. list.Select(query.Load)], query.Catalogue), ProfileTexts.HeatCaption(name, list.Count, query.Catalogue.Risks.Count), isImage: true);
    }

    private void HeatXlsx(Turn t, string id, IReadOnlyList<School> list)
    {
        var name = query.MunicipalityName(id);
        t.Answer();
        t.ReplyFile(FileName("risks", id, t.Now, "xlsx"), ProfileExport.HeatXlsx(name, [.. list.Select(query.Load)]), ProfileTexts.HeatXlsxCaption(name, list.Count), isImage: false);
    }

    private void Export(Turn t, string scopeName, string fileKey, IReadOnlyList<School> list, string format)
    {
        var profiles = list.Select(query.Load).ToList();
        if (profiles.All(p => p.Sheets.Count == 0)) { t.Answer(ProfileTexts.NothingToExport, alert: true); return; }
        var tables = ProfileExport.Tables(query.MunicipalityName(list[0].MunicipalityId), profiles);
        var caption = ProfileTexts.ExportCaption(scopeName, tables.Answers.Count, tables.Suppressed);
        t.Answer();
        if (format == ProfileCallbacks.Csv)
        {
            t.ReplyFile(FileName("answers", fileKey, t.Now, "csv"), ProfileExport.Csv(tables.Answers), caption, isImage: false);
            t.ReplyFile(FileName("totals", fileKey, t.Now, "csv"), ProfileExport.Csv(tables.Totals), null, isImage: false);
        }
        else t.ReplyFile(FileName("answers", fileKey, t.Now, "xlsx"), ProfileExport.Xlsx(tables), caption, isImage: false);
    }

    private static string FileName(string what, string scope, DateTime now, string ext) =>
        string.Create(CultureInfo.InvariantCulture, $"{what}-{scope}-{now:yyyy-MM-dd}.{ext}");
}
