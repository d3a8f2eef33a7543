using SchoolSupport.Bot.Delivery;
using SchoolSupport.Domain.Conversations;
using SchoolSupport.Domain.Messaging;
using SchoolSupport.Domain.Participants;

namespace SchoolSupport.Bot.Features;

/// <summary>One incoming update being handled: who, what, when, and the messages it produces.</summary>
internal sealed class Turn(Incoming incoming, IChannel channel, DateTime nowUtc, Participant? me, Conversation conversation)
{
    private readonly List<Outgoing> output = [];

    public Incoming In { get; } = incoming;
    public IChannel Channel { get; } = channel;
    public DateTime Now { get; } = nowUtc;
    public Participant? Me { get; set; } = me;
    public Conversation Conversation { get; set; } = conversation;
    public IReadOnlyList<Outgoing> Output => output;
    public ChatAddress Here => new(In.From.Channel, In.ChatId);
    public bool Answered { get; private set; }

    /// <summary>Set by /forget: the router deletes the conversation instead of saving it.</summary>
    public bool Forget { get; set; }

    /// <summary>The participant, for handlers that run only after consent (the router guarantees it).</summary>
    public Participant Participant => Me ?? throw new InvalidOperationException("No participant in this turn.");

    public void Reply(string text, Keyboard? keyboard = null) => output.Add(new TextOut(Fit(text), Adapt(keyboard)) { To = Here });

    /// <summary>After a button press: replace that message; otherwise send a new one.</summary>
    public void Show(string text, Keyboard? keyboard = null)
    {
        if (In is ButtonIn b) output.Add(new EditOut(b.MessageId, Fit(text), Adapt(keyboard)) { To = Here });
        else Reply(text, keyboard);
    }

    /// <summary>Any prepared message (e.g. a preview of what recipients will get), sent to this chat.</summary>
    public void Send(Outgoing message) => output.Add(message with { To = Here });

    public void ReplyFile(string fileName, byte[] content, string? caption, bool isImage, Keyboard? keyboard = null) =>
        output.Add(new FileOut(fileName, content, caption, isImage, ChannelFit.Buttons(keyboard, Channel.Capabilities)) { To = Here });

    /// <summary>The short answer every button press gets; only the first call counts, and it is sent first.</summary>
    public void Answer(string? text = null, bool alert = false)
    {
        if (In is not ButtonIn b || Answered) return;
        Answered = true;
        output.Insert(0, new ButtonAnswer(b.CallbackId, text, alert) { To = Here });
    }

    /// <summary>The chat's command list, where the messenger has one (elsewhere the «Меню» button stands in for it).</summary>
    public void SetMenu(IReadOnlyList<MenuCommand> commands)
    {
        if (Channel.Capabilities.CommandMenu) output.Add(new MenuOut(commands) { To = Here });
    }

    /// <summary>A message to another participant, in their preferred messenger (or another linked one they have not blocked).</summary>
    public void Notify(Participant to, string text, Keyboard? keyboard = null)
    {
        if (Reach.Route(to) is not { } identity) return;
        output.Add(new TextOut(Fit(text), keyboard) { To = identity.ToChat() });
    }

    private string Fit(string text) => ChannelFit.Text(text, Channel.Capabilities);

    /// <summary>
    /// Buttons within the messenger's limits. Without a command menu (MAX), a participant's message without
    /// buttons gets a «Меню» button when no step-by-step flow waits for an answer, so the main menu is always
    /// one press away.
    /// </summary>
    private Keyboard? Adapt(Keyboard? keyboard)
    {
        if (Channel.Capabilities.CommandMenu || Me is null || keyboard is { Rows.Count: > 0 } || !Conversation.IsIdle())
            return ChannelFit.Buttons(keyboard, Channel.Capabilities);
        return Keyboard.Of([new Button(Texts.Common.MenuButton, CallbackData.Of("m").Pack())]);
    }
}
