using System.Globalization;
using SchoolSupport.Bot.Features.Schools;
using SchoolSupport.Bot.Hosting;
using SchoolSupport.Bot.Storage;
using SchoolSupport.Domain.Messaging;
using SchoolSupport.Domain.Participants;
using SchoolSupport.Domain.Schools;

namespace SchoolSupport.Bot.Features.Invites;

/// <summary>
/// /invite: a wizard (role → municipality → school(s) → grade → consent confirmation) that creates an invite link
/// with a QR code; /invites: the participant's active invites with revoke buttons.
/// </summary>
internal sealed class InvitesFeature(InviteRepository invites, SchoolRepository schools, InviteCards cards) : IFeature
{
    public const string FlowName = "invite";

    public IReadOnlyList<string> Commands => ["invite", "invites"];
    public IReadOnlyList<string> Actions => ["iv"];
    public string? Flow => FlowName;

    public void OnCommand(Turn t, CommandIn command)
    {
        if (command.Name == "invites") List(t);
        else Begin(t);
    }

    public void OnText(Turn t, TextIn text) => t.Reply("Выберите вариант кнопкой выше или отправьте /cancel, чтобы выйти.");

    public void OnButton(Turn t, CallbackData d)
    {
        switch (d.Arg(0))
        {
            case "new": Begin(t); return;
            case "ls": List(t); return;
            case "qr": WithInvite(t, d.Arg(1), invite => cards.SendQr(t, invite)); return;
            case "rv": WithInvite(t, d.Arg(1), invite => Revoke(t, invite)); return;
        }
        // Wizard buttons carry the step version: a press from an older message is stale.
        if (t.Conversation.Flow != FlowName || d.IntArg(d.Args.Count - 1) != t.Conversation.Version)
        {
            t.Answer(Texts.Common.StaleButton, alert: true);
            return;
        }
        var arg = d.Arg(1);
        switch (d.Arg(0))
        {
            case "r" when Enum.TryParse<Role>(arg, out var role) && Access.InvitableRoles(t.Participant).Contains(role): ChooseRole(t, role); break;
            case "m" when ScopeMunicipalities(t).Any(m => m.Id == arg): ChooseMunicipality(t, arg); break;
            case "t" when ScopeMunicipalities(t).Any(m => m.Id == arg): Toggle(t, "munis", arg); ShowMunicipalities(t); break;
            case "s" when d.IntArg(1) is { } id && ScopeSchools(t).Any(s => s.Id == id): ChooseSchool(t, id); break;
            case "p" when d.IntArg(1) is { } page: t.Conversation = t.Conversation.With("page", page.ToString(CultureInfo.InvariantCulture), t.Now); ShowSchools(t); break;
            case "ok": Confirm(t); break;
            case "g" when d.IntArg(1) is 6 or 9: t.Conversation = t.Conversation.With("grade", arg, t.Now); AfterGrade(t); break;
            case "c" when t.Conversation.Step == "consent": Create(t, consentConfirmed: true); break;
            default: t.Answer(Texts.Common.StaleButton, alert: true); break;
        }
    }

    private static void Begin(Turn t)
    {
        var roles = Access.InvitableRoles(t.Participant);
        if (roles.Count == 0)
        {
            t.Show(InviteTexts.CannotInvite);
            return;
        }
        t.Conversation = t.Conversation.Start(FlowName, "role", t.Now);
        var v = t.Conversation.Version;
        t.Show(InviteTexts.ChooseRole, Keyboard.Column(roles.Select(r => new Button(Capitalize(Texts.RoleName(r)), Cb("r", r, v)))));
    }

    private void ChooseRole(Turn t, Role role)
    {
        t.Conversation = t.Conversation.With("role", role.ToString(), t.Now);
        var munis = ScopeMunicipalities(t);
        if (role == Role.Coordinator)
        {
            if (munis.Count == 1) { t.Conversation = t.Conversation.With("munis", munis[0].Id, t.Now); Create(t, false); return; }
            t.Conversation = t.Conversation.Goto("munis", t.Now);
            ShowMunicipalities(t);
            return;
        }
        var schoolsInScope = ScopeSchools(t);
        if (schoolsInScope.Count == 0) { t.Conversation = t.Conversation.Clear(t.Now); t.Show(InviteTexts.NoSchools); return; }
        if (schoolsInScope.Count == 1 && role != Role.Curator) { ChooseSchoolDirect(t, schoolsInScope[0].Id); return; }
        var withSchools = munis.Where(m => schoolsInScope.Any(s => s.MunicipalityId == m.Id)).ToList();
        if (withSchools.Count > 1)
        {
            t.Conversation = t.Conversation.Goto("muni", t.Now);
            var v = t.Conversation.Version;
            t.Show(InviteTexts.ChooseMunicipality, Keyboard.Column(withSchools.Select(m => new Button(m.Name, Cb("m", m.Id, v)))));
            return;
        }
        ChooseMunicipality(t, withSchools.Count == 1 ? withSchools[0].Id : schoolsInScope[0].MunicipalityId);
    }

    private void ChooseMunicipality(Turn t, string municipalityId)
    {
        t.Conversation = t.Conversation.With("muni", municipalityId, t.Now).With("page", "0", t.Now).Goto("school", t.Now);
        ShowSchools(t);
    }

    private void ShowMunicipalities(Turn t)
    {
        var chosen = Selected(t, "munis");
        var v = t.Conversation.Version;
        var rows = ScopeMunicipalities(t).Select(m => new Button((chosen.Contains(m.Id) ? "✓ " : "") + m.Name, Cb("t", m.Id, v))).ToList();
        rows.Add(new Button(InviteTexts.Done, Cb("ok", v)));
        t.Show(InviteTexts.ChooseMunicipalities, Keyboard.Column(rows));
    }

    private void ShowSchools(Turn t)
    {
        var role = CurrentRole(t);
        var list = ScopeSchools(t).Where(s => s.MunicipalityId == t.Conversation.Get("muni")).ToList();
        var v = t.Conversation.Version;
        var (rows, page) = SchoolPage.Of(list, t, Selected(t, "schools"), id => Cb("s", id, v), p => Cb("p", p, v));
        if (role == Role.Curator) rows.Add([new Button(InviteTexts.Done, Cb("ok", v))]);
        var header = (role == Role.Curator ? InviteTexts.ChooseCuratorSchools : InviteTexts.ChooseSchool) + SchoolPage.Note(page);
        t.Show(header, new Keyboard(rows));
    }

    private void ChooseSchool(Turn t, int id)
    {
        if (CurrentRole(t) == Role.Curator)
        {
            Toggle(t, "schools", Str(id));
            ShowSchools(t);
            return;
        }
        ChooseSchoolDirect(t, id);
    }

    private void ChooseSchoolDirect(Turn t, int id)
    {
        t.Conversation = t.Conversation.With("schools", Str(id), t.Now);
        var role = CurrentRole(t);
        if (InvitePolicy.NeedsGrade(role))
        {
            t.Conversation = t.Conversation.Goto("grade", t.Now);
            var v = t.Conversation.Version;
            t.Show(InviteTexts.ChooseGrade, Keyboard.Of([new Button("6 класс", Cb("g", 6, v)), new Button("9 класс", Cb("g", 9, v))]));
            return;
        }
        Create(t, false);
    }

    private void Confirm(Turn t)
    {
        var key = t.Conversation.Step == "munis" ? "munis" : "schools";
        if (Selected(t, key).Count == 0)
        {
            t.Answer(InviteTexts.NothingChosen, alert: true);
            return;
        }
        Create(t, false);
    }

    private void AfterGrade(Turn t)
    {
        if (CurrentRole(t) != Role.Student) { Create(t, false); return; }
        t.Conversation = t.Conversation.Goto("consent", t.Now);
        var v = t.Conversation.Version;
        var grade = int.Parse(t.Conversation.Get("grade")!, CultureInfo.InvariantCulture);
        t.Show(InviteTexts.ConfirmStudentConsent(grade), Keyboard.Of([new Button(InviteTexts.ConfirmConsentButton, Cb("c", v))]));
    }

    /// <summary>Checks the rights again with everything chosen, then stores the invite and shows its card.</summary>
    private void Create(Turn t, bool consentConfirmed)
    {
        var me = t.Participant;
        var role = CurrentRole(t);
        var chosenSchools = schools.Get(Selected(t, "schools").Select(s => int.Parse(s, CultureInfo.InvariantCulture)));
        var munis = role == Role.Coordinator ? Selected(t, "munis").ToList() : [];
        int? grade = t.Conversation.Get("grade") is { } g ? int.Parse(g, CultureInfo.InvariantCulture) : null;
        var consent = consentConfirmed ? new ParentalConsentBasis { Source = "school", ConfirmedBy = me.Id, ConfirmedAtUtc = t.Now } : null;
        if (!Access.CanInvite(me, role, chosenSchools, munis) || InvitePolicy.ValidateShape(role, chosenSchools.Count, munis.Count, grade, consent) is not null)
        {
            t.Conversation = t.Conversation.Clear(t.Now);
            t.Show(Texts.Common.NoRights);
            return;
        }
        var (uses, lifetime) = InvitePolicy.Defaults(role);
        var invite = new Invite
        {
            Id = Ids.Random(InvitePolicy.CodeBytes),
            Role = role,
            SchoolIds = chosenSchools.Select(s => s.Id).ToList(),
            MunicipalityIds = munis,
            Grade = grade,
            CreatedBy = me.Id,
            CreatedAtUtc = t.Now,
            ExpiresAtUtc = t.Now + lifetime,
            MaxUses = uses,
            ParentalConsent = consent,
        };
        invites.Save(invite);
        t.Conversation = t.Conversation.Clear(t.Now);
        cards.Show(t, invite);
    }

    private void List(Turn t)
    {
        var active = invites.CreatedBy(t.Participant.Id)
            .Where(i => InvitePolicy.Check(i.Id, i, t.Now) == InviteState.Valid)
            .Take(10).ToList();
        if (active.Count == 0)
        {
            t.Show(InviteTexts.NoActive, Keyboard.Of([new Button("➕ Создать приглашение", CallbackData.Of("iv", "new").Pack()), Menu.MenuFeature.BackButton]));
            return;
        }
        foreach (var invite in active) cards.Show(t, invite, asNewMessage: true);
    }

    private void WithInvite(Turn t, string code, Action<Invite> action)
    {
        var invite = InvitePolicy.IsWellFormed(code) ? invites.Get(code) : null;
        if (invite is null) { t.Answer(InviteTexts.NotFound, alert: true); return; }
        if (!Access.CanRevoke(t.Participant, invite, schools.Get(invite.SchoolIds))) { t.Answer(Texts.Common.NoRights, alert: true); return; }
        action(invite);
    }

    private void Revoke(Turn t, Invite invite)
    {
        if (invite.RevokedAtUtc is not null) { t.Answer(InviteTexts.AlreadyRevoked, alert: true); return; }
        invites.Save(invite with { RevokedAtUtc = t.Now });
        t.Show(InviteTexts.Revoked, Keyboard.Of([Menu.MenuFeature.BackButton]));
    }

    private IReadOnlyList<Municipality> ScopeMunicipalities(Turn t) =>
        schools.Municipalities().Where(m => Access.CoordinatesMunicipality(t.Participant, m.Id)).ToList();

    /// <summary>Schools the participant may invite the current role to.</summary>
    private IReadOnlyList<School> ScopeSchools(Turn t)
    {
        var me = t.Participant;
        var role = CurrentRole(t);
        return schools.All().Where(s => Access.CanInvite(me, role, [s], [])).ToList();
    }

    private static Role CurrentRole(Turn t) => Enum.TryParse<Role>(t.Conversation.Get("role"), out var r) ? r : Role.Teacher;

    private static HashSet<string> Selected(Turn t, string key) => t.Conversation.Set(key);

    private static void Toggle(Turn t, string key, string value) => t.Conversation = t.Conversation.Toggle(key, value, t.Now);

    private static string Cb(string action, params object[] args) => CallbackData.Of("iv", [action, .. args]).Pack();

    private static string Str(int id) => id.ToString(CultureInfo.InvariantCulture);

    private static string Capitalize(string s) => s.Length == 0 ? s : char.ToUpper(s[0], Texts.Ru) + s[1..];
}
