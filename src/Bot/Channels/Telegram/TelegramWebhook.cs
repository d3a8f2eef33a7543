using System.Text.Json;
using Microsoft.Extensions.Logging;
using SchoolSupport.Bot.Hosting;
using Telegram.Bot;
using Telegram.Bot.Types;
using Telegram.Bot.Types.Enums;

namespace SchoolSupport.Bot.Channels.Telegram;

/// <summary>Telegram's webhook mode: the secret in X-Telegram-Bot-Api-Secret-Token; getMe, then setWebhook.</summary>
internal sealed class TelegramWebhook(
    ITelegramBotClient client,
    TelegramOptions options,
    TelegramStartup startup,
    TelegramUpdates updates,
    TelegramChannel channel,
    UpdatePipeline pipeline,
    ILogger<TelegramWebhook> log)
    : WebhookHost<Update>(new WebhookEndpoint(options.WebhookListenUrl, options.WebhookUrl!, SecretHeader, options.WebhookSecret ?? ""), pipeline, channel, log)
{
    public const string SecretHeader = "X-Telegram-Bot-Api-Secret-Token";

    protected override string Messenger => "Telegram";

    protected override JsonSerializerOptions Json => JsonBotAPI.Options;

    protected override Task<bool> PrepareAsync(CancellationToken ct) => startup.RunAsync(deleteWebhook: false, ct);

    protected override Task RegisterAsync(CancellationToken ct) =>
        client.SetWebhook(options.WebhookUrl!, allowedUpdates: [UpdateType.Message, UpdateType.CallbackQuery], secretToken: options.WebhookSecret, cancellationToken: ct);

    protected override Task<InboundUpdate?> TranslateAsync(Update update, CancellationToken ct) => updates.TranslateAsync(update, ct);

    protected override TimeSpan Wait(Exception e, int attempt) => TelegramPolling.Wait(e, attempt);

    protected override string Describe(Exception e) => TelegramPolling.Describe(e);
}
