using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Time.Testing;
using SchoolSupport.Bot.Hosting;
using SchoolSupport.Bot.Storage;
using SchoolSupport.TestBotApi;
using SchoolSupport.TestMaxApi;

namespace SchoolSupport.Bot.Tests.Harness;

/// <summary>Which messengers a test bot runs with.</summary>
[Flags]
internal enum Messengers
{
    Telegram = 1,
    Max = 2,
    Both = Telegram | Max,
}

/// <summary>
/// The real bot host pointed at loopback test messenger servers (the real Telegram.Bot client at the test Bot
/// API server, the bot's own MAX client at the test MAX server, or both at once), with a real LiteDB file in a
/// temp folder and a fake clock.
/// </summary>
internal sealed class BotHarness : IAsyncDisposable
{
    public const long CoordinatorId = 100;
    public static readonly DateTimeOffset Start = new(2026, 11, 26, 7, 0, 0, TimeSpan.Zero);

    private readonly Dictionary<string, string?> settings;
    private readonly TestBotApiServer? telegram;
    private readonly TestMaxApiServer? max;
    private readonly bool ownsApi;

    private BotHarness(TestBotApiServer? telegram, TestMaxApiServer? max, bool ownsApi, string dataDirectory, FakeTimeProvider time, Dictionary<string, string?> settings)
    {
        this.telegram = telegram;
        this.max = max;
        this.ownsApi = ownsApi;
        DataDirectory = dataDirectory;
        Time = time;
        this.settings = settings;
        Messenger = telegram is not null ? new TelegramMessenger(telegram) : new MaxMessenger(max!, SettledAsync);
    }

    /// <summary>The Telegram test server (throws when the bot runs in MAX only).</summary>
    public TestBotApiServer Api => telegram ?? throw new InvalidOperationException("This bot runs without Telegram.");

    /// <summary>The MAX test server (throws when the bot runs in Telegram only).</summary>
    public TestMaxApiServer MaxApi => max ?? throw new InvalidOperationException("This bot runs without MAX.");

    /// <summary>The messenger <see cref="User"/> puts people in: Telegram when it runs, else MAX.</summary>
    public IMessenger Messenger { get; }

    public string DataDirectory { get; }
    public FakeTimeProvider Time { get; }
    public CapturedLogs Logs { get; } = new();
    public IHost Host { get; private set; } = null!;
    public IServiceProvider Services => Host.Services;

    public static Task<BotHarness> StartAsync(Action<Dictionary<string, string?>>? configure = null, TestBotApiServer? api = null) =>
        StartAsync(Messengers.Telegram, configure, api);

    /// <summary>A bot in one messenger by the bot's channel name ("telegram", "max"), for tests run in each.</summary>
    public static Task<BotHarness> StartAsync(string channel, Action<Dictionary<string, string?>>? configure = null) =>
        StartAsync(channel == "max" ? Messengers.Max : Messengers.Telegram, configure);

    public static async Task<BotHarness> StartAsync(Messengers messengers, Action<Dictionary<string, string?>>? configure = null, TestBotApiServer? api = null)
    {
        var telegram = messengers.HasFlag(Messengers.Telegram) ? api ?? await TestBotApiServer.StartAsync() : null;
        var max = messengers.HasFlag(Messengers.Max) ? await TestMaxApiServer.StartAsync() : null;
        var dir = Path.Combine(Path.GetTempPath(), "schoolbot-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(dir);
        var id = CoordinatorId.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var settings = new Dictionary<string, string?>
        {
            ["Storage:DataDirectory"] = dir,
            ["Bot:TimeZone"] = "Europe/Moscow",
        };
        if (telegram is not null)
        {
            settings["Telegram:Token"] = telegram.Token;
            settings["Telegram:ApiBaseUrl"] = telegram.BaseUrl;
            settings["Bot:Coordinators"] = id;
        }
        if (max is not null)
        {
            settings["Max:Token"] = max.Token;
            settings["Max:ApiBaseUrl"] = max.BaseUrl;
            settings["Max:Coordinators"] = id;
        }
        configure?.Invoke(settings);
        var harness = new BotHarness(telegram, max, api is null, dir, new FakeTimeProvider(Start), settings);
        await harness.StartHostAsync();
        return harness;
    }

    public async Task StartHostAsync()
    {
        Host = BotApp.Build([], Time, c => c.AddInMemoryCollection(settings), s => s.AddSingleton<ILoggerProvider>(Logs));
        await Host.StartAsync();
        if (telegram is not null && !string.Equals(settings.GetValueOrDefault("Telegram:Mode"), "Webhook", StringComparison.OrdinalIgnoreCase))
            await telegram.WaitUntilAsync(a => a.ActivePolls > 0, what: "the bot to start long polling");
        if (max is not null && !string.Equals(settings.GetValueOrDefault("Max:Mode"), "Webhook", StringComparison.OrdinalIgnoreCase))
            await max.WaitUntilAsync(a => a.ActivePolls > 0, what: "the bot to start long polling MAX");
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

    /// <summary>A person in the bot's main messenger (<see cref="Messenger"/>).</summary>
    public TestUser User(long id, string firstName = "Тест", string? lastName = null) => new(Messenger, id, firstName, lastName);

    /// <summary>A person in the given messenger ("telegram", "max"), for bots running in both.</summary>
    public TestUser UserIn(string channel, long id, string firstName = "Тест", string? lastName = null) =>
        new(channel == "max" ? new MaxMessenger(MaxApi, SettledAsync) : new TelegramMessenger(Api), id, firstName, lastName);

    /// <summary>Waits until the delivery worker has nothing in flight and nothing due now.</summary>
    public Task SettledAsync()
    {
        var outbox = Get<SchoolSupport.Bot.Delivery.Outbox>();
        var worker = Get<SchoolSupport.Bot.Delivery.DeliveryWorker>();
        return Tests.Hosting.Poll.UntilAsync(
            () => worker.InFlightCount == 0 && (outbox.NextDueUtc() is not { } next || next > Time.GetUtcNow().UtcDateTime),
            "the bot to send everything due");
    }

    public async ValueTask DisposeAsync()
    {
        try
        {
            await StopHostAsync();
        }
        finally
        {
            if (ownsApi && telegram is not null) await telegram.DisposeAsync();
            if (max is not null) await max.DisposeAsync();
            try { Directory.Delete(DataDirectory, recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
        }
    }
}
