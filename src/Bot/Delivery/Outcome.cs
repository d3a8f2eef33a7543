namespace SchoolSupport.Bot.Delivery;

/// <summary>What happened to an item handed out by the worker, to be recorded.</summary>
internal abstract record Outcome(long ItemId, DateTime AtUtc)
{
    /// <summary>The messenger answered (or did not) at <see cref="Outcome.AtUtc"/>.</summary>
    public sealed record Attempted(long ItemId, DateTime AtUtc, DeliveryResult Result) : Outcome(ItemId, AtUtc);

    /// <summary>A bulk item that became due inside its recipient's quiet hours waits for their end.</summary>
    public sealed record Deferred(long ItemId, DateTime AtUtc, DateTime UntilUtc) : Outcome(ItemId, AtUtc);
}
