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
/// The listener starts at once; getMe and setWebhook are retried in the background until Telegram answers.
/// </summary>
internal sealed class TelegramWebhook(
    ITelegramBotClient client,
    TelegramOptions options,
    TelegramStartup startup,
    TelegramUpdates updates,
    TelegramChannel channel,
    UpdatePipeline pipeline,
    ILogger<TelegramWebhook> log) : IHostedService, IAsyncDisposable
{
    private readonly CancellationTokenSource stopping = new();
    private WebApplication? app;
    private Task registration = Task.CompletedTask;

    /// <summary>The address Kestrel really listens on (useful when the configured port is 0).</summary>
    public string? ListeningOn { get; private set; }

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls(options.WebhookListenUrl);
        builder.Logging.ClearProviders();
        app = builder.Build();
        app.MapPost(new Uri(options.WebhookUrl!).AbsolutePath, (Delegate)HandleAsync);
        await app.StartAsync(cancellationToken);
        ListeningOn = app.Urls.FirstOrDefault();
        log.LogInformation("Webhook listener started on {Url}", ListeningOn);
        registration = RegisterAsync(stopping.Token);
    }

    public async Task StopAsync(CancellationToken cancellationToken)
    {
        await stopping.CancelAsync();
        await registration;
        if (app is not null) await app.StopAsync(cancellationToken);
    }

    public async ValueTask DisposeAsync()
    {
        if (app is not null) await app.DisposeAsync();
        stopping.Dispose();
    }

    private async Task RegisterAsync(CancellationToken ct)
    {
        if (!await startup.RunAsync(deleteWebhook: false, ct)) return;
        for (var attempt = 1; !ct.IsCancellationRequested; attempt++)
        {
            try
            {
                await client.SetWebhook(options.WebhookUrl!, allowedUpdates: [UpdateType.Message, UpdateType.CallbackQuery],
                    secretToken: options.WebhookSecret, cancellationToken: ct);
                return;
            }
            catch (OperationCanceledException) when (ct.IsCancellationRequested)
            {
                return;
            }
            catch (Exception e)
            {
                var wait = TelegramPolling.Wait(e, attempt);
                log.LogWarning("setWebhook failed ({Reason}); next try in {Wait}", TelegramPolling.Describe(e), wait);
                try { await Task.Delay(wait, ct); } catch (OperationCanceledException) { return; }
            }
        }
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
        given.Length > 0
        && CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(given), Encoding.UTF8.GetBytes(options.WebhookSecret ?? ""));
}
