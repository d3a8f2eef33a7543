using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using SchoolSupport.Bot.Delivery;
using SchoolSupport.Bot.Hosting;

namespace SchoolSupport.Bot.Channels;

/// <summary>Where a messenger's webhook listens and what it must be sent.</summary>
internal sealed record WebhookEndpoint(string ListenUrl, string WebhookUrl, string SecretHeader, string Secret);

/// <summary>
/// Webhook mode of a messenger: a small Kestrel listener. Every request must carry the secret header (403 otherwise,
/// nothing changes); the update is stored before 200 is returned, so the messenger re-sends anything not yet stored.
/// The listener starts at once; the messenger's own start-up and webhook registration are retried in the background
/// until it answers. A messenger supplies only what differs: its update type, how to read and translate it, and how
/// to register the webhook.
/// </summary>
internal abstract class WebhookHost<TUpdate>(WebhookEndpoint endpoint, UpdatePipeline pipeline, IChannel channel, ILogger log)
    : IHostedService, IAsyncDisposable where TUpdate : class
{
    private readonly CancellationTokenSource stopping = new();
    private WebApplication? app;
    private Task registration = Task.CompletedTask;

    /// <summary>The address Kestrel really listens on (useful when the configured port is 0).</summary>
    public string? ListeningOn { get; private set; }

    /// <summary>"Telegram", "MAX": for the log.</summary>
    protected abstract string Messenger { get; }

    protected abstract JsonSerializerOptions Json { get; }

    /// <summary>The messenger's start-up (bot info, dropping a stale webhook); false when stopping.</summary>
    protected abstract Task<bool> PrepareAsync(CancellationToken ct);

    /// <summary>Tells the messenger to post updates to <see cref="WebhookEndpoint.WebhookUrl"/> with the secret.</summary>
    protected abstract Task RegisterAsync(CancellationToken ct);

    protected abstract Task<InboundUpdate?> TranslateAsync(TUpdate update, CancellationToken ct);

    /// <summary>How long to wait after the <paramref name="attempt"/>-th failed registration.</summary>
    protected abstract TimeSpan Wait(Exception e, int attempt);

    /// <summary>The failure in a few words, for the log (never a URL, never the token).</summary>
    protected abstract string Describe(Exception e);

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls(endpoint.ListenUrl);
        builder.Logging.ClearProviders();
        app = builder.Build();
        app.MapPost(new Uri(endpoint.WebhookUrl).AbsolutePath, (Delegate)HandleAsync);
        await app.StartAsync(cancellationToken);
        ListeningOn = app.Urls.FirstOrDefault();
        log.LogInformation("{Messenger} webhook listener started on {Url}", Messenger, ListeningOn);
        registration = RegisterInBackgroundAsync(stopping.Token);
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
        GC.SuppressFinalize(this);
    }

    private async Task RegisterInBackgroundAsync(CancellationToken ct)
    {
        if (!await PrepareAsync(ct)) return;
        for (var attempt = 1; !ct.IsCancellationRequested; attempt++)
        {
            try
            {
                await RegisterAsync(ct);
                return;
            }
            catch (OperationCanceledException) when (ct.IsCancellationRequested)
            {
                return;
            }
            catch (Exception e)
            {
                var wait = Wait(e, attempt);
                log.LogWarning("{Messenger} webhook registration failed ({Reason}); next try in {Wait}", Messenger, Describe(e), wait);
                try { await Task.Delay(wait, ct); } catch (OperationCanceledException) { return; }
            }
        }
    }

    private async Task<IResult> HandleAsync(HttpContext http)
    {
        if (!SecretMatches(http.Request.Headers[endpoint.SecretHeader].ToString()))
            return Results.StatusCode(StatusCodes.Status403Forbidden);
        TUpdate? update;
        try
        {
            update = await JsonSerializer.DeserializeAsync<TUpdate>(http.Request.Body, Json, http.RequestAborted);
        }
        catch (JsonException)
        {
            return Results.BadRequest();
        }
        if (update is null) return Results.BadRequest();
        if (await TranslateAsync(update, http.RequestAborted) is { } inbound)
            pipeline.Process([inbound], channel);
        return Results.Ok();
    }

    private bool SecretMatches(string given) =>
        given.Length > 0 && CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(given), Encoding.UTF8.GetBytes(endpoint.Secret));
}
