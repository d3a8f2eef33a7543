using System.Globalization;
using System.Text.Json;
using Microsoft.Extensions.Logging;
using SchoolSupport.Bot.Hosting;
using SchoolSupport.Domain.Messaging;

namespace SchoolSupport.Bot.Channels.Max;

/// <summary>
/// Translates MAX updates into neutral incoming messages (downloading small files on the way). MAX updates
/// carry no number of their own, so the key that recognises a re-delivery is built from the message id, the
/// callback id, or the dialog and time of a bot_started.
/// </summary>
internal sealed class MaxUpdates(MaxApi api, MaxMessageIds ids, BotOptions options, ILogger<MaxUpdates> log)
{
    public async Task<InboundUpdate?> TranslateAsync(MaxUpdate update, CancellationToken ct)
    {
        switch (update)
        {
            case { UpdateType: "message_created", Message: { Sender: { } sender } m }:
                return new InboundUpdate("max:m:" + m.Body.Mid, await FromMessageAsync(m, sender, ct));
            case { UpdateType: "message_callback", Callback: { } c }:
                return new InboundUpdate("max:c:" + c.CallbackId, FromCallback(c, update.Message));
            case { UpdateType: "bot_started", ChatId: { } chat, User: { } user }:
                var key = string.Create(CultureInfo.InvariantCulture, $"max:s:{chat}:{update.Timestamp}");
                return new InboundUpdate(key, new CommandIn("start", (update.Payload ?? "").Trim())
                {
                    From = User(user),
                    ChatId = chat,
                    ProfileName = user.DisplayName(),
                });
            default:
                return null;
        }
    }

    private Incoming FromCallback(MaxCallback c, MaxMessage? message)
    {
        var chat = message?.Recipient.ChatId ?? 0;
        if (message is { Recipient.ChatType: not "dialog" })
            return new NotPrivateIn(message.Recipient.ChatType ?? "chat") { From = User(c.User), ChatId = chat };
        var number = message is null ? 0 : ids.NumberOf(message.Body.Mid);
        return new ButtonIn(c.CallbackId, c.Payload ?? "", number) { From = User(c.User), ChatId = chat, ProfileName = c.User.DisplayName() };
    }

    private async Task<Incoming> FromMessageAsync(MaxMessage m, MaxUser sender, CancellationToken ct)
    {
        var chat = m.Recipient.ChatId ?? 0;
        if (m.Recipient.ChatType != "dialog")
            return new NotPrivateIn(m.Recipient.ChatType ?? "chat") { From = User(sender), ChatId = chat };
        var attachment = m.Body.Attachments?.FirstOrDefault(a => a.Type is not "inline_keyboard");
        Incoming incoming = (m.Body.Text, attachment) switch
        {
            (_, { Type: "file" or "image" } a) => await FileAsync(a, m.Body.Text, ct),
            (_, { Type: "contact" } a) => Contact(a, sender),
            (_, { } a) => new UnsupportedIn(a.Type),
            ({ } text, null) when CommandText.TryParse(text, out var command, out var argument) => new CommandIn(command, argument),
            ({ } text, null) => new TextIn(text),
            _ => new UnsupportedIn("empty"),
        };
        return incoming with { From = User(sender), ChatId = chat, ProfileName = sender.DisplayName() };
    }

    /// <summary>Files within the limit are downloaded now, so handlers stay synchronous inside their transaction.</summary>
    private async Task<FileIn> FileAsync(MaxAttachment a, string? caption, CancellationToken ct)
    {
        var image = a.Type == "image";
        var name = a.Filename is { Length: > 0 } f ? f : image ? "photo.jpg" : "file";
        var mime = image ? "image/jpeg" : null;
        var size = a.Size ?? 0;
        var url = a.Payload is { ValueKind: JsonValueKind.Object } p && p.TryGetProperty("url", out var u) && u.ValueKind == JsonValueKind.String ? u.GetString() : null;
        if (url is null || size > options.MaxFileBytes) return new FileIn(name, mime, size, caption, null);
        try
        {
            var content = await api.DownloadAsync(url, options.MaxFileBytes, ct);
            return new FileIn(name, mime, content.Length, caption, content);
        }
        catch (MaxApiException e) when (e.Status == 413)
        {
            return new FileIn(name, mime, Math.Max(size, options.MaxFileBytes + 1), caption, null);
        }
        catch (Exception e) when (e is MaxApiException or HttpRequestException or IOException || (e is OperationCanceledException && !ct.IsCancellationRequested))
        {
            log.LogWarning("Could not download a file a MAX user sent ({Reason})", e.GetType().Name);
            return new FileIn(name, mime, size, caption, null, NotReceived: true);
        }
    }

    /// <summary>A shared contact: the phone is in the vCard; it is the sender's own when it names them.</summary>
    private static Incoming Contact(MaxAttachment a, MaxUser sender)
    {
        if (a.Payload is not { ValueKind: JsonValueKind.Object } p) return new UnsupportedIn("contact");
        var vcf = p.TryGetProperty("vcf_info", out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() ?? "" : "";
        var phone = vcf.Split('\n').Select(l => l.Trim()).FirstOrDefault(l => l.StartsWith("TEL", StringComparison.OrdinalIgnoreCase)) is { } tel && tel.Contains(':')
            ? tel[(tel.LastIndexOf(':') + 1)..].Trim()
            : "";
        var own = p.TryGetProperty("max_info", out var info) && info.ValueKind == JsonValueKind.Object
            && info.TryGetProperty("user_id", out var id) && id.TryGetInt64(out var userId) && userId == sender.UserId;
        return phone.Length == 0 ? new UnsupportedIn("contact") : new ContactIn(phone, own);
    }

    private static ChannelUser User(MaxUser u) => new(MaxChannel.ChannelName, u.UserId);
}
