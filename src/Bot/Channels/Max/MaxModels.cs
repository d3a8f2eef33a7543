using System.Text.Json;
using System.Text.Json.Serialization;

namespace SchoolSupport.Bot.Channels.Max;

// The part of the MAX Bot API schema the bot uses (https://dev.max.ru/docs-api). Names are snake_case on the wire.

internal sealed record MaxUser
{
    public long UserId { get; init; }
    public string? FirstName { get; init; }
    public string? LastName { get; init; }
    /// <summary>The older single-name field; newer answers carry first and last name.</summary>
    public string? Name { get; init; }
    public string? Username { get; init; }
    public bool IsBot { get; init; }

    public string DisplayName() =>
        string.Join(' ', new[] { FirstName, LastName }.Where(s => !string.IsNullOrWhiteSpace(s))) is { Length: > 0 } full ? full : Name ?? "";
}

internal sealed record MaxRecipient
{
    public long? ChatId { get; init; }
    /// <summary>"dialog" (a private chat with the bot), "chat" (a group) or "channel".</summary>
    public string? ChatType { get; init; }
    public long? UserId { get; init; }
}

internal sealed record MaxAttachment
{
    /// <summary>"file", "image", "contact", "inline_keyboard", "sticker", …</summary>
    public string Type { get; init; } = "";
    public JsonElement? Payload { get; init; }
    public string? Filename { get; init; }
    public long? Size { get; init; }
}

internal sealed record MaxMessageBody
{
    /// <summary>The message id: a string, unlike the numeric ids of the neutral model.</summary>
    public string Mid { get; init; } = "";
    public long Seq { get; init; }
    public string? Text { get; init; }
    public IReadOnlyList<MaxAttachment>? Attachments { get; init; }
}

internal sealed record MaxMessage
{
    public MaxUser? Sender { get; init; }
    public MaxRecipient Recipient { get; init; } = new();
    public long Timestamp { get; init; }
    public MaxMessageBody Body { get; init; } = new();
}

internal sealed record MaxCallback
{
    public long Timestamp { get; init; }
    public string CallbackId { get; init; } = "";
    public string? Payload { get; init; }
    public MaxUser User { get; init; } = new();
}

/// <summary>One update: message_created, message_callback or bot_started (the only types the bot asks for).</summary>
internal sealed record MaxUpdate
{
    public string UpdateType { get; init; } = "";
    public long Timestamp { get; init; }
    public MaxMessage? Message { get; init; }
    public MaxCallback? Callback { get; init; }
    /// <summary>bot_started: the dialog and the user who pressed «Начать» (or opened a deep link).</summary>
    public long? ChatId { get; init; }
    public MaxUser? User { get; init; }
    /// <summary>bot_started: the deep-link payload (https://max.ru/&lt;bot&gt;?start=&lt;payload&gt;).</summary>
    public string? Payload { get; init; }
}

internal sealed record MaxUpdateList
{
    public IReadOnlyList<MaxUpdate> Updates { get; init; } = [];
    /// <summary>Pass it to the next GET /updates: everything before it counts as received.</summary>
    public long? Marker { get; init; }
}

internal sealed record MaxButton(string Type, string Text, string? Payload = null, string? Url = null);

internal sealed record MaxKeyboardPayload(IReadOnlyList<IReadOnlyList<MaxButton>> Buttons);

internal sealed record MaxUploadedPayload(string Token);

/// <summary>An attachment of an outgoing message: the payload is a <see cref="MaxKeyboardPayload"/> or a <see cref="MaxUploadedPayload"/>.</summary>
internal sealed record MaxAttachmentRequest(string Type, object Payload);

internal sealed record MaxNewMessage(string? Text, IReadOnlyList<MaxAttachmentRequest>? Attachments)
{
    /// <summary>Plain text: the bot's texts carry no markup.</summary>
    public string? Format { get; init; }
}

internal sealed record MaxCallbackAnswer(MaxNewMessage? Message, string? Notification);

internal sealed record MaxSendResult
{
    public MaxMessage? Message { get; init; }
}

internal sealed record MaxUploadEndpoint
{
    public string Url { get; init; } = "";
    public string? Token { get; init; }
}

internal sealed record MaxSubscription
{
    public string Url { get; init; } = "";
}

internal sealed record MaxSubscriptionList
{
    public IReadOnlyList<MaxSubscription> Subscriptions { get; init; } = [];
}

internal sealed record MaxSubscriptionRequest(string Url, IReadOnlyList<string> UpdateTypes, string? Secret);

internal sealed record MaxResult
{
    public bool Success { get; init; }
    public string? Message { get; init; }
}

internal sealed record MaxError
{
    public string? Code { get; init; }
    public string? Message { get; init; }
}

internal static class MaxJson
{
    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };

    /// <summary>The update types the bot handles.</summary>
    public static readonly IReadOnlyList<string> UpdateTypes = ["message_created", "message_callback", "bot_started"];
}
