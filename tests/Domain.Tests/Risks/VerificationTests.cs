using SchoolSupport.Domain.Risks;
using static SchoolSupport.Domain.Risks.VerificationRefusal;
using static SchoolSupport.Domain.Risks.VerificationState;
using static SchoolSupport.Domain.Risks.VerificationTrigger;

namespace SchoolSupport.Domain.Tests.Risks;

/// <summary>Every (state, trigger) pair of risk verification, the activation limit, stale presses and comments.</summary>
public sealed class VerificationTests
{
    private static readonly DateTime T0 = new(2027, 2, 20, 8, 0, 0, DateTimeKind.Utc);

    private static readonly RiskCatalogue Catalogue = new()
    {
        Version = 1, Title = "РПШ", Thresholds = Thresholds.Default,
        Risks = [.. Enumerable.Range(1, 10).Select(i => new Risk { Id = i, Name = $"Риск {i}", ShortName = $"Р{i}" })],
    };

    [Theory]
    [InlineData(Unverified, Confirm, Confirmed, null)]
    [InlineData(Unverified, Reject, Rejected, null)]
    [InlineData(Unverified, Activate, Unverified, NotConfirmed)]
    [InlineData(Unverified, Deactivate, Unverified, NotActive)]
    [InlineData(Confirmed, Confirm, Confirmed, AlreadyConfirmed)]
    [InlineData(Confirmed, Reject, Rejected, null)]
    [InlineData(Confirmed, Activate, Active, null)]
    [InlineData(Confirmed, Deactivate, Confirmed, NotActive)]
    [InlineData(Rejected, Confirm, Confirmed, null)]
    [InlineData(Rejected, Reject, Rejected, AlreadyRejected)]
    [InlineData(Rejected, Activate, Rejected, NotConfirmed)]
    [InlineData(Rejected, Deactivate, Rejected, NotActive)]
    [InlineData(Active, Confirm, Active, AlreadyConfirmed)]
    [InlineData(Active, Reject, Active, ActiveCannotBeRejected)]
    [InlineData(Active, Activate, Active, AlreadyActive)]
    [InlineData(Active, Deactivate, Confirmed, null)]
    public void Every_state_and_trigger_pair_has_one_outcome(VerificationState state, VerificationTrigger trigger, VerificationState next, VerificationRefusal? refusal)
    {
        var step = VerificationWorkflow.Step(state, trigger);

        Assert.Equal(next, step.State);
        Assert.Equal(refusal, step.Refusal);
    }

    [Fact]
    public void The_table_above_covers_every_pair() =>
        Assert.Equal(16, Enum.GetValues<VerificationState>().Length * VerificationWorkflow.Triggers.Count);

    [Theory]
    [InlineData(Unverified, new[] { Confirm, Reject })]
    [InlineData(Confirmed, new[] { Reject, Activate })]
    [InlineData(Rejected, new[] { Confirm })]
    [InlineData(Active, new[] { Deactivate })]
    public void The_allowed_triggers_derive_the_buttons(VerificationState state, VerificationTrigger[] allowed) =>
        Assert.Equal(allowed, VerificationWorkflow.Allowed(state));

    [Fact]
    public void Decisions_are_appended_with_who_when_and_the_comment_and_the_latest_gives_the_state()
    {
        var v = RiskVerification.For(7);

        v = Decide(v, 3, Confirm, "team", "  Подтверждаем: мало методических объединений  ");
        v = Decide(v, 3, Activate, "curator");
        v = Decide(v, 8, Reject, "curator", "   ");

        Assert.Equal(3, v.Step());
        Assert.Equal(Active, v.StateOf(3));
        Assert.Equal(Rejected, v.StateOf(8));
        Assert.Equal(Unverified, v.StateOf(1));
        Assert.Equal(("team", T0, "Подтверждаем: мало методических объединений"), (v.Decisions[0].By, v.Decisions[0].AtUtc, v.Decisions[0].Comment));
        Assert.Null(v.Decisions[2].Comment);
        Assert.Equal([3], v.ActiveRisks());
    }

    [Fact]
    public void At_most_three_working_directions_are_active()
    {
        var v = RiskVerification.For(7);
        foreach (var risk in new[] { 2, 5, 9, 10 }) v = Decide(v, risk, Confirm, "team");
        foreach (var risk in new[] { 9, 2, 5 }) v = Decide(v, risk, Activate, "team");

        var (same, refusal) = VerificationWorkflow.Decide(v, Catalogue, 10, Activate, v.Step(), "team", T0, null);

        Assert.Equal(TooManyActive, refusal);
        Assert.Same(v, same);
        Assert.Equal([9, 2, 5], v.ActiveRisks());
        v = Decide(v, 2, Deactivate, "curator");
        v = Decide(v, 10, Activate, "curator");
        Assert.Equal([9, 5, 10], v.ActiveRisks());
    }

    [Theory]
    [InlineData(0, null)]
    [InlineData(1, Stale)]
    [InlineData(-1, Stale)]
    public void A_press_from_an_older_screen_is_stale_and_changes_nothing(int offset, VerificationRefusal? refusal)
    {
        var v = Decide(RiskVerification.For(7), 1, Confirm, "team");

        var (after, why) = VerificationWorkflow.Decide(v, Catalogue, 2, Reject, v.Step() + offset, "curator", T0, null);

        Assert.Equal(refusal, why);
        Assert.Equal(refusal is null ? 2 : 1, after.Step());
    }

    [Theory]
    [InlineData(0, 1, null)]
    [InlineData(11, 1, UnknownRisk)]
    [InlineData(1, 99, UnknownRisk)]
    public void Unknown_risks_and_triggers_are_refused(int risk, int trigger, VerificationRefusal? refusal) =>
        Assert.Equal(refusal, VerificationWorkflow.WhyNot(RiskVerification.For(7), Catalogue, risk == 0 ? 1 : risk, (VerificationTrigger)trigger, 0));

    [Theory]
    [InlineData(500, null)]
    [InlineData(501, CommentTooLong)]
    public void A_comment_is_optional_and_at_most_500_characters(int length, VerificationRefusal? refusal)
    {
        var (_, why) = VerificationWorkflow.Decide(RiskVerification.For(7), Catalogue, 1, Confirm, 0, "team", T0, new string('я', length));

        Assert.Equal(refusal, why);
    }

    private static RiskVerification Decide(RiskVerification v, int risk, VerificationTrigger trigger, string by, string? comment = null)
    {
        var (next, refusal) = VerificationWorkflow.Decide(v, Catalogue, risk, trigger, v.Step(), by, T0, comment);
        Assert.Null(refusal);
        return next;
    }
}
