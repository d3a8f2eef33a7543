using System.Globalization;
using SchoolSupport.TestBotApi.Internal;
using Telegram.Bot.Types;
using Telegram.Bot.Types.Enums;

namespace SchoolSupport.TestBotApi;

/// <summary>Acting as users: each call appends one update to the pending queue and returns its update_id.</summary>
public sealed partial class TestBotApiServer
{
    /// <summary>
    /// A text message in the private chat with <paramref name="userId"/> (chat.id == userId). The user keeps a name
    /// given earlier unless another one is passed here.
    /// </summary>
    public int SendText(long userId, string text, string firstName = "Тест", string? lastName = null)
    {
        var user = _state.Chats.User(userId, firstName, lastName);
        return EnqueueMessage(TelegramObjects.Private(user), user, message => SetText(message, text));
    }

    /// <summary>A press on an inline button of the bot's message <paramref name="messageId"/> in the private chat.</summary>
    public int PressButton(long userId, int messageId, string callbackData) =>
        PressButtonInChat(userId, userId, messageId, callbackData);

    /// <summary>A press by <paramref name="userId"/> on an inline button of the bot's message in any chat.</summary>
    public int PressButtonInChat(long chatId, long userId, int messageId, string callbackData)
    {
        var message = _state.Chats.BotMessage(chatId, messageId) ?? throw new ArgumentException(
            $"The bot has no message {messageId} in chat {chatId}. It has: {Describe(Chat(chatId))}", nameof(messageId));
        var query = new CallbackQuery
        {
            Id = _state.Log.NewCallbackQueryId(),
            From = _state.Chats.User(userId),
            Message = message,
            ChatInstance = unchecked((ulong)chatId * 2654435761UL).ToString(CultureInfo.InvariantCulture),
            Data = callbackData,
        };
        return _state.Updates.Add(new Update { CallbackQuery = query });
    }

    /// <summary>A document from the user; getFile and the download URL return <paramref name="content"/>.</summary>
    public int SendDocument(long userId, string fileName, byte[] content, string mimeType, string? caption = null)
    {
        var file = _state.Files.Add(fileName, content, mimeType, isPhoto: false);
        var user = _state.Chats.User(userId);
        return EnqueueMessage(TelegramObjects.Private(user), user, message =>
        {
            message.Document = file.ToDocument();
            message.Caption = caption;
        });
    }

    /// <summary>A photo from the user (one size, stored as "photo.jpg").</summary>
    public int SendPhoto(long userId, byte[] content, string? caption = null)
    {
        var file = _state.Files.Add("photo.jpg", content, "image/jpeg", isPhoto: true);
        var user = _state.Chats.User(userId);
        return EnqueueMessage(TelegramObjects.Private(user), user, message =>
        {
            message.Photo = file.ToPhoto();
            message.Caption = caption;
        });
    }

    /// <summary>The user's own contact, as a "share phone number" reply keyboard button sends it.</summary>
    public int SendContact(long userId, string phoneNumber, string firstName = "Тест")
    {
        var user = _state.Chats.User(userId);
        return EnqueueMessage(TelegramObjects.Private(user), user, message =>
            message.Contact = new Contact { PhoneNumber = phoneNumber, FirstName = firstName, UserId = userId });
    }

    /// <summary>A text message in a group (<paramref name="groupChatId"/> must be negative).</summary>
    public int SendGroupText(long groupChatId, long userId, string text)
    {
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(groupChatId, 0);
        return EnqueueMessage(TelegramObjects.Group(groupChatId), _state.Chats.User(userId), message => SetText(message, text));
    }

    /// <summary>
    /// A message with sender_chat set: a channel post when <paramref name="chatId"/> == <paramref name="senderChatId"/>,
    /// otherwise a message in group <paramref name="chatId"/> sent on behalf of channel <paramref name="senderChatId"/>.
    /// </summary>
    public int SendAsChannel(long chatId, long senderChatId, string text)
    {
        var channel = TelegramObjects.Channel(senderChatId);
        if (chatId == senderChatId)
        {
            return EnqueueMessage(channel, null, message => SetText(message, text), channelPost: true);
        }

        return EnqueueMessage(TelegramObjects.Group(chatId), TelegramObjects.ChannelBot(), message =>
        {
            message.SenderChat = channel;
            SetText(message, text);
        });
    }

    /// <summary>Any update; its Id is assigned by the server.</summary>
    public int Enqueue(Update update) => _state.Updates.Add(update);

    /// <summary>
    /// Puts an already delivered update back with the same update_id: the next getUpdates returns it whatever
    /// offset it asks with (Telegram re-delivering after a lost confirmation).
    /// </summary>
    public int RepeatUpdate(int updateId) => _state.Updates.Repeat(updateId);

    private int EnqueueMessage(Chat chat, User? from, Action<Message> fill, bool channelPost = false)
    {
        var message = new Message
        {
            Id = _state.Chats.NextUserMessageId(chat),
            From = from,
            SenderChat = channelPost ? chat : null,
            Chat = chat,
            Date = _state.Clock.GetUtcNow().UtcDateTime,
        };
        fill(message);
        return _state.Updates.Add(channelPost ? new Update { ChannelPost = message } : new Update { Message = message });
    }

    /// <summary>Sets the text and, like Telegram, marks a leading "/command" as a bot_command entity.</summary>
    private static void SetText(Message message, string text)
    {
        message.Text = text;
        if (text.StartsWith('/') && text.Length > 1)
        {
            var end = text.IndexOfAny([' ', '\n']);
            message.Entities = [new MessageEntity { Type = MessageEntityType.BotCommand, Offset = 0, Length = end < 0 ? text.Length : end }];
        }
    }
}
