using System.Globalization;
using SchoolSupport.Bot.Features.Menu;
using SchoolSupport.Bot.Storage;
using SchoolSupport.Domain.Campaigns;
using SchoolSupport.Domain.Messaging;

namespace SchoolSupport.Bot.Features.Questionnaires;

/// <summary>
/// /campaign and «📋 Анкетирование»: the campaigns a participant follows (school team, curator, coordinator), each with
/// its live completion matrix; opening a new one (the wizard), its links and QR codes, expected counts by hand and closing
/// early for those who manage it. Every press asks the rights again.
/// </summary>
internal sealed class CampaignFeature(
    CampaignWizard wizard,
    CampaignRepository campaigns,
    CampaignProgress progress,
    CampaignLinks links,
    CampaignWatchers watchers,
    SchoolRepository schools) : IFeature
{
    private const int PageSize = 8;
    private const string ExpectedStep = "expected";

    public IReadOnlyList<string> Commands => ["campaign"];
    public IReadOnlyList<string> Actions => [CampaignCallbacks.Action];
    public string? Flow => CampaignWizard.FlowName;

    public void OnCommand(Turn t, CommandIn command) => List(t, 0);

    public void OnButton(Turn t, CallbackData d)
    {
        var (op, id) = (d.Arg(0), d.Arg(1));
        switch (op)
        {
            case "ls": List(t, d.IntArg(1) ?? 0); return;
            case "new": wizard.Begin(t); return;
            case "w": wizard.OnButton(t, d); return;
        }
        if (campaigns.Get(id) is not { } c || schools.Get(c.SchoolId) is not { } school) { t.Answer(CampaignTexts.NotFound, alert: true); return; }
        if (!CampaignEligibility.CanFollow(t.Participant, school)) { t.Answer(CampaignTexts.NotYours, alert: true); return; }
        if (op == "v") { Card(t, c); return; }
        if (!CampaignEligibility.CanManage(t.Participant, school)) { t.Answer(Texts.Common.NoRights, alert: true); return; }
        switch (op)
        {
            case "ln": t.Answer(); links.Show(t, c); break;
            case "qr": links.SendQr(t, c, d.Arg(2)); break;
            case "x": ExpectedGroups(t, c); break;
            case "xg" when CampaignGroup.TryParse(d.Arg(2), out var g) && c.Groups.Contains(g): AskExpected(t, c, g); break;
            case "st": AskStop(t, c); break;
            case "sty": Stop(t, c); break;
            default: t.Answer(Texts.Common.StaleButton, alert: true); break;
        }
    }

    public void OnText(Turn t, TextIn text)
    {
        if (t.Conversation.Step == ExpectedStep) Expected(t, text.Text);
        else wizard.OnText(t, text.Text);
    }

    private void List(Turn t, int page)
    {
        var me = t.Participant;
        watchers.Unwatch(t);
        var followed = schools.All().Where(s => CampaignEligibility.CanFollow(me, s)).ToList();
        var canOpen = followed.Any(s => CampaignEligibility.CanManage(me, s));
        if (followed.Count == 0) { t.Show(CampaignTexts.CannotManage, Keyboard.Of([MenuFeature.BackButton])); return; }
        var all = campaigns.ForSchools(followed.Select(s => s.Id));
        var pages = Math.Max(1, (all.Count + PageSize - 1) / PageSize);
        page = Math.Clamp(page, 0, pages - 1);
        var shown = all.Skip(page * PageSize).Take(PageSize).ToList();
        var lines = new List<string> { CampaignTexts.MenuButton + (pages > 1 ? $" · страница {page + 1} из {pages}" : ""), "" };
        lines.AddRange(shown.Count == 0 ? [CampaignTexts.NoCampaigns] : shown.Select(c => "• " + progress.Line(c, t.Now)));
        var rows = shown.Select(c => (IReadOnlyList<Button>)[new Button($"{progress.SchoolName(c)} · {CampaignTexts.Period(c.OpensOn, c.ClosesOn)}", CampaignCallbacks.View(c.Id))]).ToList();
        var nav = new List<Button>();
        if (page > 0) nav.Add(new Button("◀️", CampaignCallbacks.List(page - 1)));
        if (page < pages - 1) nav.Add(new Button("▶️", CampaignCallbacks.List(page + 1)));
        if (nav.Count > 0) rows.Add(nav);
        if (canOpen) rows.Add([new Button(CampaignTexts.New, CampaignCallbacks.New())]);
        rows.Add([MenuFeature.BackButton]);
        t.Show(string.Join('\n', lines), new Keyboard(rows));
    }

    /// <summary>The card with the matrix; opened by a button it is kept up to date in place.</summary>
    private void Card(Turn t, Campaign c)
    {
        var (text, keyboard) = progress.Card(c, t.Participant, t.Now);
        t.Show(text, keyboard);
        watchers.Watch(t, c, text);
    }

    private static void ExpectedGroups(Turn t, Campaign c)
    {
        t.Answer();
        t.Reply(CampaignTexts.AskExpectedGroup, Keyboard.Column(c.Groups.Select(g => new Button(CampaignTexts.Group(g), CampaignCallbacks.ExpectedFor(c.Id, g.Key)))));
    }

    private static void AskExpected(Turn t, Campaign c, CampaignGroup g)
    {
        t.Conversation = t.Conversation.Start(CampaignWizard.FlowName, ExpectedStep, t.Now).With("c", c.Id, t.Now).With("g", g.Key, t.Now);
        t.Show(CampaignTexts.AskExpected(g, c.ExpectedByHand.TryGetValue(g.Key, out var n) ? n : null));
    }

    private void Expected(Turn t, string text)
    {
        if (campaigns.Get(t.Conversation.Get("c") ?? "") is not { } c || schools.Get(c.SchoolId) is not { } school
            || !CampaignGroup.TryParse(t.Conversation.Get("g"), out var g) || !CampaignEligibility.CanManage(t.Participant, school))
        {
            t.Conversation = t.Conversation.Clear(t.Now);
            t.Reply(Texts.Common.NoRights);
            return;
        }
        if (!int.TryParse(text.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var n) || !CompletionMatrix.IsValidExpected(n))
        {
            t.Reply(CampaignTexts.BadExpected);
            return;
        }
        c = c with { ExpectedByHand = new Dictionary<string, int>(c.ExpectedByHand) { [g.Key] = n } };
        campaigns.Save(c);
        t.Conversation = t.Conversation.Clear(t.Now);
        var (card, keyboard) = progress.Card(c, t.Participant, t.Now);
        t.Reply(card, keyboard);
    }

    private static void AskStop(Turn t, Campaign c)
    {
        t.Answer();
        t.Reply(CampaignTexts.StopAsk, Keyboard.Of([new Button(CampaignTexts.StopYes, CampaignCallbacks.StopConfirmed(c.Id))], [new Button(CampaignTexts.Cancel, CampaignCallbacks.View(c.Id))]));
    }

    private void Stop(Turn t, Campaign c)
    {
        if (CampaignRules.StateAt(c, t.Now) == CampaignState.Closed) { t.Answer(CampaignTexts.AlreadyClosed, alert: true); return; }
        c = c with { StoppedAtUtc = t.Now };
        campaigns.Save(c);
        var (card, keyboard) = progress.Card(c, t.Participant, t.Now);
        t.Show($"{CampaignTexts.Stopped}\n\n{card}", keyboard);
    }
}
