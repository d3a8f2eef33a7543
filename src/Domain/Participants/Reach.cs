namespace SchoolSupport.Domain.Participants;

/// <summary>
/// Which of a participant's messengers a message goes to: the preferred one, or, when the person blocked the
/// bot there, another linked one; never more than one. Pure rules, table-tested.
/// </summary>
public static class Reach
{
    /// <summary>The preferred messenger first, then the others in the order they were linked.</summary>
    public static IReadOnlyList<ChannelIdentity> Ordered(Participant p)
    {
        var preferred = p.PreferredChannel is { } c ? p.Identities.FirstOrDefault(i => i.Channel == c) : null;
        return preferred is null ? p.Identities : [preferred, .. p.Identities.Where(i => i != preferred)];
    }

    /// <summary>Where bulk messages, reminders and notifications go now; null when every messenger is blocked.</summary>
    public static ChannelIdentity? Route(Participant p) =>
        p.UnreachableSinceUtc is not null ? null : Ordered(p).FirstOrDefault(i => !p.BlockedChannels.Contains(i.Channel));

    /// <summary>
    /// The account a bulk message is addressed to: the route, or, when every messenger is blocked, the preferred
    /// one (the broadcast then records the person as having blocked the bot, without sending).
    /// </summary>
    public static ChannelIdentity? Address(Participant p) => Route(p) ?? (Ordered(p) is { Count: > 0 } all ? all[0] : null);

    /// <summary>The person blocked the bot in <paramref name="channel"/>: unreachable only when no linked messenger is left.</summary>
    public static Participant Blocked(Participant p, string channel, DateTime nowUtc)
    {
        var blocked = p.BlockedChannels.Contains(channel) ? p.BlockedChannels : [.. p.BlockedChannels, channel];
        var left = p.Identities.Any(i => !blocked.Contains(i.Channel));
        return p with { BlockedChannels = blocked, UnreachableSinceUtc = left ? null : p.UnreachableSinceUtc ?? nowUtc };
    }

    /// <summary>The person wrote in <paramref name="channel"/>: reachable there again (and so reachable at all).</summary>
    public static Participant Wrote(Participant p, string channel) =>
        p.UnreachableSinceUtc is null && !p.BlockedChannels.Contains(channel)
            ? p
            : p with { UnreachableSinceUtc = null, BlockedChannels = [.. p.BlockedChannels.Where(c => c != channel)] };

    /// <summary>Adds another messenger account to the participant (a one-time link code was entered there).</summary>
    public static Participant Link(Participant p, ChannelIdentity identity) =>
        p with
        {
            Identities = [.. p.Identities.Where(i => i.Channel != identity.Channel), identity],
            BlockedChannels = [.. p.BlockedChannels.Where(c => c != identity.Channel)],
            UnreachableSinceUtc = null,
        };

    /// <summary>
    /// Takes the account in <paramref name="channel"/> off the participant (its owner says it was not them); false when
    /// there is no such account or it is the only one.
    /// </summary>
    public static bool TryUnlink(Participant p, string channel, out Participant updated)
    {
        updated = p;
        if (p.Identities.Count < 2 || p.Identities.All(i => i.Channel != channel)) return false;
        updated = p with
        {
            Identities = [.. p.Identities.Where(i => i.Channel != channel)],
            BlockedChannels = [.. p.BlockedChannels.Where(c => c != channel)],
            PreferredChannel = p.PreferredChannel == channel ? null : p.PreferredChannel,
        };
        return true;
    }

    /// <summary>Chooses the messenger bulk messages go to first; false when the participant has no account there.</summary>
    public static bool TryPrefer(Participant p, string channel, out Participant updated)
    {
        updated = p;
        if (p.Identities.All(i => i.Channel != channel)) return false;
        updated = p with { PreferredChannel = channel };
        return true;
    }
}
