using Telegram.Bot.Types;

namespace SchoolSupport.TestBotApi.Internal;

/// <summary>Chats, the users seen in them, message ids, the bot's messages and who blocked the bot.</summary>
internal sealed class ChatStore(User bot, ChangeSignal signal, TimeProvider clock)
{
    private sealed class ChatState(Chat chat)
    {
        public Chat Chat { get; set; } = chat;

        public int LastMessageId { get; set; }

        public List<StoredMessage> BotMessages { get; } = [];
    }

    private readonly Lock _gate = new();
    private readonly Dictionary<long, ChatState> _chats = [];
    private readonly Dictionary<long, User> _users = [];
    private readonly HashSet<long> _blocked = [];
    private readonly Dictionary<long, int> _sent = [];

    public User Bot { get; } = bot;

    public DateTimeOffset Now => clock.GetUtcNow();

    /// <summary>
    /// The user as last seen, renamed when a name other than the default one is given
    /// (so a later call that leaves the name at its default keeps the name given before).
    /// </summary>
    public User User(long userId, string? firstName = null, string? lastName = null)
    {
        lock (_gate)
        {
            var keepName = firstName is null || (firstName == TelegramObjects.DefaultFirstName && lastName is null);
            if (keepName && _users.TryGetValue(userId, out var known))
            {
                return known;
            }

            var user = TelegramObjects.Person(userId, firstName ?? TelegramObjects.DefaultFirstName, lastName);
            _users[userId] = user;
            return user;
        }
    }

    /// <summary>Records the chat a simulated user writes in and gives the next message id in it.</summary>
    public int NextUserMessageId(Chat chat)
    {
        lock (_gate)
        {
            var state = State(chat.Id);
            state.Chat = chat;
            return ++state.LastMessageId;
        }
    }

    public Message AddBotMessage(long chatId, string kind, Action<StoredMessage> fill)
    {
        Message sent;
        lock (_gate)
        {
            ThrowIfBlocked(chatId);
            var state = State(chatId);
            var message = new StoredMessage(state.Chat, state.LastMessageId + 1, kind, Now);
            fill(message);
            state.LastMessageId++;
            state.BotMessages.Add(message);
            _sent[chatId] = _sent.GetValueOrDefault(chatId) + 1;
            sent = message.ToTelegram(Bot);
        }

        signal.Pulse();
        return sent;
    }

    /// <summary>Applies <paramref name="edit"/> (which validates first and may throw) to a bot message.</summary>
    public Message Edit(long chatId, int messageId, Action<StoredMessage> edit)
    {
        Message edited;
        lock (_gate)
        {
            ThrowIfBlocked(chatId);
            var message = Find(chatId, messageId) ?? throw ApiError.BadRequest("message to edit not found");
            edit(message);
            message.MarkEdited(Now);
            edited = message.ToTelegram(Bot);
        }

        signal.Pulse();
        return edited;
    }

    public void Delete(long chatId, int messageId)
    {
        lock (_gate)
        {
            ThrowIfBlocked(chatId);
            var message = Find(chatId, messageId) ?? throw ApiError.BadRequest("message to delete not found");
            _chats[chatId].BotMessages.Remove(message);
        }

        signal.Pulse();
    }

    public void Touch(long chatId)
    {
        lock (_gate)
        {
            ThrowIfBlocked(chatId);
        }
    }

    /// <summary>The bot message as Telegram would put it into a callback query, or null.</summary>
    public Message? BotMessage(long chatId, int messageId)
    {
        lock (_gate)
        {
            return Find(chatId, messageId)?.ToTelegram(Bot);
        }
    }

    public IReadOnlyList<RecordedMessage> Snapshot(long chatId)
    {
        lock (_gate)
        {
            return _chats.TryGetValue(chatId, out var state) ? [.. state.BotMessages.Select(m => m.ToRecorded())] : [];
        }
    }

    /// <summary>New bot messages per chat (sends, not edits), deleted ones included.</summary>
    public IReadOnlyDictionary<long, int> SentPerChat()
    {
        lock (_gate)
        {
            return new Dictionary<long, int>(_sent);
        }
    }

    /// <summary>Bot messages present more than once in a chat with the same kind, text and file name.</summary>
    public IReadOnlyList<DuplicateMessage> Duplicates()
    {
        lock (_gate)
        {
            return [.. _chats.SelectMany(chat => chat.Value.BotMessages
                .GroupBy(m => (m.Kind, m.Text, FileName: m.File?.FileName))
                .Where(g => g.Count() > 1)
                .Select(g => new DuplicateMessage(chat.Key, g.Key.Kind, g.Key.Text, g.Key.FileName, g.Count())))];
        }
    }

    public void SetBlocked(long userId, bool blocked)
    {
        lock (_gate)
        {
            _ = blocked ? _blocked.Add(userId) : _blocked.Remove(userId);
        }

        signal.Pulse();
    }

    private void ThrowIfBlocked(long chatId)
    {
        if (_blocked.Contains(chatId))
        {
            throw ApiError.Blocked();
        }
    }

    private StoredMessage? Find(long chatId, int messageId) =>
        _chats.TryGetValue(chatId, out var state) ? state.BotMessages.Find(m => m.MessageId == messageId) : null;

    private ChatState State(long chatId)
    {
        if (!_chats.TryGetValue(chatId, out var state))
        {
            state = new ChatState(TelegramObjects.Unknown(chatId));
            _chats[chatId] = state;
        }

        return state;
    }
}
