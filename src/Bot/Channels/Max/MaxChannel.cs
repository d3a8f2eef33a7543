using System.Collections.Concurrent;
using SchoolSupport.Bot.Delivery;
using SchoolSupport.Bot.Storage;
using SchoolSupport.Domain.Messaging;

namespace SchoolSupport.Bot.Channels.Max;

/// <summary>Sends neutral outgoing messages through the MAX Bot API and reports how each attempt ended.</summary>
internal sealed class MaxChannel(MaxApi api, MaxMessageIds ids, StoredFiles files) : IChannel
{
    public const string ChannelName = "max";
    private static readonly TimeSpan SendTimeout = TimeSpan.FromSeconds(20);
    /// <summary>A fresh upload may not be ready to attach at once ("attachment.not.ready"): wait a little, a few times.</summary>
    private static readonly TimeSpan[] NotReadyWaits = [TimeSpan.FromMilliseconds(300), TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(2)];
    /// <summary>The upload token of each stored file: later recipients of a broadcast reuse it without a new upload.</summary>
    private readonly ConcurrentDictionary<string, string> uploaded = new();

    public string Name => ChannelName;

    /// <summary>MAX: 4000 characters, no command menu (hence the «Меню» button), at most 7 buttons in a row.</summary>
    public ChannelCapabilities Capabilities { get; } = new("MAX", MaxTextLength: 4000, MaxButtonText: 128, MaxButtonsPerRow: 7, CommandMenu: false);

    /// <summary>Set from GET /me at start.</summary>
    public string Username { get; set; } = "";

    public string InviteLink(string code) => $"https://max.ru/{Username}?start={code}";

    public async Task<DeliveryResult> DeliverAsync(Outgoing message, CancellationToken ct)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(ct);
        timeout.CancelAfter(SendTimeout);
        try
        {
            return await SendAsync(message, timeout.Token);
        }
        catch (MaxApiException e) when (e.Status == 429)
        {
            return new DeliveryResult.RetryAfter(e.RetryAfter is { } r && r > TimeSpan.Zero ? r : TimeSpan.FromSeconds(1));
        }
        catch (MaxApiException e) when (e.Status == 403)
        {
            return new DeliveryResult.Blocked();
        }
        catch (MaxApiException e) when (e.Status is >= 400 and < 500)
        {
            return new DeliveryResult.Failed($"{e.Status}: {e.Message}");
        }
        catch (MaxApiException e)
        {
            return new DeliveryResult.Transient($"{e.Status}: {e.Message}");
        }
        catch (Exception e) when (e is HttpRequestException or OperationCanceledException or IOException)
        {
            return new DeliveryResult.Transient(e is OperationCanceledException ? "timeout" : e.GetType().Name);
        }
    }

    private async Task<DeliveryResult> SendAsync(Outgoing message, CancellationToken ct)
    {
        var chat = message.To.ChatId;
        switch (message)
        {
            case TextOut m:
                var sent = await api.SendMessageAsync(chat, Body(m.Text, m.Keyboard), ct);
                return new DeliveryResult.Sent(ids.NumberOf(sent.Body.Mid));
            case EditOut m:
                if (ids.MidOf(m.MessageId) is not { } mid) return new DeliveryResult.Failed($"unknown message {m.MessageId}");
                await api.EditMessageAsync(mid, Body(m.Text, m.Keyboard), ct);
                return new DeliveryResult.Sent(m.MessageId);
            case FileOut m:
                return await SendFileAsync(chat, m, ct);
            case ButtonAnswer { Text: { } text } answer:
                await api.AnswerCallbackAsync(answer.CallbackId, new MaxCallbackAnswer(null, text), ct);
                return new DeliveryResult.Sent(null);
            case ButtonAnswer:
                // MAX needs a notification or a new message in an answer; an empty answer is left out
                // (the edit that follows a press is sent on its own).
                return new DeliveryResult.Sent(null);
            case MenuOut:
                // No command menu in MAX: the «Меню» button stands in for it (see ChannelCapabilities.CommandMenu).
                return new DeliveryResult.Sent(null);
            default:
                return new DeliveryResult.Failed($"unsupported message {message.GetType().Name}");
        }
    }

    private async Task<DeliveryResult> SendFileAsync(long chat, FileOut m, CancellationToken ct)
    {
        var type = m.IsImage ? "image" : "file";
        if (m.StoredPath is not { } path || !uploaded.TryGetValue(path, out var token))
        {
            if (files.ContentOf(m) is not { } content) return new DeliveryResult.Failed("файл не найден в хранилище");
            token = await api.UploadAsync(type, m.FileName, content, ct);
            if (m.StoredPath is { } stored) uploaded[stored] = token;
        }
        var body = Body(m.Caption, m.Keyboard, new MaxAttachmentRequest(type, new MaxUploadedPayload(token)));
        for (var attempt = 0; ; attempt++)
        {
            try
            {
                var sent = await api.SendMessageAsync(chat, body, ct);
                return new DeliveryResult.Sent(ids.NumberOf(sent.Body.Mid));
            }
            catch (MaxApiException e) when (e.Code == "attachment.not.ready" && attempt < NotReadyWaits.Length)
            {
                await Task.Delay(NotReadyWaits[attempt], ct);
            }
        }
    }

    private MaxNewMessage Body(string? text, Keyboard? keyboard, MaxAttachmentRequest? file = null)
    {
        var attachments = new List<MaxAttachmentRequest>();
        if (file is not null) attachments.Add(file);
        // Broadcasts are composed outside a turn: every message is fitted here too.
        keyboard = ChannelFit.Buttons(keyboard, Capabilities);
        if (text is not null) text = ChannelFit.Text(text, Capabilities);
        if (keyboard is { Rows.Count: > 0 })
        {
            var rows = keyboard.Rows.Select(row => (IReadOnlyList<MaxButton>)row.Select(b => b.Url is { } url
                ? new MaxButton("link", b.Text, Url: url)
                : new MaxButton("callback", b.Text, Payload: b.Data ?? "-")).ToList()).ToList();
            attachments.Add(new MaxAttachmentRequest("inline_keyboard", new MaxKeyboardPayload(rows)));
        }
        return new MaxNewMessage(text ?? "", attachments);
    }
}
