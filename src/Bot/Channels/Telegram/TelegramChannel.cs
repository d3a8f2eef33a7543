using System.Collections.Concurrent;
using System.Net;
using Telegram.Bot;
using Telegram.Bot.Exceptions;
using Telegram.Bot.Types;
using Telegram.Bot.Types.ReplyMarkups;
using SchoolSupport.Bot.Delivery;
using SchoolSupport.Bot.Storage;
using SchoolSupport.Domain.Messaging;

namespace SchoolSupport.Bot.Channels.Telegram;

/// <summary>Sends neutral outgoing messages through the Telegram Bot API and reports how each attempt ended.</summary>
internal sealed class TelegramChannel(ITelegramBotClient client, StoredFiles files) : IChannel
{
    /// <summary>Telegram's file id of each stored file already uploaded: later recipients get it without a new upload.</summary>
    private readonly ConcurrentDictionary<string, string> uploaded = new();
    public const string ChannelName = "telegram";
    private const int CaptionLimit = 1024;
    private static readonly TimeSpan SendTimeout = TimeSpan.FromSeconds(20);

    public string Name => ChannelName;

    /// <summary>Telegram: 4096 characters and a command menu per chat; labels and rows are left as they are.</summary>
    public ChannelCapabilities Capabilities { get; } = new("Telegram", MaxTextLength: 4096, MaxButtonText: 1024, MaxButtonsPerRow: 100, CommandMenu: true);

    /// <summary>Set from getMe at start.</summary>
    public string Username { get; set; } = "";

    public string InviteLink(string code) => $"https://t.me/{Username}?start={code}";

    public async Task<DeliveryResult> DeliverAsync(Outgoing message, CancellationToken ct)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(ct);
        timeout.CancelAfter(SendTimeout);
        try
        {
            return await SendAsync(message, timeout.Token);
        }
        catch (ApiRequestException e) when (e.ErrorCode == 429)
        {
            return new DeliveryResult.RetryAfter(TimeSpan.FromSeconds(Math.Max(1, e.Parameters?.RetryAfter ?? 1)));
        }
        catch (ApiRequestException e) when (e.ErrorCode == 403)
        {
            return new DeliveryResult.Blocked();
        }
        catch (ApiRequestException e) when (e.ErrorCode == 400 && message is EditOut && e.Message.Contains("not modified", StringComparison.OrdinalIgnoreCase))
        {
            return new DeliveryResult.Sent(((EditOut)message).MessageId);
        }
        catch (ApiRequestException e) when (e.ErrorCode is >= 400 and < 500)
        {
            return new DeliveryResult.Failed($"{e.ErrorCode}: {e.Message}");
        }
        catch (ApiRequestException e)
        {
            return new DeliveryResult.Transient($"{e.ErrorCode}: {e.Message}");
        }
        catch (Exception e) when (e is RequestException or HttpRequestException or OperationCanceledException)
        {
            return new DeliveryResult.Transient(e is OperationCanceledException ? "timeout" : e.GetType().Name);
        }
    }

    private async Task<DeliveryResult> SendAsync(Outgoing message, CancellationToken ct)
    {
        var chat = new ChatId(message.To.ChatId);
        switch (message)
        {
            case TextOut m:
                var sent = await client.SendMessage(chat, m.Text, replyMarkup: Markup(m.Keyboard), cancellationToken: ct);
                return new DeliveryResult.Sent(sent.MessageId);
            case EditOut m:
                await client.EditMessageText(chat, m.MessageId, m.Text, replyMarkup: Markup(m.Keyboard), cancellationToken: ct);
                return new DeliveryResult.Sent(m.MessageId);
            case FileOut m:
                return await SendFileAsync(chat, m, ct);
            case ButtonAnswer m:
                await client.AnswerCallbackQuery(m.CallbackId, m.Text, m.Alert, cancellationToken: ct);
                return new DeliveryResult.Sent(null);
            case MenuOut m:
                await client.SetMyCommands(m.Commands.Select(c => new BotCommand(c.Command, c.Description)), BotCommandScope.Chat(chat), cancellationToken: ct);
                return new DeliveryResult.Sent(null);
            default:
                return new DeliveryResult.Failed($"unsupported message {message.GetType().Name}");
        }
    }

    private async Task<DeliveryResult> SendFileAsync(ChatId chat, FileOut m, CancellationToken ct)
    {
        var caption = m.Caption is { Length: > CaptionLimit } c ? c[..(CaptionLimit - 1)] + "…" : m.Caption;
        if (m.StoredPath is { } path && uploaded.TryGetValue(path, out var fileId))
        {
            try
            {
                var again = await Send(InputFile.FromFileId(fileId));
                return new DeliveryResult.Sent(again.MessageId);
            }
            catch (ApiRequestException e) when (e.ErrorCode == 400)
            {
                uploaded.TryRemove(path, out _); // the id expired: upload the file again below
            }
        }
        if (files.ContentOf(m) is not { } content) return new DeliveryResult.Failed("файл не найден в хранилище");
        var sent = await Send(InputFile.FromStream(new MemoryStream(content), m.FileName));
        if (m.StoredPath is { } stored && (sent.Document?.FileId ?? sent.Photo?.LastOrDefault()?.FileId) is { } id) uploaded[stored] = id;
        return new DeliveryResult.Sent(sent.MessageId);

        Task<Message> Send(InputFile file) => m.IsImage
            ? client.SendPhoto(chat, file, caption, replyMarkup: Markup(m.Keyboard), cancellationToken: ct)
            : client.SendDocument(chat, file, caption, replyMarkup: Markup(m.Keyboard), cancellationToken: ct);
    }

    private static InlineKeyboardMarkup? Markup(Keyboard? keyboard) =>
        keyboard is null || keyboard.Rows.Count == 0
            ? null
            : new InlineKeyboardMarkup(keyboard.Rows.Select(row => row.Select(b => b.Url is { } url
                ? InlineKeyboardButton.WithUrl(b.Text, url)
                : InlineKeyboardButton.WithCallbackData(b.Text, b.Data ?? "-"))));

    internal static bool IsTransientStatus(HttpStatusCode code) => (int)code >= 500;
}
