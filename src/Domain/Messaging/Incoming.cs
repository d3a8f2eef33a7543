namespace SchoolSupport.Domain.Messaging;

/// <summary>Who wrote: a user of one messenger channel ("telegram", "console", "max").</summary>
public sealed record ChannelUser(string Channel, long UserId)
{
    public string Key() => $"{Channel}:{UserId}";
}

/// <summary>Something a person did in a private chat with the bot, in messenger-neutral form.</summary>
public abstract record Incoming
{
    public ChannelUser From { get; init; } = new("", 0);
    /// <summary>The private chat to answer in (equals the user id in Telegram, differs in MAX).</summary>
    public long ChatId { get; init; }
    /// <summary>Name the messenger shows for the user; used only after consent.</summary>
    public string? ProfileName { get; init; }
}

public sealed record TextIn(string Text) : Incoming;

/// <summary>A "/name argument" command; the name is lower-case without the slash.</summary>
public sealed record CommandIn(string Name, string Argument) : Incoming;

/// <summary>A press of an inline button: <paramref name="Data"/> is client-controlled and never trusted.</summary>
public sealed record ButtonIn(string CallbackId, string Data, int MessageId) : Incoming;

/// <summary>A file the user sent. <see cref="Content"/> is filled by the channel when the file is within the size limit.</summary>
/// <summary>A file; <see cref="Content"/> is null when it was too big to fetch, or, with <see cref="NotReceived"/>, when the messenger failed to hand it over.</summary>
public sealed record FileIn(string FileName, string? MimeType, long Size, string? Caption, byte[]? Content, bool NotReceived = false) : Incoming;

public sealed record ContactIn(string PhoneNumber, bool IsOwn) : Incoming;

/// <summary>Anything else (stickers, voice, locations): answered with a hint.</summary>
public sealed record UnsupportedIn(string What) : Incoming;

/// <summary>A message from a group chat or on behalf of a chat: the bot works only in private chats.</summary>
public sealed record NotPrivateIn(string ChatKind) : Incoming;
