using System.Globalization;
using Microsoft.Extensions.Logging;
using Telegram.Bot;
using Telegram.Bot.Exceptions;
using Telegram.Bot.Types;
using Telegram.Bot.Types.Enums;
using SchoolSupport.Bot.Hosting;
using SchoolSupport.Domain.Messaging;

namespace SchoolSupport.Bot.Channels.Telegram;

/// <summary>Translates Telegram updates into neutral incoming messages (downloading small files on the way).</summary>
internal sealed class TelegramUpdates(ITelegramBotClient client, BotOptions options, ILogger<TelegramUpdates> log)
{
    public async Task<InboundUpdate?> TranslateAsync(Update update, CancellationToken ct)
    {
        var key = "telegram:" + update.Id.ToString(CultureInfo.InvariantCulture);
        var incoming = update switch
        {
            { Message: { } m } => await FromMessageAsync(m, ct),
            { CallbackQuery: { } q } => FromCallback(q),
            _ => null,
        };
        return incoming is null ? null : new InboundUpdate(key, incoming);
    }

    private static Incoming? FromCallback(CallbackQuery q)
    {
        var chatId = q.Message?.Chat.Id ?? q.From.Id;
        if (q.Message is { Chat.Type: not ChatType.Private })
            return new NotPrivateIn("group") { From = User(q.From), ChatId = chatId };
        return new ButtonIn(q.Id, q.Data ?? "", q.Message?.MessageId ?? 0) { From = User(q.From), ChatId = chatId, ProfileName = Name(q.From) };
    }

    private async Task<Incoming?> FromMessageAsync(Message m, CancellationToken ct)
    {
        var from = m.From is { } u ? User(u) : new ChannelUser(TelegramChannel.ChannelName, m.Chat.Id);
        if (m.Chat.Type != ChatType.Private || m.SenderChat is not null)
            return new NotPrivateIn(m.Chat.Type.ToString()) { From = from, ChatId = m.Chat.Id };
        var name = m.From is { } user ? Name(user) : null;
        Incoming incoming = m switch
        {
            { Text: { } text } when CommandText.TryParse(text, out var command, out var argument) => new CommandIn(command, argument),
            { Text: { } text } => new TextIn(text),
            { Document: { } d } => await FileAsync(d.FileId, d.FileName ?? "file", d.MimeType, d.FileSize, m.Caption, ct),
            { Photo: { Length: > 0 } p } => await FileAsync(p[^1].FileId, "photo.jpg", "image/jpeg", p[^1].FileSize, m.Caption, ct),
            { Contact: { } c } => new ContactIn(c.PhoneNumber, c.UserId == m.From?.Id),
            _ => new UnsupportedIn(m.Type.ToString()),
        };
        return incoming with { From = from, ChatId = m.Chat.Id, ProfileName = name };
    }

    /// <summary>Files within the limit are downloaded now, so handlers stay synchronous inside their transaction.</summary>
    private async Task<FileIn> FileAsync(string fileId, string fileName, string? mime, long? size, string? caption, CancellationToken ct)
    {
        if (size is null or <= 0 || size > options.MaxFileBytes) return new FileIn(fileName, mime, size ?? 0, caption, null);
        try
        {
            var file = await client.GetFile(fileId, ct);
            using var buffer = new MemoryStream();
            await client.DownloadFile(file, buffer, ct);
            return new FileIn(fileName, mime, size.Value, caption, buffer.ToArray());
        }
        catch (Exception e) when (e is ApiRequestException or RequestException or HttpRequestException or IOException
            || (e is OperationCanceledException && !ct.IsCancellationRequested))
        {
            // The person is told the file did not arrive whole; the update itself goes on like any other.
            log.LogWarning("Could not download a file a Telegram user sent ({Reason})", e.GetType().Name);
            return new FileIn(fileName, mime, size.Value, caption, null, NotReceived: true);
        }
    }

    private static ChannelUser User(global::Telegram.Bot.Types.User u) => new(TelegramChannel.ChannelName, u.Id);

    private static string Name(global::Telegram.Bot.Types.User u) => string.Join(' ', new[] { u.FirstName, u.LastName }.Where(s => !string.IsNullOrWhiteSpace(s)));
}
