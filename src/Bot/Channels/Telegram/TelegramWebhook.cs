using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Telegram.Bot;
using Telegram.Bot.Types;
using Telegram.Bot.Types.Enums;
using SchoolSupport.Bot.Hosting;

namespace SchoolSupport.Bot.Channels.Telegram;

/// <summary>
/// Webhook mode: a small Kestrel listener. Every request must carry the secret header (403 otherwise, nothing
/// changes); the update is stored before 200 is returned, so Telegram re-sends anything not yet stored.
/// </summary>
internal sealed class TelegramWebhook(
    ITelegramBotClient client,
    TelegramOptions options,
    TelegramStartup startup,
    TelegramUpdates updates,
    TelegramChannel channel,
    UpdatePipeline pipeline,
    ILogger<TelegramWebhook> log) : IHostedService
{
    private WebApplication? app;

    /// <summary>The address Kestrel really listens on (useful when the configured port is 0).</summary>
    public string? ListeningOn { get; private set; }

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        if (!await startup.RunAsync(deleteWebhook: false, cancellationToken)) return;
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls(options.WebhookListenUrl);
        builder.Logging.ClearProviders();
        app = builder.Build();
        app.MapPost(new Uri(options.WebhookUrl!).AbsolutePath, (Delegate)HandleAsync);
        await app.StartAsync(cancellationToken);
        ListeningOn = app.Urls.FirstOrDefault();
        await client.SetWebhook(options.WebhookUrl!, allowedUpdates: [UpdateType.Message, UpdateType.CallbackQuery],
            secretToken: options.WebhookSecret, cancellationToken: cancellationToken);
        log.LogInformation("Webhook listener started on {Url}", ListeningOn);
    }

    public async Task StopAsync(CancellationToken cancellationToken)
    {
        if (app is not null) await app.StopAsync(cancellationToken);
    }

    private async Task<IResult> HandleAsync(HttpContext http)
    {
        if (!SecretMatches(http.Request.Headers["X-Telegram-Bot-Api-Secret-Token"].ToString()))
            return Results.StatusCode(StatusCodes.Status403Forbidden);
        Update? update;
        try
        {
            update = await JsonSerializer.DeserializeAsync<Update>(http.Request.Body, JsonBotAPI.Options, http.RequestAborted);
        }
        catch (JsonException)
        {
            return Results.BadRequest();
        }
        if (update is null) return Results.BadRequest();
        if (await updates.TranslateAsync(update, http.RequestAborted) is { } inbound)
            pipeline.Process([inbound], channel);
        return Results.Ok();
    }

    private bool SecretMatches(string given) =>
        CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(given), Encoding.UTF8.GetBytes(options.WebhookSecret ?? ""))
        && given.Length > 0;
}
