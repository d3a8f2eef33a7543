using Telegram.Bot.Types;

namespace SchoolSupport.TestBotApi.Internal;

/// <summary>setMyCommands lists by scope key ("default", "chat:42", "all_private_chats", ... with "/lang" when a language is given).</summary>
internal sealed class CommandStore(ChangeSignal signal)
{
    private readonly Lock _gate = new();
    private readonly Dictionary<string, IReadOnlyList<BotCommand>> _byScope = new(StringComparer.Ordinal);

    public IReadOnlyDictionary<string, IReadOnlyList<BotCommand>> Snapshot
    {
        get { lock (_gate) { return new Dictionary<string, IReadOnlyList<BotCommand>>(_byScope, StringComparer.Ordinal); } }
    }

    public void Set(string scopeKey, IReadOnlyList<BotCommand> commands)
    {
        lock (_gate)
        {
            if (commands.Count == 0)
            {
                _byScope.Remove(scopeKey);
            }
            else
            {
                _byScope[scopeKey] = commands;
            }
        }

        signal.Pulse();
    }

    public IReadOnlyList<BotCommand> Get(string scopeKey)
    {
        lock (_gate)
        {
            return _byScope.GetValueOrDefault(scopeKey) ?? [];
        }
    }
}
