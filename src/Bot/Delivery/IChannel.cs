using SchoolSupport.Domain.Messaging;

namespace SchoolSupport.Bot.Delivery;

/// <summary>A messenger the bot speaks through. Feature code sees only its capabilities.</summary>
internal interface IChannel
{
    /// <summary>"telegram", "max", "console".</summary>
    string Name { get; }

    /// <summary>What this messenger can and cannot do; <see cref="Features.Turn"/> adapts the output to it.</summary>
    ChannelCapabilities Capabilities { get; }

    /// <summary>Longest text one message may carry.</summary>
    int MaxTextLength => Capabilities.MaxTextLength;

    /// <summary>What a person opens or types to redeem an invite code in this messenger.</summary>
    string InviteLink(string code);

    Task<DeliveryResult> DeliverAsync(Outgoing message, CancellationToken ct);
}

/// <summary>
/// The differences between messengers that shape what the bot sends, so feature code stays the same.
/// </summary>
/// <param name="Title">The messenger's name as people know it («Telegram», «MAX»).</param>
/// <param name="MaxTextLength">Longest text of one message.</param>
/// <param name="MaxButtonText">Longest button label; longer ones are shortened with «…».</param>
/// <param name="MaxButtonsPerRow">More buttons in a row are moved to the next row.</param>
/// <param name="CommandMenu">
/// Whether the messenger shows a per-chat list of commands (Telegram's menu). Without one (MAX), messages
/// without buttons to a participant get a «Меню» button, so the main menu is always one press away.
/// </param>
internal sealed record ChannelCapabilities(string Title, int MaxTextLength, int MaxButtonText, int MaxButtonsPerRow, bool CommandMenu);

/// <summary>How one delivery attempt ended.</summary>
internal abstract record DeliveryResult
{
    public sealed record Sent(int? MessageId) : DeliveryResult;
    /// <summary>The messenger asked the whole bot to slow down (429).</summary>
    public sealed record RetryAfter(TimeSpan Delay) : DeliveryResult;
    /// <summary>A 5xx, a timeout or a network error: worth trying again later.</summary>
    public sealed record Transient(string Reason) : DeliveryResult;
    /// <summary>The person blocked the bot (403): final until they write again.</summary>
    public sealed record Blocked : DeliveryResult;
    /// <summary>The messenger refused this message (400): never retried.</summary>
    public sealed record Failed(string Reason) : DeliveryResult;
}
