using SchoolSupport.Bot.Delivery;

namespace SchoolSupport.Bot.Features.Invites;

/// <summary>
/// An invite code as links to open: one per messenger the bot runs in (Telegram and MAX when both are
/// configured), the messenger of the person asking first.
/// </summary>
internal sealed class InviteLinks(IEnumerable<IChannel> channels)
{
    private readonly IChannel[] all = [.. channels];

    public IReadOnlyList<(string Title, string Link)> For(Turn t, string code) =>
        [.. all.OrderBy(c => c.Name == t.Channel.Name ? 0 : 1).ThenBy(c => c.Name, StringComparer.Ordinal).Select(c => (c.Capabilities.Title, c.InviteLink(code)))];

    /// <summary>The link alone, or «Telegram: …» and «MAX: …» lines when the bot runs in both.</summary>
    public string Text(Turn t, string code)
    {
        var links = For(t, code);
        return links.Count == 1 ? links[0].Link : string.Join('\n', links.Select(l => $"{l.Title}: {l.Link}"));
    }
}
