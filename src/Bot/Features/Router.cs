using SchoolSupport.Bot.Delivery;
using SchoolSupport.Bot.Storage;
using SchoolSupport.Domain.Participants;
using SchoolSupport.Domain.Messaging;

namespace SchoolSupport.Bot.Features;

/// <summary>
/// The thin router: private chats only, cancel first, then the feature that owns the command, the button
/// action or the conversation flow. People who have not consented reach only public features.
/// </summary>
internal sealed class Router
{
    private readonly ParticipantRepository participants;
    private readonly ConversationRepository conversations;
    private readonly IFeature[] features;
    private readonly Dictionary<string, IFeature> byCommand;
    private readonly Dictionary<string, IFeature> byAction;
    private readonly Dictionary<string, IFeature> byFlow;
    private readonly IFeature fallback;

    public Router(IEnumerable<IFeature> features, ParticipantRepository participants, ConversationRepository conversations)
    {
        this.participants = participants;
        this.conversations = conversations;
        this.features = features.ToArray();
        byCommand = this.features.SelectMany(f => f.Commands.Select(c => (c, f))).ToDictionary(x => x.c, x => x.f);
        byAction = this.features.SelectMany(f => f.Actions.Select(a => (a, f))).ToDictionary(x => x.a, x => x.f);
        byFlow = this.features.Where(f => f.Flow is not null).ToDictionary(f => f.Flow!, f => f);
        fallback = this.features.OfType<Onboarding.OnboardingFeature>().Single();
    }

    public Turn Handle(Incoming incoming, IChannel channel, DateTime nowUtc)
    {
        var me = participants.Find(incoming.From);
        if (me is not null && Reach.Wrote(me, incoming.From.Channel) is var reachable && !ReferenceEquals(reachable, me))
        {
            me = reachable;
            participants.Save(me);
        }
        var conversation = conversations.Get(incoming.From);
        var t = new Turn(incoming, channel, nowUtc, me, conversation);
        Route(t);
        if (t.Forget) conversations.Delete(incoming.From);
        else if (!ReferenceEquals(t.Conversation, conversation)) conversations.Save(t.Conversation);
        t.Answer();
        return t;
    }

    private void Route(Turn t)
    {
        switch (t.In)
        {
            case NotPrivateIn:
                t.Reply(Texts.Common.WritePrivately);
                return;
            case FileIn { NotReceived: true } lost:
                t.Reply(Texts.Common.FileNotReceived(lost.FileName));
                return;
            case CommandIn { Name: "cancel" }:
                Cancel(t);
                return;
            case CommandIn { Name: "start" } c when c.Argument.StartsWith(Account.LinkFeature.DeepLinkPrefix, StringComparison.Ordinal):
                // A deep link that carries a link code (opened from the other messenger) is /link CODE.
                byCommand["link"].OnCommand(t, new CommandIn("link", c.Argument[Account.LinkFeature.DeepLinkPrefix.Length..]) { From = c.From, ChatId = c.ChatId, ProfileName = c.ProfileName });
                return;
            case CommandIn c when byCommand.TryGetValue(c.Name, out var f) && Allowed(t, f):
                f.OnCommand(t, c);
                return;
            case CommandIn c when byCommand.ContainsKey(c.Name):
                fallback.OnCommand(t, c);
                return;
            case CommandIn c:
                t.Reply(Texts.Common.UnknownCommand(c.Name));
                return;
            case ButtonIn b:
                RouteButton(t, b);
                return;
            case TextIn x when Owner(t) is { } f:
                f.OnText(t, x);
                return;
            case FileIn file when Owner(t) is { } f:
                f.OnFile(t, file);
                return;
            case FileIn file when t.Me is not null && byCommand.TryGetValue("schools", out var schools):
                schools.OnFile(t, file);
                return;
            case TextIn x:
                fallback.OnText(t, x);
                return;
            default:
                t.Reply(t.Me is null ? Texts.Common.StartFirst : Texts.Common.UseMenu);
                return;
        }
    }

    private void RouteButton(Turn t, ButtonIn b)
    {
        if (!CallbackData.TryParse(b.Data, out var data) || !byAction.TryGetValue(data.Action, out var f))
        {
            t.Answer(Texts.Common.StaleButton, alert: true);
            return;
        }
        if (!Allowed(t, f))
        {
            t.Answer(Texts.Common.StartFirst, alert: true);
            return;
        }
        f.OnButton(t, data);
    }

    private IFeature? Owner(Turn t) =>
        !t.Conversation.IsIdle() && byFlow.TryGetValue(t.Conversation.Flow, out var f) && Allowed(t, f) ? f : null;

    private static bool Allowed(Turn t, IFeature f) => f.Public || t.Me is not null;

    private static void Cancel(Turn t)
    {
        var wasBusy = !t.Conversation.IsIdle();
        t.Conversation = t.Conversation.Clear(t.Now);
        if (t.Me is null)
        {
            t.Reply(wasBusy ? Texts.Common.Cancelled : Texts.Common.NothingToCancel);
            return;
        }
        t.Reply(wasBusy ? Texts.Common.Cancelled : Texts.Common.NothingToCancel, Menu.Menus.Keyboard(t.Me));
    }
}
