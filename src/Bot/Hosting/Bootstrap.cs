using SchoolSupport.Domain.Messaging;
using SchoolSupport.Domain.Participants;

namespace SchoolSupport.Bot.Hosting;

/// <summary>
/// Coordinators known before anyone can invite them: the Telegram ids of Bot:Coordinators and the MAX ids of
/// Max:Coordinators (every municipality) and, in the local console, the demo coordinator (the demo municipalities).
/// </summary>
internal sealed class Bootstrap
{
    private readonly Dictionary<string, IReadOnlyList<string>> coordinators = [];

    public Bootstrap(BotOptions options, Channels.Max.MaxOptions max)
    {
        foreach (var id in options.Coordinators) coordinators[new ChannelUser("telegram", id).Key()] = [];
        foreach (var id in max.Coordinators) coordinators[new ChannelUser(Channels.Max.MaxChannel.ChannelName, id).Key()] = [];
    }

    public void AddCoordinator(ChannelUser user, IReadOnlyList<string> municipalityIds) => coordinators[user.Key()] = municipalityIds;

    public RoleGrant? CoordinatorGrant(ChannelUser user, DateTime nowUtc) =>
        coordinators.TryGetValue(user.Key(), out var municipalities)
            ? new RoleGrant { Role = Role.Coordinator, MunicipalityIds = municipalities, GrantedAtUtc = nowUtc }
            : null;
}
