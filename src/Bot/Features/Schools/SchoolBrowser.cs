using SchoolSupport.Bot.Features.Menu;
using SchoolSupport.Bot.Storage;
using SchoolSupport.Domain.Messaging;
using SchoolSupport.Domain.Participants;
using SchoolSupport.Domain.Schools;

namespace SchoolSupport.Bot.Features.Schools;

/// <summary>
/// /schools: a coordinator sees their municipalities with school counts, then a municipality's schools page by page;
/// curators and school staff see their own schools; parents and students get a polite refusal.
/// </summary>
internal sealed class SchoolBrowser(SchoolRepository schools)
{
    public const int PageSize = 8;

    public void Start(Turn t, int page)
    {
        var me = t.Participant;
        if (me.Has(Role.Coordinator)) Municipalities(t, me, page);
        else if (me.IsStaff()) Own(t, me, page);
        else t.Show(SchoolTexts.NoAccess, Keyboard.Of([MenuFeature.BackButton]));
    }

    public void Municipality(Turn t, string municipalityId, int page)
    {
        var me = t.Participant;
        if (!Access.CoordinatesMunicipality(me, municipalityId) || schools.Municipality(municipalityId) is not { } m)
        {
            t.Answer(Texts.Common.NoRights, alert: true);
            return;
        }
        ShowMunicipality(t, m, page, withBack: SchoolScope.Coordinated(me, schools).Count > 1);
    }

    private void Municipalities(Turn t, Participant me, int page)
    {
        var munis = SchoolScope.Coordinated(me, schools);
        if (munis.Count == 0)
        {
            t.Show(SchoolTexts.NoMunicipalities, Keyboard.Of([MenuFeature.BackButton]));
            return;
        }
        if (munis.Count == 1)
        {
            ShowMunicipality(t, munis[0], page, withBack: false);
            return;
        }
        var counts = schools.All().GroupBy(s => s.MunicipalityId).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        int Count(Municipality m) => counts.GetValueOrDefault(m.Id);
        var shown = Paging.Of(munis, page, PageSize);
        var text = string.Join('\n', new[] { SchoolTexts.MunicipalitiesHeader(munis.Count, munis.Sum(Count)), SchoolCards.PageInfo(shown), SchoolTexts.ChooseMunicipality }.OfType<string>());
        var rows = shown.Items.Select(m => Row(new Button(SchoolTexts.MunicipalityButton(m.Name, Count(m)), SchoolCallbacks.Municipality(m.Id)))).ToList();
        AddNavigation(rows, shown, SchoolCallbacks.List);
        rows.Add([new Button(SchoolTexts.UploadCsv, SchoolCallbacks.Csv())]);
        rows.Add([MenuFeature.BackButton]);
        t.Show(text, new Keyboard(rows));
    }

    private void ShowMunicipality(Turn t, Municipality m, int page, bool withBack)
    {
        var all = schools.InMunicipality(m.Id);
        var shown = Paging.Of(all, page, PageSize);
        var rows = new List<IReadOnlyList<Button>>();
        AddNavigation(rows, shown, p => SchoolCallbacks.Municipality(m.Id, p));
        rows.Add([new Button(SchoolTexts.AddSchool, SchoolCallbacks.Add(m.Id)), new Button(SchoolTexts.UploadCsv, SchoolCallbacks.Csv())]);
        rows.Add(withBack ? [new Button(SchoolTexts.ToMunicipalities, SchoolCallbacks.List()), MenuFeature.BackButton] : [MenuFeature.BackButton]);
        t.Show(SchoolCards.MunicipalityPage(m.Name, all, shown), new Keyboard(rows));
    }

    private void Own(Turn t, Participant me, int page)
    {
        var ids = Access.OwnSchoolIds(me, Role.Curator, Role.SchoolTeam, Role.Teacher);
        var own = Access.VisibleSchools(me, schools.Get(ids));
        if (own.Count == 0)
        {
            t.Show(SchoolTexts.NoOwnSchools, Keyboard.Of([MenuFeature.BackButton]));
            return;
        }
        if (own.Count == 1)
        {
            t.Show(SchoolCards.Card(own[0], MunicipalityName(own[0].MunicipalityId)), Keyboard.Of([MenuFeature.BackButton]));
            return;
        }
        var shown = Paging.Of(own, page, PageSize);
        var rows = new List<IReadOnlyList<Button>>();
        AddNavigation(rows, shown, SchoolCallbacks.List);
        rows.Add([MenuFeature.BackButton]);
        t.Show(SchoolCards.OwnPage(shown, MunicipalityName), new Keyboard(rows));
    }

    private string MunicipalityName(string id) => schools.Municipality(id)?.Name ?? id;

    private static void AddNavigation<T>(List<IReadOnlyList<Button>> rows, Page<T> page, Func<int, string> callback)
    {
        var nav = new List<Button>();
        if (page.HasPrevious) nav.Add(new Button(SchoolTexts.Previous, callback(page.Number - 1)));
        if (page.HasNext) nav.Add(new Button(SchoolTexts.Next, callback(page.Number + 1)));
        if (nav.Count > 0) rows.Add(nav);
    }

    private static IReadOnlyList<Button> Row(Button button) => [button];
}
