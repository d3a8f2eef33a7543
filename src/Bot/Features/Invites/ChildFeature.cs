using System.Globalization;
using SchoolSupport.Bot.Hosting;
using SchoolSupport.Bot.Storage;
using SchoolSupport.Domain.Messaging;
using SchoolSupport.Domain.Participants;

namespace SchoolSupport.Bot.Features.Invites;

/// <summary>
/// /child: a parent gives consent for their child (grade 6 or 9) in the bot, which records the consent and
/// yields a single-use link for the child: the only way a student joins besides the school's confirmation.
/// </summary>
internal sealed class ChildFeature(InviteRepository invites, ParticipantRepository participants, ConsentTexts consents, InviteCards cards) : IFeature
{
    public const string FlowName = "child";
    public static readonly TimeSpan LinkLifetime = TimeSpan.FromDays(7);

    public IReadOnlyList<string> Commands => ["child"];
    public IReadOnlyList<string> Actions => ["ch"];
    public string? Flow => FlowName;

    public void OnCommand(Turn t, CommandIn command) => Begin(t);

    public void OnText(Turn t, TextIn text) => t.Reply("Нажмите кнопку выше или отправьте /cancel.");

    public void OnButton(Turn t, CallbackData d)
    {
        if (d.Arg(0) == "new") { Begin(t); return; }
        if (t.Conversation.Flow != FlowName || d.IntArg(d.Args.Count - 1) != t.Conversation.Version)
        {
            t.Answer(Texts.Common.StaleButton, alert: true);
            return;
        }
        var grants = ParentGrants(t);
        switch (d.Arg(0))
        {
            case "g" when d.IntArg(1) is { } i && i >= 0 && i < grants.Count:
                t.Conversation = t.Conversation.With("grant", i.ToString(CultureInfo.InvariantCulture), t.Now).Goto("consent", t.Now);
                AskConsent(t);
                break;
            case "yes" when t.Conversation.Step == "consent" && int.TryParse(t.Conversation.Get("grant"), out var index) && index < grants.Count:
                Consent(t, grants[index]);
                break;
            default:
                t.Answer(Texts.Common.StaleButton, alert: true);
                break;
        }
    }

    private void Begin(Turn t)
    {
        var grants = ParentGrants(t);
        if (grants.Count == 0)
        {
            t.Show("Подключить ребёнка может только родитель, подключённый к боту по ссылке школы.");
            return;
        }
        t.Conversation = t.Conversation.Start(FlowName, "grant", t.Now);
        if (grants.Count == 1)
        {
            t.Conversation = t.Conversation.With("grant", "0", t.Now).Goto("consent", t.Now);
            AskConsent(t);
            return;
        }
        var v = t.Conversation.Version;
        t.Show("Для какого ребёнка? Выберите школу и класс.", Keyboard.Column(grants.Select((g, i) =>
            new Button($"{g.Grade} класс, школа №{i + 1}", CallbackData.Of("ch", "g", i, v).Pack()))));
    }

    private void AskConsent(Turn t)
    {
        var v = t.Conversation.Version;
        t.Show(consents.ForChild.Body, Keyboard.Of(
            [new Button("✅ Даю согласие", CallbackData.Of("ch", "yes", v).Pack())],
            [new Button("Отмена", CallbackData.Of("m").Pack())]));
    }

    private void Consent(Turn t, RoleGrant parent)
    {
        var me = t.Participant;
        var record = new ConsentRecord { Kind = ConsentKind.ForChild, TextVersion = consents.ForChild.Version, GivenAtUtc = t.Now, SchoolId = parent.SchoolIds[0], Grade = parent.Grade };
        t.Me = me with { Consents = [.. me.Consents, record] };
        participants.Save(t.Me);
        var invite = new Invite
        {
            Id = Ids.Random(InvitePolicy.CodeBytes),
            Role = Role.Student,
            SchoolIds = [parent.SchoolIds[0]],
            Grade = parent.Grade,
            CreatedBy = me.Id,
            CreatedAtUtc = t.Now,
            ExpiresAtUtc = t.Now + LinkLifetime,
            MaxUses = 1,
            ParentalConsent = new ParentalConsentBasis { Source = "parent", ConfirmedBy = me.Id, ConfirmedAtUtc = t.Now },
        };
        invites.Save(invite);
        t.Conversation = t.Conversation.Clear(t.Now);
        t.Show("Спасибо, согласие записано. Отправьте ребёнку эту ссылку: пусть откроет её в своём мессенджере.");
        cards.Show(t, invite, asNewMessage: true);
    }

    private static List<RoleGrant> ParentGrants(Turn t) =>
        t.Participant.Roles.Where(r => r.Role == Role.Parent && r.SchoolIds.Count == 1 && r.Grade is not null).ToList();
}
