namespace SchoolSupport.Domain.Messaging;

/// <summary>Where a message goes: a chat in one channel.</summary>
public sealed record ChatAddress(string Channel, long ChatId);

public sealed record Button(string Text, string? Data = null, string? Url = null);

/// <summary>Rows of inline buttons.</summary>
public sealed record Keyboard(IReadOnlyList<IReadOnlyList<Button>> Rows)
{
    public static Keyboard Of(params Button[][] rows) => new(rows);
    public static Keyboard Column(IEnumerable<Button> buttons) => new(buttons.Select(b => (IReadOnlyList<Button>)[b]).ToList());
}

public sealed record MenuCommand(string Command, string Description);

/// <summary>What the bot sends, in messenger-neutral form.</summary>
public abstract record Outgoing
{
    public required ChatAddress To { get; init; }
}

public sealed record TextOut(string Text, Keyboard? Keyboard = null) : Outgoing;

/// <summary>Replaces the text and buttons of an earlier bot message.</summary>
public sealed record EditOut(int MessageId, string Text, Keyboard? Keyboard = null) : Outgoing;

/// <summary>
/// A file. Either the bytes travel with the message (small, one-off files such as a QR code), or
/// <see cref="StoredPath"/> names a file kept in the data folder, read when sending, so a broadcast to
/// thousands stores the file once.
/// </summary>
public sealed record FileOut(string FileName, byte[] Content, string? Caption, bool IsImage, Keyboard? Keyboard = null) : Outgoing
{
    /// <summary>Path relative to the data folder; when set, <see cref="Content"/> is empty.</summary>
    public string? StoredPath { get; init; }

    public static FileOut Stored(ChatAddress to, string fileName, string storedPath, string? caption, bool isImage, Keyboard? keyboard = null) =>
        new(fileName, [], caption, isImage, keyboard) { To = to, StoredPath = storedPath };
}

/// <summary>The answer every button press gets (a short toast or an alert).</summary>
public sealed record ButtonAnswer(string CallbackId, string? Text = null, bool Alert = false) : Outgoing;

/// <summary>The command menu of one chat (Telegram: setMyCommands with a chat scope).</summary>
public sealed record MenuOut(IReadOnlyList<MenuCommand> Commands) : Outgoing;
