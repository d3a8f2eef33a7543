using System.Globalization;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using SchoolSupport.Bot.Delivery;
using SchoolSupport.Bot.Hosting;
using SchoolSupport.Bot.Storage;
using SchoolSupport.Domain.Messaging;
using SchoolSupport.Domain.Participants;
using SchoolSupport.TestBotApi;

namespace SchoolSupport.Benchmarks.Broadcast;

/// <summary>The real bot host (real clock, real Telegram.Bot client, LiteDB in a temp folder) against the limited test server.</summary>
internal sealed class BroadcastRun : IAsyncDisposable
{
    public const long Sender = 8_000_000_000;
    public const long FirstRecipient = 8_100_000_000;
    public const long Interactive = 8_900_000_000;
    public const string Text = "Приглашаем на вебинар «Формирующее оценивание» 27.11 в 15:00 (МСК).";

    private readonly string dataDirectory;

    private BroadcastRun(TestBotApiServer api, IHost host, string dataDirectory)
    {
        Api = api;
        Host = host;
        this.dataDirectory = dataDirectory;
    }

    public TestBotApiServer Api { get; }
    public IHost Host { get; }

    public T Get<T>() where T : notnull => Host.Services.GetRequiredService<T>();

    public static async Task<BroadcastRun> StartAsync(BroadcastOptions o)
    {
        var api = await TestBotApiServer.StartAsync();
        api.EnforceRate(o.ServerRate);
        api.RandomTooManyRequests(o.TooManyRequests, o.Seed);
        var dir = Path.Combine(Path.GetTempPath(), "schoolbot-bench", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(dir);
        var settings = new Dictionary<string, string?>
        {
            ["Telegram:Token"] = api.Token,
            ["Telegram:ApiBaseUrl"] = api.BaseUrl,
            ["Storage:DataDirectory"] = dir,
            ["Delivery:GlobalPerSecond"] = o.Rate.ToString(CultureInfo.InvariantCulture),
            // Quiet hours off: the benchmark runs on the real clock at any time of day.
            ["Delivery:QuietHoursStart"] = "00:00",
            ["Delivery:QuietHoursEnd"] = "00:00",
            ["Logging:LogLevel:Default"] = "Warning",
            ["Logging:LogLevel:SchoolSupport.Bot.Delivery.DeliveryRecorder"] = "Error",
        };
        var host = BotApp.Build([], TimeProvider.System, c => c.AddInMemoryCollection(settings));
        await host.StartAsync();
        await api.WaitUntilAsync(a => a.ActivePolls > 0, TimeSpan.FromSeconds(30), "the bot to start long polling");
        return new BroadcastRun(api, host, dir);
    }

    /// <summary>Stores the sender and the recipients (teachers with a consent and a chat) and starts the broadcast.</summary>
    public string StartBroadcast(int recipients)
    {
        var now = DateTime.UtcNow;
        var participants = Get<ParticipantRepository>();
        var people = Enumerable.Range(0, recipients).Select(i => Person(FirstRecipient + i, Role.Teacher, now)).ToList();
        var sender = Person(Sender, Role.Coordinator, now);
        var store = Get<Store>();
        store.Write(() =>
        {
            participants.Save(sender);
            foreach (var p in people) participants.Save(p);
        });
        var list = people.Select(p => new BroadcastRecipient(p.Id, [new TextOut(Text) { To = p.Identities[0].ToChat() }])).ToList();
        var broadcasts = Get<Broadcasts>();
        var id = store.Write(() => broadcasts.Start("mailing", "Вебинар 27.11", sender.Id, sender.Identities[0].ToChat(), list, DateTime.UtcNow).Id);
        Get<Outbox>().Signal();
        return id;
    }

    public async ValueTask DisposeAsync()
    {
        try
        {
            using var stop = new CancellationTokenSource(BotApp.ShutdownTimeout);
            await Host.StopAsync(stop.Token);
        }
        finally
        {
            Host.Dispose();
            await Api.DisposeAsync();
            try { Directory.Delete(dataDirectory, recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
        }
    }

    private static Participant Person(long id, Role role, DateTime now) => new()
    {
        Id = "bench" + id.ToString(CultureInfo.InvariantCulture),
        Identities = [new ChannelIdentity("telegram", id, id)],
        DisplayName = "Участник",
        Roles = [new RoleGrant { Role = role, GrantedAtUtc = now }],
        Consents = [new ConsentRecord { Kind = ConsentKind.PersonalData, TextVersion = "bench", GivenAtUtc = now }],
        CreatedAtUtc = now,
    };
}
