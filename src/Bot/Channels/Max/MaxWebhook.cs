using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using SchoolSupport.Bot.Hosting;

namespace SchoolSupport.Bot.Channels.Max;

/// <summary>
/// Webhook mode: a small Kestrel listener. Every request must carry the secret in X-Max-Bot-Api-Secret (403
/// otherwise, nothing changes); the update is stored before 200 is returned, so MAX re-sends anything not yet
/// stored. The listener starts at once; GET /me and POST /subscriptions are retried in the background.
/// </summary>
internal sealed class MaxWebhook(
    MaxApi api,
    MaxOptions options,
    MaxStartup startup,
    MaxUpdates updates,
    MaxChannel channel,
    UpdatePipeline pipeline,
    ILogger<MaxWebhook> log) : IHostedService, IAsyncDisposable
{
    public const string SecretHeader = "X-Max-Bot-Api-Secret";
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
        log.LogInformation("MAX webhook listener started on {Url}", ListeningOn);
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
        if (!await startup.RunAsync(dropSubscriptions: false, ct)) return;
        for (var attempt = 1; !ct.IsCancellationRequested; attempt++)
        {
            try
            {
                await api.SubscribeAsync(options.WebhookUrl!, options.WebhookSecret!, ct);
                return;
            }
            catch (OperationCanceledException) when (ct.IsCancellationRequested)
            {
                return;
            }
            catch (Exception e)
            {
                var wait = MaxStartup.Wait(e, attempt);
                log.LogWarning("MAX POST /subscriptions failed ({Reason}); next try in {Wait}", MaxStartup.Describe(e), wait);
                try { await Task.Delay(wait, ct); } catch (OperationCanceledException) { return; }
            }
        }
    }

    private async Task<IResult> HandleAsync(HttpContext http)
    {
        if (!SecretMatches(http.Request.Headers[SecretHeader].ToString()))
            return Results.StatusCode(StatusCodes.Status403Forbidden);
        MaxUpdate? update;
        try
        {
            update = await JsonSerializer.DeserializeAsync<MaxUpdate>(http.Request.Body, MaxJson.Options, http.RequestAborted);
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
