using System.Globalization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using SchoolSupport.TestBotApi.Internal;

namespace SchoolSupport.TestBotApi;

/// <summary>
/// A Telegram Bot API server on 127.0.0.1 for tests: the real Telegram.Bot client talks to it over HTTP
/// (<c>new TelegramBotClientOptions(server.Token, server.BaseUrl)</c>), tests act as users, read what the bot
/// sent and inject faults. Everything here is safe to call from any thread.
/// </summary>
/// <remarks>
/// Semantics worth knowing: a newer getUpdates call ends an older one that is still waiting with
/// 409 "Conflict: terminated by other getUpdates request" (as Telegram does); long polls are cut to 50 s;
/// parse_mode is recorded but not applied, so texts are recorded as sent; an edit without reply_markup
/// removes the inline keyboard, as in Telegram. While a webhook on a loopback address is set, pending updates
/// are POSTed to it one at a time (secret header included) until it answers 2xx.
/// </remarks>
public sealed partial class TestBotApiServer : IAsyncDisposable
{
    /// <summary>A token the client accepts ("digits:anything"); getMe answers with id 1234567.</summary>
    public const string DefaultToken = "1234567:TEST_token_for_the_loopback_server_only";

    /// <summary>The username getMe answers with.</summary>
    public const string DefaultBotUsername = "school_support_test_bot";

    private const long MaxRequestBytes = 64L * 1024 * 1024;

    private readonly WebApplication _app;
    private readonly ServerState _state;
    private readonly CancellationTokenSource _stopping;
    private readonly HttpClient _webhookClient;
    private readonly Task _webhookDelivery;
    private int _disposed;

    private TestBotApiServer(WebApplication app, ServerState state, CancellationTokenSource stopping, string token, string baseUrl)
    {
        _app = app;
        _state = state;
        _stopping = stopping;
        Token = token;
        BaseUrl = baseUrl;
        _webhookClient = new HttpClient(new SocketsHttpHandler { UseProxy = false }) { Timeout = TimeSpan.FromSeconds(10) };
        var delivery = new WebhookDelivery(state, _webhookClient);
        _webhookDelivery = Task.Run(() => delivery.RunAsync(stopping.Token));
    }

    /// <summary>"http://127.0.0.1:PORT", for <c>TelegramBotClientOptions</c>.</summary>
    public string BaseUrl { get; }

    public string Token { get; }

    /// <summary>The bot's username, as getMe answers.</summary>
    public string BotUsername => _state.Bot.Username!;

    /// <summary>The bot's user id: the digits before ':' in the token.</summary>
    public long BotId => _state.Bot.Id;

    /// <summary>Starts a server on a free loopback port.</summary>
    public static async Task<TestBotApiServer> StartAsync(string token = DefaultToken, CancellationToken ct = default)
    {
        var colon = token.IndexOf(':', StringComparison.Ordinal);
        if (colon < 1 || !long.TryParse(token[..colon], NumberStyles.None, CultureInfo.InvariantCulture, out var botId))
        {
            throw new ArgumentException("A bot token looks like \"<digits>:<anything>\".", nameof(token));
        }

        var builder = WebApplication.CreateSlimBuilder();
        builder.Configuration.Sources.Clear(); // no appsettings.json or ASPNETCORE_* of the test process
        builder.Configuration.AddInMemoryCollection();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.Limits.MaxRequestBodySize = MaxRequestBytes);
        builder.Services.Configure<HostOptions>(host => host.ShutdownTimeout = TimeSpan.FromSeconds(5));
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        var app = builder.Build();

        var stopping = new CancellationTokenSource();
        var state = new ServerState(TelegramObjects.Bot(botId, DefaultBotUsername), TimeProvider.System);
        var endpoint = new BotApiEndpoint(state, token, stopping.Token);
        app.Run(endpoint.HandleAsync);
        try
        {
            await app.StartAsync(ct);
        }
        catch
        {
            stopping.Dispose();
            await app.DisposeAsync();
            throw;
        }

        var address = app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.First();
        return new TestBotApiServer(app, state, stopping, token, address.TrimEnd('/'));
    }

    /// <summary>Ends waiting long polls and delayed calls, then stops the server.</summary>
    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref _disposed, 1) == 1)
        {
            return;
        }

        await _stopping.CancelAsync();
        await _webhookDelivery;
        await _app.StopAsync();
        await _app.DisposeAsync();
        _webhookClient.Dispose();
        _stopping.Dispose();
    }
}
