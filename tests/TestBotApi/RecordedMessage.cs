namespace SchoolSupport.TestBotApi;

/// <summary>A message the bot has in a chat, as it looks now (edits applied).</summary>
/// <param name="Kind">"text", "document" or "photo".</param>
/// <param name="Text">The text, or the caption of a document or photo.</param>
/// <param name="Buttons">Rows of the inline keyboard (empty when there is none).</param>
public sealed record RecordedMessage(
    long ChatId,
    int MessageId,
    string Kind,
    string? Text,
    IReadOnlyList<IReadOnlyList<RecordedButton>> Buttons,
    string? FileName,
    byte[]? FileContent,
    int EditCount,
    DateTimeOffset At)
{
    /// <summary>Rows of button texts of a reply keyboard sent with the message (empty when there is none).</summary>
    public IReadOnlyList<IReadOnlyList<string>> ReplyKeyboard { get; init; } = [];

    /// <summary>The parse_mode the bot sent the text with, if any (the text is recorded as sent, markup included).</summary>
    public string? ParseMode { get; init; }

    /// <summary>When the server applied the latest edit (null when the message was never edited).</summary>
    public DateTimeOffset? EditedAt { get; init; }

    /// <summary>All inline buttons, row by row.</summary>
    public IReadOnlyList<RecordedButton> AllButtons => [.. Buttons.SelectMany(row => row)];

    /// <summary>The first inline button whose text contains <paramref name="textContains"/>.</summary>
    /// <exception cref="InvalidOperationException">No such button; the message lists the buttons there are.</exception>
    public RecordedButton Button(string textContains) =>
        AllButtons.FirstOrDefault(b => b.Text.Contains(textContains, StringComparison.Ordinal))
        ?? throw new InvalidOperationException(
            $"Message {MessageId} in chat {ChatId} has no button containing \"{textContains}\". " +
            $"Buttons: [{string.Join(", ", AllButtons.Select(b => $"\"{b.Text}\""))}]. Text: \"{Text}\"");

    /// <inheritdoc/>
    public override string ToString() =>
        $"#{MessageId} {Kind}{(FileName is null ? "" : $" \"{FileName}\"")}: \"{Text}\"" +
        (AllButtons.Count == 0 ? "" : $" [{string.Join(" | ", AllButtons.Select(b => b.Text))}]");
}
