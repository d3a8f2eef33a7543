using SchoolSupport.TestBotApi;
using Telegram.Bot;

namespace SchoolSupport.Bot.Tests.TestServer;

/// <summary>A real Telegram.Bot client pointed at a test server, which never retries by itself.</summary>
internal sealed class TestClient : IDisposable
{
    private readonly HttpClient _http = new() { Timeout = TimeSpan.FromSeconds(100) };

    public TestClient(TestBotApiServer server, string? token = null)
    {
        var options = new TelegramBotClientOptions(token ?? server.Token, server.BaseUrl) { RetryThreshold = 0, RetryCount = 1 };
        Bot = new TelegramBotClient(options, _http);
    }

    public TelegramBotClient Bot { get; }

    public void Dispose() => _http.Dispose();
}
