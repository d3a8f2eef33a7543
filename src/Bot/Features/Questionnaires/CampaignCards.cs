using SchoolSupport.Domain.Campaigns;
using SchoolSupport.Domain.Messaging;

namespace SchoolSupport.Bot.Features.Questionnaires;

/// <summary>The campaign card: dates, state and the completion matrix (answered / started / expected per group).</summary>
internal static class CampaignCards
{
    public static string Matrix(IReadOnlyList<MatrixRow> rows, Func<CampaignSlot, string> title, bool closed)
    {
        var lines = new List<string>();
        foreach (var r in rows)
        {
            lines.Add($"• {CampaignTexts.Group(r.Slot.Group)} — «{title(r.Slot)}»");
            var answered = r.Expected is { } e ? $"ответили {r.Answered} из {e}" + (r.Percent is { } p ? $" ({p} %)" : "") : $"ответили {r.Answered}";
            var started = r.Started == 0 ? "" : closed ? $", не завершили {r.Started}" : $", начали {r.Started}";
            lines.Add($"   {answered}{started}");
        }
        var bySource = rows.GroupBy(r => r.Source).ToDictionary(g => g.Key, g => g.Select(r => CampaignTexts.Group(r.Slot.Group)).Distinct().ToList());
        var notes = new List<string>();
        if (bySource.ContainsKey(ExpectedSource.Passport)) notes.Add(CampaignTexts.ExpectedFromPassport);
        if (bySource.TryGetValue(ExpectedSource.ByHand, out var byHand)) notes.Add(CampaignTexts.ExpectedByHand(byHand));
        if (bySource.TryGetValue(ExpectedSource.Unknown, out var unknown)) notes.Add(CampaignTexts.ExpectedUnknown(unknown));
        if (notes.Count > 0) lines.Add("\n" + string.Join("\n", notes));
        return string.Join('\n', lines);
    }

    public static string Header(Campaign c, string school, CampaignState state, int daysLeft) =>
        $"📋 Анкетирование · {school}\n{CampaignTexts.Period(c.OpensOn, c.ClosesOn)} · {CampaignTexts.State(state, daysLeft, c.OpensOn)}";

    public static Keyboard Keyboard(Campaign c, bool manage, CampaignState state)
    {
        var rows = new List<IReadOnlyList<Button>> { new[] { new Button(CampaignTexts.Refresh, CampaignCallbacks.View(c.Id)) } };
        if (manage)
        {
            if (c.Links.Count > 0 && state != CampaignState.Closed) rows.Add([new Button(CampaignTexts.Links, CampaignCallbacks.Links(c.Id))]);
            rows.Add([new Button(CampaignTexts.Expected, CampaignCallbacks.Expected(c.Id))]);
            if (state != CampaignState.Closed) rows.Add([new Button(CampaignTexts.Stop, CampaignCallbacks.Stop(c.Id))]);
        }
        rows.Add([new Button(ProfileTexts.MenuButton, Profile.ProfileCallbacks.School(c.SchoolId))]);
        rows.Add([new Button(CampaignTexts.Back, CampaignCallbacks.List())]);
        return new Keyboard(rows);
    }
}
