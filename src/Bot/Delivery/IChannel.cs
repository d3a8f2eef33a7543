using SchoolSupport.Domain.Messaging;

namespace SchoolSupport.Bot.Delivery;

/// <summary>A messenger the bot speaks through. Feature code sees only its capabilities.</summary>
internal interface IChannel
{
    /// <summary>"telegram", "console", later "max".</summary>
    string Name { get; }

    /// <summary>Longest text one message may carry.</summary>
    int MaxTextLength { get; }

    /// <summary>What a person opens or types to redeem an invite code in this messenger.</summary>
    string InviteLink(string code);

    Task<DeliveryResult> DeliverAsync(Outgoing message, CancellationToken ct);
}

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
