using Telegram.Bot.Types;
using Telegram.Bot.Types.Enums;

namespace SchoolSupport.TestBotApi.Internal;

/// <summary>Users and chats as Telegram describes them.</summary>
internal static class TelegramObjects
{
    /// <summary>The user Telegram shows as the sender of messages posted in a group on behalf of a channel.</summary>
    public const long ChannelBotId = 136817688;

    /// <summary>The first name of simulated users nobody named.</summary>
    public const string DefaultFirstName = "Тест";

    public static User Bot(long id, string username) => new()
    {
        Id = id,
        IsBot = true,
        FirstName = "School Support Test Bot",
        Username = username,
        CanJoinGroups = true,
    };

    public static User Person(long id, string firstName, string? lastName = null) => new()
    {
        Id = id,
        FirstName = firstName,
        LastName = lastName,
        LanguageCode = "ru",
    };

    public static User ChannelBot() => new()
    {
        Id = ChannelBotId,
        IsBot = true,
        FirstName = "Channel",
        Username = "Channel_Bot",
    };

    public static Chat Private(User user) => new()
    {
        Id = user.Id,
        Type = ChatType.Private,
        FirstName = user.FirstName,
        LastName = user.LastName,
        Username = user.Username,
    };

    public static Chat Group(long id) => new()
    {
        Id = id,
        Type = id <= -1_000_000_000_000 ? ChatType.Supergroup : ChatType.Group,
        Title = $"Test group {id}",
    };

    public static Chat Channel(long id) => new()
    {
        Id = id,
        Type = ChatType.Channel,
        Title = $"Test channel {id}",
    };

    /// <summary>A chat nobody has written from yet: private for positive ids, a group otherwise.</summary>
    public static Chat Unknown(long id) => id > 0 ? Private(Person(id, DefaultFirstName)) : Group(id);
}
