using SchoolSupport.Bot.Features.Questionnaires.Definitions;
using SchoolSupport.Bot.Storage;
using SchoolSupport.Domain.Campaigns;
using SchoolSupport.Domain.Messaging;
using SchoolSupport.Domain.Participants;

namespace SchoolSupport.Bot.Features.Questionnaires;

/// <summary>The completion matrix of a campaign from what is stored now, and the card that shows it.</summary>
internal sealed class CampaignProgress(
    AnswerSheetRepository sheets,
    DraftRepository drafts,
    InstrumentCatalog catalog,
    SchoolRepository schools,
    Zones zones)
{
    public IReadOnlyList<MatrixRow> Matrix(Campaign c)
    {
        var started = drafts.ForCampaign(c.Id).GroupBy(d => d.Slot).ToDictionary(g => g.Key, g => g.Count());
        return CompletionMatrix.Of(c, sheets.CountBySlot(c), started, Passport.Counts(sheets.For(c.SchoolId, Passport.InstrumentId)));
    }

    public string Title(CampaignSlot slot) => catalog.Get(slot.InstrumentId, slot.InstrumentVersion)?.Title ?? slot.InstrumentId;

    public string SchoolName(Campaign c) => schools.Get(c.SchoolId)?.Name ?? "—";

    public TimeZoneInfo Zone(Campaign c) => zones.ForSchool(schools.Get(c.SchoolId));

    /// <summary>The school's last day of the campaign: the day it was stopped by hand, else its close date.</summary>
    public DateOnly ClosedOn(Campaign c) =>
        c.StoppedAtUtc is { } stopped && stopped < c.ClosesAtUtc ? Domain.Roadmaps.Deadlines.LocalToday(stopped, Zone(c)) : c.ClosesOn;

    public string MatrixText(Campaign c, DateTime nowUtc) =>
        CampaignCards.Matrix(Matrix(c), Title, CampaignRules.StateAt(c, nowUtc) == CampaignState.Closed);

    public (string Text, Keyboard Keyboard) Card(Campaign c, Participant viewer, DateTime nowUtc)
    {
        var state = CampaignRules.StateAt(c, nowUtc);
        var school = schools.Get(c.SchoolId);
        var header = CampaignCards.Header(c, SchoolName(c), state, CampaignRules.DaysLeft(c, nowUtc, Zone(c)));
        var manage = school is not null && CampaignEligibility.CanManage(viewer, school);
        return ($"{header}\n\n{MatrixText(c, nowUtc)}", CampaignCards.Keyboard(c, manage, state));
    }

    /// <summary>One line for a list: school, dates, answered out of expected.</summary>
    public string Line(Campaign c, DateTime nowUtc)
    {
        var (answered, _, expected) = CompletionMatrix.Total(Matrix(c));
        var state = CampaignRules.StateAt(c, nowUtc);
        var share = expected is > 0 ? $"{answered} из {expected}" : $"{answered}";
        return $"{SchoolName(c)} · {CampaignTexts.Period(c.OpensOn, c.ClosesOn)} · {(state == CampaignState.Closed ? "закрыто" : state == CampaignState.Scheduled ? "ещё не началось" : "идёт")} · ответов: {share}";
    }
}
