namespace SchoolSupport.Domain.Delivery;

/// <summary>
/// The messenger's limits as pacing rules: a global rate for the whole bot, a spacing per private chat and
/// a slower one per group (Telegram: about 30 messages/s overall, 1/s per chat, 20/min per group; group
/// chats have negative ids).
/// </summary>
public sealed record DeliveryLimits(double GlobalPerSecond, double PerChatPerSecond, int PerGroupPerMinute)
{
    /// <summary>How far replies may push bulk sending back when they use more than their share.</summary>
    public static readonly TimeSpan ReplyLead = TimeSpan.FromSeconds(1);

    /// <summary>
    /// One send per 1/GlobalPerSecond, with a burst of a tenth of a second's worth (at least 1): enough to catch
    /// up after a late wake-up, small enough that any 1 s window holds at most rate + burst sends.
    /// </summary>
    public PaceRule Global => new(Seconds(1 / GlobalPerSecond), Math.Max(1, (int)Math.Ceiling(GlobalPerSecond / 10)));

    /// <summary>Strict spacing per chat: 1/PerChatPerSecond, and for groups at least 60/PerGroupPerMinute.</summary>
    public PaceRule ForChat(long chatId)
    {
        var interval = Seconds(1 / PerChatPerSecond);
        if (IsGroup(chatId))
        {
            var group = Seconds(60.0 / PerGroupPerMinute);
            if (group > interval) interval = group;
        }
        return new PaceRule(interval);
    }

    /// <summary>Telegram gives groups, supergroups and channels negative chat ids.</summary>
    public static bool IsGroup(long chatId) => chatId < 0;

    private static TimeSpan Seconds(double s) => TimeSpan.FromTicks((long)Math.Round(s * TimeSpan.TicksPerSecond));
}
