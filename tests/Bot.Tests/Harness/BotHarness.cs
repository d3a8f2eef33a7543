using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Time.Testing;
using SchoolSupport.Bot.Hosting;
using SchoolSupport.Bot.Storage;
using SchoolSupport.TestBotApi;

namespace SchoolSupport.Bot.Tests.Harness;

/// <summary>
/// The real bot host with the real Telegram.Bot client, pointed at the loopback test Bot API server,
/// with a real LiteDB file in a temp folder and a fake clock.
/// </summary>
internal sealed class BotHarness : IAsyncDisposable
{
    public const long CoordinatorId = 100;
    public static readonly DateTimeOffset Start = new(2026, 11, 26, 7, 0, 0, TimeSpan.Zero);

    private readonly Dictionary<string, string?> settings;
    private readonly bool ownsApi;

    private BotHarness(TestBotApiServer api, bool ownsApi, string dataDirectory, FakeTimeProvider time, Dictionary<string, string?> settings)
    {
        Api = api;
        this.ownsApi = ownsApi;
        DataDirectory = dataDirectory;
        Time = time;
        this.settings = settings;
    }

    public TestBotApiServer Api { get; }
    public string DataDirectory { get; }
    public FakeTimeProvider Time { get; }
    public CapturedLogs Logs { get; } = new();
    public IHost Host { get; private set; } = null!;
    public IServiceProvider Services => Host.Services;

    public static async Task<BotHarness> StartAsync(Action<Dictionary<string, string?>>? configure = null, TestBotApiServer? api = null)
    {
        var server = api ?? await TestBotApiServer.StartAsync();
        var dir = Path.Combine(Path.GetTempPath(), "schoolbot-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(dir);
        var settings = new Dictionary<string, string?>
        {
            ["Telegram:Token"] = server.Token,
            ["Telegram:ApiBaseUrl"] = server.BaseUrl,
            ["Storage:DataDirectory"] = dir,
            ["Bot:Coordinators"] = CoordinatorId.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Bot:TimeZone"] = "Europe/Moscow",
        };
        configure?.Invoke(settings);
        var harness = new BotHarness(server, api is null, dir, new FakeTimeProvider(Start), settings);
        await harness.StartHostAsync();
        return harness;
    }

    public async Task StartHostAsync()
    {
        Host = BotApp.Build([], Time, c => c.AddInMemoryCollection(settings), s => s.AddSingleton<ILoggerProvider>(Logs));
        await Host.StartAsync();
        if (!string.Equals(settings.GetValueOrDefault("Telegram:Mode"), "Webhook", StringComparison.OrdinalIgnoreCase))
            await Api.WaitUntilAsync(a => a.ActivePolls > 0, what: "the bot to start long polling");
    }

    public async Task StopHostAsync()
    {
        await Host.StopAsync();
        Host.Dispose();
    }

    public async Task RestartAsync()
    {
        await StopHostAsync();
        await StartHostAsync();
    }

    public T Get<T>() where T : notnull => Services.GetRequiredService<T>();

    /// <summary>Loads the demo municipalities and schools (the console does this on first start).</summary>
    public void SeedDemoSchools() => Get<DemoSeed>().Ensure();

    public TestUser User(long id, string firstName = "Тест", string? lastName = null) => new(this, id, firstName, lastName);

    public async ValueTask DisposeAsync()
    {
        try
        {
            await StopHostAsync();
        }
        finally
        {
            if (ownsApi) await Api.DisposeAsync();
            try { Directory.Delete(DataDirectory, recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
        }
    }
}
