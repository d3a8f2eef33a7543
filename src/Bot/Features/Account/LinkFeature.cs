using SchoolSupport.Bot.Delivery;
using SchoolSupport.Bot.Features.Menu;
using SchoolSupport.Bot.Storage;
using SchoolSupport.Domain.Messaging;
using SchoolSupport.Domain.Participants;

namespace SchoolSupport.Bot.Features.Account;

/// <summary>
/// One participant across messengers: /link shows a one-time code in one messenger; /link CODE in another
/// joins that account to the same participant (roles, consents, drafts and history are the participant's).
/// The preferred messenger for bulk messages is chosen in the profile.
/// </summary>
internal sealed class LinkFeature(
    ParticipantRepository participants,
    LinkCodes codes,
    CodeAttemptRepository attempts,
    IEnumerable<IChannel> channels,
    Zones zones) : IFeature
{
    /// <summary>Deep-link payloads of this form (https://max.ru/&lt;bot&gt;?start=link-CODE) are link codes, not invites.</summary>
    public const string DeepLinkPrefix = "link-";
    private readonly IChannel[] all = [.. channels];
    private readonly Dictionary<string, string> titles = channels.ToDictionary(c => c.Name, c => c.Capabilities.Title);

    public IReadOnlyList<string> Commands => ["link"];
    public IReadOnlyList<string> Actions => ["lk"];
    /// <summary>Public: the account being joined is not a participant yet.</summary>
    public bool Public => true;

    public void OnCommand(Turn t, CommandIn command)
    {
        if (command.Argument.Length > 0) Redeem(t, command.Argument);
        else if (t.Me is { } me) Issue(t, me);
        else t.Reply(LinkTexts.HowToEnter);
    }

    public void OnButton(Turn t, CallbackData data)
    {
        if (data.Arg(0) == "un")
        {
            Unlink(t, data.Arg(1));
            return;
        }
        if (t.Me is not { } me || data.Arg(0) != "pref" || !Reach.TryPrefer(me, data.Arg(1), out var updated))
        {
            t.Answer(Texts.Common.StaleButton, alert: true);
            return;
        }
        participants.Save(updated);
        t.Me = updated;
        t.Show(LinkTexts.PreferredSet(Title(data.Arg(1))), Keyboard.Of([MenuFeature.BackButton]));
    }

    /// <summary>The profile's lines and buttons about linked messengers.</summary>
    public static (string Line, IReadOnlyList<Button> Buttons) ProfilePart(Participant me, Func<string, string> title)
    {
        if (me.Identities.Count < 2) return ("Подключить другой мессенджер: /link", []);
        var preferred = Reach.Ordered(me)[0].Channel;
        var buttons = me.Identities.Where(i => i.Channel != preferred)
            .Select(i => new Button(LinkTexts.PreferButton(title(i.Channel)), CallbackData.Of("lk", "pref", i.Channel).Pack())).ToList();
        return (LinkTexts.Preferred(title(preferred)), buttons);
    }

    private void Issue(Turn t, Participant me)
    {
        var others = all.Where(c => c.Name != t.In.From.Channel && c.Name != "console").ToList();
        if (others.Count == 0)
        {
            t.Reply(LinkTexts.OnlyOneMessenger);
            return;
        }
        var code = codes.Issue(me.Id, t.In.From.Channel, t.Now);
        var links = others.Select(c => (c.Capabilities.Title, c.InviteLink(DeepLinkPrefix + code.Id))).ToList();
        t.Reply(LinkTexts.Code(code.Id, links, Texts.Date(code.ExpiresAtUtc, zones.ForParticipant(me))));
    }

    private void Redeem(Turn t, string typed)
    {
        var failures = attempts.Failures(t.In.From);
        if (CodeAttemptPolicy.LockedUntil(failures, t.Now) is { } until)
        {
            t.Reply(OnboardingTexts.Locked(Texts.Duration(until - t.Now)));
            return;
        }
        var code = codes.Find(typed, t.Now);
        var owner = code is null ? null : participants.Get(code.ParticipantId);
        if (code is null || owner is null)
        {
            attempts.Save(t.In.From, [.. CodeAttemptPolicy.Relevant(failures, t.Now), t.Now]);
            t.Reply(LinkTexts.BadCode);
            return;
        }
        var channel = t.In.From.Channel;
        if (code.Channel == channel)
        {
            t.Reply(LinkTexts.SameMessenger);
            return;
        }
        if (t.Me is { } me && me.Id != owner.Id)
        {
            t.Reply(LinkTexts.SeparateParticipant);
            return;
        }
        if (owner.IdentityIn(channel) is not null)
        {
            t.Reply(LinkTexts.AlreadyLinked(Title(channel)), Menus.Keyboard(owner));
            return;
        }
        var linked = Reach.Link(owner, new ChannelIdentity(channel, t.In.From.UserId, t.In.ChatId));
        participants.Save(linked);
        codes.Use(code);
        t.Notify(owner, LinkTexts.LinkedElsewhere(Title(channel)), Keyboard.Of([new Button(LinkTexts.NotMe, CallbackData.Of("lk", "un", channel).Pack())]));
        t.Me = linked;
        t.Conversation = t.Conversation.Clear(t.Now);
        t.Reply(LinkTexts.Linked(Title(channel)), Menus.Keyboard(linked));
        t.SetMenu(Menus.Commands(linked));
    }

    /// <summary>
    /// «Это не я»: the account just joined in <paramref name="channel"/> is taken off again. Only from another messenger
    /// of the participant, never from that account itself (whoever holds it cannot keep the roles by refusing).
    /// </summary>
    private void Unlink(Turn t, string channel)
    {
        if (t.Me is not { } me || t.In.From.Channel == channel || !Reach.TryUnlink(me, channel, out var updated))
        {
            t.Answer(Texts.Common.StaleButton, alert: true);
            return;
        }
        participants.Save(updated);
        t.Me = updated;
        t.Show(LinkTexts.Unlinked(Title(channel)), Keyboard.Of([MenuFeature.BackButton]));
    }

    private string Title(string channel) => titles.GetValueOrDefault(channel, channel);
}
