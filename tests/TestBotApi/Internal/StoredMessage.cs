using Telegram.Bot.Types;
using Telegram.Bot.Types.ReplyMarkups;

namespace SchoolSupport.TestBotApi.Internal;

/// <summary>A bot message as the server keeps it; only touched under the chat store's lock.</summary>
internal sealed class StoredMessage(Chat chat, int messageId, string kind, DateTimeOffset at)
{
    public Chat Chat { get; } = chat;

    public int MessageId { get; } = messageId;

    /// <summary>"text", "document" or "photo".</summary>
    public string Kind { get; } = kind;

    public DateTimeOffset At { get; } = at;

    /// <summary>The text, or the caption of a file.</summary>
    public string? Text { get; set; }

    public string? ParseMode { get; set; }

    public InlineKeyboardMarkup? Keyboard { get; set; }

    public IReadOnlyList<IReadOnlyList<string>> ReplyKeyboard { get; set; } = [];

    public StoredFile? File { get; set; }

    public int EditCount { get; private set; }

    public DateTimeOffset? EditedAt { get; private set; }

    public void MarkEdited(DateTimeOffset at)
    {
        EditCount++;
        EditedAt = at;
    }

    public RecordedMessage ToRecorded() => new(
        Chat.Id,
        MessageId,
        Kind,
        Text,
        Markup.Buttons(Keyboard),
        File?.FileName,
        File?.Content,
        EditCount,
        At)
    {
        ReplyKeyboard = ReplyKeyboard,
        ParseMode = ParseMode,
        EditedAt = EditedAt,
    };

    public Message ToTelegram(User bot) => new()
    {
        Id = MessageId,
        From = bot,
        Chat = Chat,
        Date = At.UtcDateTime,
        EditDate = EditedAt?.UtcDateTime,
        Text = Kind == "text" ? Text : null,
        Caption = Kind == "text" ? null : Text,
        Document = Kind == "document" ? File?.ToDocument() : null,
        Photo = Kind == "photo" ? File?.ToPhoto() : null,
        ReplyMarkup = Keyboard,
    };
}
