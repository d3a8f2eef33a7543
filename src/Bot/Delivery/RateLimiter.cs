using SchoolSupport.Domain.Delivery;

namespace SchoolSupport.Bot.Delivery;

/// <summary>
/// The one rate limiter of the bot: a global pace per messenger and a pace per chat, each messenger with its
/// own limits (the rules are in <see cref="DeliveryLimits"/>). Bulk waits for both; a reply never waits here
/// but is charged to both, so bulk makes room for it (by at most <see cref="DeliveryLimits.ReplyLead"/>).
/// Used by the worker's loop only.
/// </summary>
internal sealed class RateLimiter(Func<string, DeliveryLimits> limitsOf)
{
    private const int PruneAbove = 10_000;
    private readonly Dictionary<string, DeliveryLimits> limits = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Pace> channels = new(StringComparer.Ordinal);
    private readonly Dictionary<(string Channel, long ChatId), Pace> chats = [];

    public RateLimiter(DeliveryLimits one)
        : this(_ => one)
    {
    }

    /// <summary>When the next bulk message of this messenger may go, as far as the global limit goes.</summary>
    public DateTime GlobalAllowedAt(string channel) => Of(channel).Global.AllowedAt(channels.GetValueOrDefault(channel));

    /// <summary>When the next bulk message to this chat may go, as far as the chat's spacing goes.</summary>
    public DateTime ChatAllowedAt(string channel, long chatId) => Of(channel).ForChat(chatId).AllowedAt(chats.GetValueOrDefault((channel, chatId)));

    public void TakeBulk(string channel, long chatId, DateTime nowUtc)
    {
        var rules = Of(channel);
        channels[channel] = rules.Global.Take(channels.GetValueOrDefault(channel), nowUtc);
        chats[(channel, chatId)] = rules.ForChat(chatId).Take(chats.GetValueOrDefault((channel, chatId)), nowUtc);
        Prune(nowUtc);
    }

    public void ChargeReply(string channel, long chatId, DateTime nowUtc)
    {
        var rules = Of(channel);
        channels[channel] = rules.Global.Charge(channels.GetValueOrDefault(channel), nowUtc, DeliveryLimits.ReplyLead);
        chats[(channel, chatId)] = rules.ForChat(chatId).Charge(chats.GetValueOrDefault((channel, chatId)), nowUtc, DeliveryLimits.ReplyLead);
        Prune(nowUtc);
    }

    private DeliveryLimits Of(string channel)
    {
        if (!limits.TryGetValue(channel, out var rules)) limits[channel] = rules = limitsOf(channel);
        return rules;
    }

    /// <summary>Chats whose spacing has long passed need no memory.</summary>
    private void Prune(DateTime nowUtc)
    {
        if (chats.Count <= PruneAbove) return;
        foreach (var key in chats.Where(c => c.Value.NextUtc < nowUtc).Select(c => c.Key).ToList()) chats.Remove(key);
    }
}
