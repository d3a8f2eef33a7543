namespace SchoolSupport.Domain.Risks;

/// <summary>Where one risk of a school's profile stands in verification (domain.md §4). Diagram: Verification.md.</summary>
public enum VerificationState
{
    /// <summary>Computed, nobody has looked at it yet.</summary>
    Unverified = 0,
    /// <summary>«подтверждён»: the school and its curator agree the risk is real.</summary>
    Confirmed = 1,
    /// <summary>«отклонён»: the computed risk does not match the school's situation.</summary>
    Rejected = 2,
    /// <summary>«активирован»: a confirmed risk the school works on (an антирисковая программа follows).</summary>
    Active = 3,
}

public enum VerificationTrigger
{
    Confirm = 1,
    Reject = 2,
    Activate = 3,
    Deactivate = 4,
}

/// <summary>Why a verification step is refused; the bot says each in Russian.</summary>
public enum VerificationRefusal
{
    AlreadyConfirmed = 1,
    AlreadyRejected = 2,
    /// <summary>Only a confirmed risk becomes a working direction.</summary>
    NotConfirmed = 3,
    AlreadyActive = 4,
    NotActive = 5,
    /// <summary>A working direction is deactivated before it is rejected.</summary>
    ActiveCannotBeRejected = 6,
    /// <summary>At most <see cref="VerificationWorkflow.MaxActive"/> working directions.</summary>
    TooManyActive = 7,
    /// <summary>The press was made on a screen older than the latest decision.</summary>
    Stale = 8,
    CommentTooLong = 9,
    UnknownRisk = 10,
}

/// <summary>One decision on one risk: what was done, the state it led to, who did it, when, and why (optional).</summary>
public sealed record RiskDecision
{
    public required int RiskId { get; init; }
    public required VerificationTrigger Trigger { get; init; }
    public required VerificationState State { get; init; }
    /// <summary>Participant id of who decided.</summary>
    public required string By { get; init; }
    public required DateTime AtUtc { get; init; }
    public string? Comment { get; init; }
}

/// <summary>
/// The verification of one school's risk profile: every decision in order, never rewritten. The state of a risk is the
/// state its latest decision led to. The number of decisions is the step every button carries.
/// </summary>
public sealed record RiskVerification
{
    /// <summary>The school id.</summary>
    public required int Id { get; init; }
    public IReadOnlyList<RiskDecision> Decisions { get; init; } = [];

    public static RiskVerification For(int schoolId) => new() { Id = schoolId };

    public int Step() => Decisions.Count;

    public RiskDecision? Latest(int riskId) => Decisions.LastOrDefault(d => d.RiskId == riskId);

    public VerificationState StateOf(int riskId) => Latest(riskId)?.State ?? VerificationState.Unverified;

    /// <summary>The working directions, in the order they were activated.</summary>
    public IReadOnlyList<int> ActiveRisks() =>
        [.. Decisions.Select(d => d.RiskId).Distinct().Where(r => StateOf(r) == VerificationState.Active)
            .OrderBy(r => Decisions.Select((d, i) => (d, i)).Last(x => x.d.RiskId == r).i)];
}

/// <summary>The outcome of a trigger: the next state, or why it is refused.</summary>
public sealed record VerificationStep(VerificationState State, VerificationRefusal? Refusal)
{
    public bool IsAllowed => Refusal is null;
}

/// <summary>
/// Verification as one pure transition function (diagram in Verification.md): Unverified → Confirmed | Rejected;
/// Confirmed ⇄ Rejected; Confirmed → Active (at most <see cref="MaxActive"/>) → Confirmed. Comments are optional.
/// </summary>
public static class VerificationWorkflow
{
    /// <summary>Seed 000: the school activates 2–3 high risks as working directions.</summary>
    public const int MaxActive = 3;
    public const int MaxComment = 500;

    public static IReadOnlyList<VerificationTrigger> Triggers { get; } = Enum.GetValues<VerificationTrigger>();

    public static VerificationStep Step(VerificationState state, VerificationTrigger trigger) => (state, trigger) switch
    {
        (VerificationState.Unverified or VerificationState.Rejected, VerificationTrigger.Confirm) => Ok(VerificationState.Confirmed),
        (VerificationState.Unverified or VerificationState.Confirmed, VerificationTrigger.Reject) => Ok(VerificationState.Rejected),
        (VerificationState.Confirmed, VerificationTrigger.Activate) => Ok(VerificationState.Active),
        (VerificationState.Active, VerificationTrigger.Deactivate) => Ok(VerificationState.Confirmed),

        (VerificationState.Confirmed or VerificationState.Active, VerificationTrigger.Confirm) => No(state, VerificationRefusal.AlreadyConfirmed),
        (VerificationState.Rejected, VerificationTrigger.Reject) => No(state, VerificationRefusal.AlreadyRejected),
        (VerificationState.Active, VerificationTrigger.Reject) => No(state, VerificationRefusal.ActiveCannotBeRejected),
        (VerificationState.Active, VerificationTrigger.Activate) => No(state, VerificationRefusal.AlreadyActive),
        (_, VerificationTrigger.Activate) => No(state, VerificationRefusal.NotConfirmed),
        (_, VerificationTrigger.Deactivate) => No(state, VerificationRefusal.NotActive),
        _ => throw new ArgumentOutOfRangeException(nameof(trigger), trigger, null),
    };

    /// <summary>The triggers allowed in a state: they derive the buttons people see.</summary>
    public static IReadOnlyList<VerificationTrigger> Allowed(VerificationState state) =>
        [.. Triggers.Where(t => Step(state, t).IsAllowed)];

    /// <summary>
    /// Why <paramref name="trigger"/> on <paramref name="riskId"/> is refused for a press made at <paramref name="seenStep"/>,
    /// comments aside; null when it may go ahead. Checked at the press and again when the comment arrives.
    /// </summary>
    public static VerificationRefusal? WhyNot(RiskVerification v, RiskCatalogue catalogue, int riskId, VerificationTrigger trigger, int seenStep)
    {
        if (catalogue.Risk(riskId) is null || !Enum.IsDefined(trigger)) return VerificationRefusal.UnknownRisk;
        if (seenStep != v.Step()) return VerificationRefusal.Stale;
        if (Step(v.StateOf(riskId), trigger).Refusal is { } refusal) return refusal;
        return trigger == VerificationTrigger.Activate && v.ActiveRisks().Count >= MaxActive ? VerificationRefusal.TooManyActive : null;
    }

    /// <summary>Records the decision, or says why not (nothing changes then).</summary>
    public static (RiskVerification Verification, VerificationRefusal? Refusal) Decide(RiskVerification v, RiskCatalogue catalogue,
        int riskId, VerificationTrigger trigger, int seenStep, string by, DateTime nowUtc, string? comment)
    {
        if (WhyNot(v, catalogue, riskId, trigger, seenStep) is { } why) return (v, why);
        var text = string.IsNullOrWhiteSpace(comment) ? null : comment.Trim();
        if (text?.Length > MaxComment) return (v, VerificationRefusal.CommentTooLong);
        var decision = new RiskDecision { RiskId = riskId, Trigger = trigger, State = Step(v.StateOf(riskId), trigger).State, By = by, AtUtc = nowUtc, Comment = text };
        return (v with { Decisions = [.. v.Decisions, decision] }, null);
    }

    /// <summary>Confirm and reject ask for an optional comment first; activation needs none.</summary>
    public static bool AsksComment(VerificationTrigger trigger) => trigger is VerificationTrigger.Confirm or VerificationTrigger.Reject;

    private static VerificationStep Ok(VerificationState next) => new(next, null);

    private static VerificationStep No(VerificationState state, VerificationRefusal why) => new(state, why);
}
