using SchoolSupport.Bot.Features.Menu;
using SchoolSupport.Bot.Features.Invites;
using SchoolSupport.Bot.Hosting;
using SchoolSupport.Bot.Storage;
using SchoolSupport.Domain.Messaging;
using SchoolSupport.Domain.Participants;

namespace SchoolSupport.Bot.Features.Onboarding;

/// <summary>
/// /start with an invite code → who invited you and for what → consent as a separate step → name for staff
/// → role menu. Also the bootstrap coordinators' first start, and everything a not-yet-joined person types.
/// </summary>
internal sealed class OnboardingFeature(
    InviteRepository invites,
    ParticipantRepository participants,
    CodeAttemptRepository attempts,
    InviteDescriber describer,
    Bootstrap bootstrap,
    ConsentTexts consents,
    Zones zones,
    IEnumerable<IJoinedHook> hooks) : IFeature
{
    public const string FlowName = "onboarding";
    private const string CodeKey = "code";
    private const string BootstrapKey = "bootstrap";

    public IReadOnlyList<string> Commands => ["start"];
    public IReadOnlyList<string> Actions => ["ob"];
    public string? Flow => FlowName;
    public bool Public => true;

    public void OnCommand(Turn t, CommandIn command)
    {
        if (command.Name == "start") Start(t, command.Argument.Trim());
        else t.Reply(Texts.Common.StartFirst);
    }

    public void OnText(Turn t, TextIn text)
    {
        if (t.Conversation.Flow == FlowName && t.Conversation.Step == "name" && t.Me is not null)
        {
            SetName(t, text.Text);
            return;
        }
        if (t.Conversation.Flow == FlowName && t.Conversation.Step == "consent")
        {
            t.Reply(OnboardingTexts.PressButton);
            AskConsent(t, student: t.Conversation.Get(CodeKey) is { } c && invites.Get(c)?.Role == Role.Student);
            return;
        }
        if (t.Me is not null)
        {
            t.Reply(Texts.Common.UseMenu, Menus.Keyboard(t.Me));
            return;
        }
        var candidate = text.Text.Trim();
        if (t.Conversation.Flow == FlowName || InvitePolicy.IsWellFormed(candidate)) Start(t, candidate);
        else t.Reply(OnboardingTexts.Hello);
    }

    public void OnButton(Turn t, CallbackData data)
    {
        if (t.Conversation.Flow != FlowName || data.IntArg(1) != t.Conversation.Version)
        {
            t.Answer(Texts.Common.StaleButton, alert: true);
            return;
        }
        switch (data.Arg(0))
        {
            case "yes" when t.Conversation.Step == "consent":
            case "acc" when t.Conversation.Step == "accept":
                Join(t);
                break;
            case "no":
                t.Conversation = t.Conversation.Clear(t.Now);
                t.Show(OnboardingTexts.ConsentDeclined);
                break;
            case "nm" when t.Conversation.Step == "name" && t.In.ProfileName is { } name:
                SetName(t, name);
                break;
            default:
                t.Answer(Texts.Common.StaleButton, alert: true);
                break;
        }
    }

    private void Start(Turn t, string code)
    {
        if (code.Length == 0)
        {
            StartWithoutCode(t);
            return;
        }
        var failures = attempts.Failures(t.In.From);
        if (CodeAttemptPolicy.LockedUntil(failures, t.Now) is { } until)
        {
            t.Reply(OnboardingTexts.Locked(Texts.Duration(until - t.Now)));
            return;
        }
        var invite = InvitePolicy.IsWellFormed(code) ? invites.Get(code) : null;
        var state = InvitePolicy.Check(code, invite, t.Now);
        if (state == InviteState.Valid && invite!.Role == Role.Student && invite.ParentalConsent is null) state = InviteState.Revoked;
        if (state != InviteState.Valid)
        {
            attempts.Save(t.In.From, [.. CodeAttemptPolicy.Relevant(failures, t.Now), t.Now]);
            t.Conversation = t.Conversation.Flow == FlowName ? t.Conversation : t.Conversation.Start(FlowName, "code", t.Now);
            t.Reply(Refusal(state, invite));
            return;
        }
        var description = describer.Describe(invite!);
        if (t.Me is not null)
        {
            t.Conversation = t.Conversation.Start(FlowName, "accept", t.Now).With(CodeKey, code, t.Now);
            var v = t.Conversation.Version;
            t.Reply(description, Keyboard.Of(
                [new Button(OnboardingTexts.Accept, CallbackData.Of("ob", "acc", v).Pack())],
                [new Button(OnboardingTexts.Decline, CallbackData.Of("ob", "no", v).Pack())]));
            return;
        }
        t.Conversation = t.Conversation.Start(FlowName, "consent", t.Now).With(CodeKey, code, t.Now);
        AskConsent(t, invite!.Role == Role.Student, description);
    }

    private void StartWithoutCode(Turn t)
    {
        var grant = bootstrap.CoordinatorGrant(t.In.From, t.Now);
        if (t.Me is not null)
        {
            if (grant is not null) t.Me = Save(t.Me with { Roles = InvitePolicy.Merge(t.Me.Roles, grant) });
            t.Conversation = t.Conversation.Clear(t.Now);
            t.Reply(OnboardingTexts.WelcomeBack(RoleList(t.Me)), Menus.Keyboard(t.Me));
            t.SetMenu(Menus.Commands(t.Me));
            return;
        }
        if (grant is not null)
        {
            t.Conversation = t.Conversation.Start(FlowName, "consent", t.Now).With(BootstrapKey, "1", t.Now);
            AskConsent(t, student: false, OnboardingTexts.BootstrapHello);
            return;
        }
        t.Conversation = t.Conversation.Start(FlowName, "code", t.Now);
        t.Reply(OnboardingTexts.Hello);
    }

    /// <summary>The consent text as its own step, after what the person is joining for.</summary>
    private void AskConsent(Turn t, bool student, string? preface = null)
    {
        var v = t.Conversation.Version;
        var text = student ? consents.StudentNotice : consents.PersonalData;
        t.Reply(preface is null ? text.Body : preface + "\n\n" + text.Body, student
            ? Keyboard.Of([new Button(OnboardingTexts.StudentAgree, CallbackData.Of("ob", "yes", v).Pack())])
            : Keyboard.Of(
                [new Button(OnboardingTexts.Agree, CallbackData.Of("ob", "yes", v).Pack())],
                [new Button(OnboardingTexts.Disagree, CallbackData.Of("ob", "no", v).Pack())]));
    }

    /// <summary>Redeems the invite (or the bootstrap grant) and records the consent, all in this update's transaction.</summary>
    private void Join(Turn t)
    {
        RoleGrant grant;
        Invite? invite = null;
        ParentalConsentBasis? basis = null;
        if (t.Conversation.Get(CodeKey) is { } code)
        {
            invite = invites.Get(code);
            var state = InvitePolicy.Check(code, invite, t.Now);
            if (state != InviteState.Valid)
            {
                t.Conversation = t.Conversation.Clear(t.Now);
                t.Show(Refusal(state, invite));
                return;
            }
            if (t.Me is not null && InvitePolicy.Merge(t.Me.Roles, InvitePolicy.Grant(invite!, t.Now)) == t.Me.Roles)
            {
                t.Conversation = t.Conversation.Clear(t.Now);
                t.Show(OnboardingTexts.AlreadyJoined, Menus.Keyboard(t.Me));
                return;
            }
            invites.Save(invite! with { Uses = invite.Uses + 1 });
            grant = InvitePolicy.Grant(invite, t.Now);
            basis = invite.ParentalConsent;
        }
        else if (bootstrap.CoordinatorGrant(t.In.From, t.Now) is { } coordinator)
        {
            grant = coordinator;
        }
        else
        {
            t.Conversation = t.Conversation.Clear(t.Now);
            t.Show(OnboardingTexts.Hello);
            return;
        }

        var me = t.Me ?? new Participant
        {
            Id = Ids.Random(12),
            Identities = [new ChannelIdentity(t.In.From.Channel, t.In.From.UserId, t.In.ChatId)],
            CreatedAtUtc = t.Now,
        };
        if (t.Me is null)
        {
            var consent = grant.Role == Role.Student ? consents.StudentNotice : consents.PersonalData;
            me = me with { Consents = [new ConsentRecord { Kind = ConsentKind.PersonalData, TextVersion = consent.Version, GivenAtUtc = t.Now, Basis = basis }] };
        }
        me = me with { Roles = InvitePolicy.Merge(me.Roles, grant) };
        t.Me = Save(me);
        t.Show(t.In is ButtonIn && t.Conversation.Step == "consent" ? "Спасибо, согласие записано." : "Приглашение принято.");

        if (me.IsStaff() && string.IsNullOrWhiteSpace(me.DisplayName))
        {
            t.Conversation = t.Conversation.Goto("name", t.Now).With("inviter", invite?.CreatedBy, t.Now);
            var v = t.Conversation.Version;
            t.Reply(OnboardingTexts.AskName, t.In.ProfileName is { Length: > 0 } profile
                ? Keyboard.Of([new Button(OnboardingTexts.UseProfileName(profile), CallbackData.Of("ob", "nm", v).Pack())])
                : null);
            return;
        }
        Finish(t, invite?.CreatedBy);
    }

    private void SetName(Turn t, string text)
    {
        var name = string.Join(' ', text.Split(' ', StringSplitOptions.RemoveEmptyEntries));
        if (name.Length is < 3 or > 100 || !name.Any(char.IsLetter) || !name.All(c => char.IsLetter(c) || c is ' ' or '-' or '.' or '\''))
        {
            t.Reply(OnboardingTexts.BadName);
            return;
        }
        var inviter = t.Conversation.Get("inviter");
        t.Me = Save(t.Participant with { DisplayName = name });
        Finish(t, inviter);
    }

    private void Finish(Turn t, string? inviterId)
    {
        var me = t.Participant;
        t.Conversation = t.Conversation.Clear(t.Now);
        t.Reply(OnboardingTexts.Welcome(RoleList(me)), Menus.Keyboard(me));
        t.SetMenu(Menus.Commands(me));
        foreach (var hook in hooks) hook.Joined(t);
        if (inviterId is not null && me.IsStaff() && participants.Get(inviterId) is { } inviter)
        {
            var latest = me.Roles[^1];
            t.Notify(inviter, OnboardingTexts.Joined(me.DisplayName ?? "Участник", Texts.RoleName(latest.Role), describer.Where(latest.SchoolIds, latest.MunicipalityIds)));
        }
    }

    private string Refusal(InviteState state, Invite? invite) => state switch
    {
        InviteState.Malformed => OnboardingTexts.Malformed,
        InviteState.Unknown => OnboardingTexts.Unknown,
        InviteState.Revoked when invite is { Role: Role.Student, ParentalConsent: null, RevokedAtUtc: null } => OnboardingTexts.NoParentalConsent,
        InviteState.Revoked => OnboardingTexts.Revoked,
        InviteState.Expired => OnboardingTexts.Expired(Texts.Date(invite!.ExpiresAtUtc, zones.ForSchools(invite.SchoolIds))),
        InviteState.UsedUp => OnboardingTexts.UsedUp,
        _ => OnboardingTexts.Unknown,
    };

    private Participant Save(Participant p)
    {
        participants.Save(p);
        return p;
    }

    private static string RoleList(Participant p) => string.Join(", ", p.Roles.Select(r => Texts.RoleName(r.Role)).Distinct());
}
