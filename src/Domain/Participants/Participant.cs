using SchoolSupport.Domain.Messaging;

namespace SchoolSupport.Domain.Participants;

/// <summary>A person known to the bot. Created only after they consent to personal data processing.</summary>
public sealed record Participant
{
    /// <summary>Random opaque id, never shown and never derived from a messenger id.</summary>
    public required string Id { get; init; }
    public IReadOnlyList<ChannelIdentity> Identities { get; init; } = [];
    /// <summary>Name for staff roles; parents and students have none.</summary>
    public string? DisplayName { get; init; }
    public IReadOnlyList<RoleGrant> Roles { get; init; } = [];
    public IReadOnlyList<ConsentRecord> Consents { get; init; } = [];
    public DateTime CreatedAtUtc { get; init; }
    /// <summary>Set when every linked messenger reported the bot blocked; cleared when the person writes again.</summary>
    public DateTime? UnreachableSinceUtc { get; init; }
    /// <summary>Where bulk messages and reminders go first (a channel name); null = the first linked messenger.</summary>
    public string? PreferredChannel { get; init; }
    /// <summary>Linked messengers in which the person blocked the bot; each is cleared when they write there again.</summary>
    public IReadOnlyList<string> BlockedChannels { get; init; } = [];

    public bool Has(Role role) => Roles.Any(r => r.Role == role);

    public bool IsStaff() => Roles.Any(r => r.Role is Role.Coordinator or Role.Curator or Role.SchoolTeam or Role.Teacher);

    public ChannelIdentity? IdentityIn(string channel) => Identities.FirstOrDefault(i => i.Channel == channel);
}

/// <summary>One messenger account of a participant and the private chat with it.</summary>
public sealed record ChannelIdentity(string Channel, long UserId, long ChatId)
{
    public ChannelUser ToUser() => new(Channel, UserId);

    public ChatAddress ToChat() => new(Channel, ChatId);
}
