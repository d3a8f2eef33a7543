using System.Net;
using Telegram.Bot;
using Telegram.Bot.Exceptions;
using Telegram.Bot.Types;
using Telegram.Bot.Types.ReplyMarkups;
using SchoolSupport.Bot.Delivery;
using SchoolSupport.Domain.Messaging;

namespace SchoolSupport.Bot.Channels.Telegram;

/// <summary>Sends neutral outgoing messages through the Telegram Bot API and reports how each attempt ended.</summary>
internal sealed class TelegramChannel(ITelegramBotClient client) : IChannel
{
    public const string ChannelName = "telegram";
    private const int CaptionLimit = 1024;
    private static readonly TimeSpan SendTimeout = TimeSpan.FromSeconds(20);

    public string Name => ChannelName;
    public int MaxTextLength => 4096;

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
                var file = InputFile.FromStream(new MemoryStream(m.Content), m.FileName);
                var caption = m.Caption is { Length: > CaptionLimit } c ? c[..(CaptionLimit - 1)] + "…" : m.Caption;
                var media = m.IsImage
                    ? await client.SendPhoto(chat, file, caption, replyMarkup: Markup(m.Keyboard), cancellationToken: ct)
                    : await client.SendDocument(chat, file, caption, replyMarkup: Markup(m.Keyboard), cancellationToken: ct);
                return new DeliveryResult.Sent(media.MessageId);
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

    private static InlineKeyboardMarkup? Markup(Keyboard? keyboard) =>
        keyboard is null || keyboard.Rows.Count == 0
            ? null
            : new InlineKeyboardMarkup(keyboard.Rows.Select(row => row.Select(b => b.Url is { } url
                ? InlineKeyboardButton.WithUrl(b.Text, url)
                : InlineKeyboardButton.WithCallbackData(b.Text, b.Data ?? "-"))));

    internal static bool IsTransientStatus(HttpStatusCode code) => (int)code >= 500;
}
