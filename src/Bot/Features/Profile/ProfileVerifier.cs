using System.Globalization;
using SchoolSupport.Bot.Storage;
using SchoolSupport.Domain.Messaging;
using SchoolSupport.Domain.Risks;
using SchoolSupport.Domain.Schools;

namespace SchoolSupport.Bot.Features.Profile;

/// <summary>
/// Verification decisions: a press is checked (rights, risk, state, step), confirm and reject then ask for an optional
/// comment (the conversation remembers the press), and the decision is checked again and stored when it is complete.
/// A refused or stale press changes nothing and shows the risk as it is now. The school's other verifiers are told of each decision.
/// </summary>
internal sealed class ProfileVerifier(ProfileQuery query, ProfileScreens screens, VerificationRepository verifications, ParticipantRepository participants)
{
    public const string FlowName = "profile";
    private const string CommentStep = "comment";

    /// <summary>«rp:d:…»: a decision button.</summary>
    public void Press(Turn t, School school, CallbackData d)
    {
        if (Parse(d) is not var (risk, trigger, step)) { t.Answer(Texts.Common.StaleButton, alert: true); return; }
        if (!Allowed(t, school)) return;
        var p = query.Load(school);
        if (VerificationWorkflow.WhyNot(p.Verification, query.Catalogue, risk, trigger, step) is { } why) { Refuse(t, p, risk, why); return; }
        if (!VerificationWorkflow.AsksComment(trigger)) { Apply(t, school, risk, trigger, step, null); return; }
        t.Conversation = t.Conversation.Start(FlowName, CommentStep, t.Now)
            .With("s", school.Id.ToString(CultureInfo.InvariantCulture), t.Now).With("r", $"{risk}", t.Now)
            .With("t", $"{(int)trigger}", t.Now).With("n", $"{step}", t.Now);
        t.Show(ProfileTexts.AskComment(trigger, query.Catalogue.Risk(risk)!.Name), Keyboard.Of(
            [new Button(ProfileTexts.NoComment, ProfileCallbacks.NoComment(school.Id, risk, trigger, step))],
            [new Button(ProfileTexts.Cancel, ProfileCallbacks.Risk(school.Id, risk))]));
    }

    /// <summary>«rp:n:…»: the decision without a comment.</summary>
    public void WithoutComment(Turn t, School school, CallbackData d)
    {
        if (Parse(d) is not var (risk, trigger, step)) { t.Answer(Texts.Common.StaleButton, alert: true); return; }
        Apply(t, school, risk, trigger, step, null);
    }

    /// <summary>How long a confirm or reject press waits for its comment.</summary>
    public static readonly TimeSpan CommentWaits = TimeSpan.FromMinutes(30);

    /// <summary>The comment typed after a confirm or reject press.</summary>
    public void Comment(Turn t, string text)
    {
        var c = t.Conversation;
        if (t.Now - c.UpdatedAtUtc > CommentWaits)
        {
            // A comment asked for long ago: the text is most likely about something else, not this decision.
            t.Conversation = c.Clear(t.Now);
            t.Reply(ProfileTexts.CommentExpired);
            return;
        }
        if (c.Step != CommentStep || !int.TryParse(c.Get("s"), CultureInfo.InvariantCulture, out var schoolId) || query.School(schoolId) is not { } school
            || !int.TryParse(c.Get("r"), CultureInfo.InvariantCulture, out var risk) || !int.TryParse(c.Get("t"), CultureInfo.InvariantCulture, out var trigger)
            || !int.TryParse(c.Get("n"), CultureInfo.InvariantCulture, out var step))
        {
            t.Conversation = c.Clear(t.Now);
            t.Reply(Texts.Common.StaleButton);
            return;
        }
        if (text.Trim().Length > VerificationWorkflow.MaxComment) { t.Reply(ProfileTexts.CommentTooLong); return; }
        Apply(t, school, risk, (VerificationTrigger)trigger, step, text);
    }

    private void Apply(Turn t, School school, int risk, VerificationTrigger trigger, int step, string? comment)
    {
        if (t.Conversation.Flow == FlowName) t.Conversation = t.Conversation.Clear(t.Now);
        if (!Allowed(t, school)) return;
        var p = query.Load(school);
        var (decided, why) = VerificationWorkflow.Decide(p.Verification, query.Catalogue, risk, trigger, step, t.Participant.Id, t.Now, comment);
        if (why is { } refusal) { Refuse(t, p, risk, refusal); return; }
        verifications.Save(decided);
        Show(t, p with { Verification = decided }, risk, ProfileTexts.Saved(trigger));
        Tell(t, school, decided.Decisions[^1]);
    }

    /// <summary>The other verifiers of the school (its team and curators) learn of the decision, with a button to the risk.</summary>
    private void Tell(Turn t, School school, RiskDecision d)
    {
        var text = ProfileTexts.Told(school.Name, query.NameOf(d.By), d.Trigger, query.Catalogue.Risk(d.RiskId)!.Name, d.Comment);
        var keyboard = Keyboard.Of([new Button(ProfileTexts.OpenRisk, ProfileCallbacks.Risk(school.Id, d.RiskId))]);
        foreach (var other in participants.All().Where(p => p.Id != d.By && ProfileAccess.CanVerify(p, school)))
            t.Notify(other, text, keyboard);
    }

    private static bool Allowed(Turn t, School school)
    {
        if (ProfileAccess.CanVerify(t.Participant, school)) return true;
        if (t.Conversation.Flow == FlowName) t.Conversation = t.Conversation.Clear(t.Now);
        var text = ProfileAccess.CanSee(t.Participant, school) ? ProfileTexts.NotVerifier : ProfileTexts.NotYours;
        if (t.In is ButtonIn) t.Answer(text, alert: true); else t.Reply(text);
        return false;
    }

    private void Refuse(Turn t, SchoolProfile p, int risk, VerificationRefusal why)
    {
        var text = ProfileTexts.Refusal(why);
        if (t.In is ButtonIn) t.Answer(text, alert: true);
        if (p.Risks.For(risk) is null) { if (t.In is not ButtonIn) t.Reply(text); return; }
        Show(t, p, risk, t.In is ButtonIn ? null : text);
    }

    /// <summary>The risk card: in place after a press, as a new message after typed text.</summary>
    public void Show(Turn t, SchoolProfile p, int risk, string? notice)
    {
        var (text, keyboard) = screens.RiskCard(p, p.Risks.For(risk)!, notice);
        t.Show(text, keyboard);
    }

    private static (int Risk, VerificationTrigger Trigger, int Step)? Parse(CallbackData d) =>
        d.IntArg(2) is { } risk && d.IntArg(3) is { } trigger && Enum.IsDefined((VerificationTrigger)trigger) && d.IntArg(4) is { } step
            ? (risk, (VerificationTrigger)trigger, step) : null;
}
