namespace SchoolSupport.Domain.Delivery;

/// <summary>Why a message was not delivered, as the sender's report counts it.</summary>
public enum DeliveryFailure
{
    /// <summary>403: the person blocked the bot (or had blocked it before the broadcast started).</summary>
    Blocked = 1,
    /// <summary>5xx, timeouts and network errors that outlasted every retry.</summary>
    MessengerError = 2,
    /// <summary>400 and other refusals of this very message (e.g. text too long): never retried.</summary>
    Rejected = 3,
    /// <summary>The person deleted their data (/forget) before the message went out.</summary>
    Forgotten = 4,
}
