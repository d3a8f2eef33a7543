using System.Globalization;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using SchoolSupport.Bot.Channels.Telegram;
using SchoolSupport.Bot.Delivery;
using SchoolSupport.Bot.Hosting;
using SchoolSupport.Bot.Storage;
using SchoolSupport.Domain.Messaging;
using SchoolSupport.Domain.Participants;
using SchoolSupport.TestBotApi;

namespace SchoolSupport.Benchmarks;

/// <summary>
/// The loopback Bot API server and the real bot host (real Telegram.Bot client in long-polling mode, a LiteDB
/// file in a temp folder, <see cref="TimeProvider.System"/>), built by <see cref="BotApp.Build"/> as in production.
/// The only addition is the <see cref="DeliveryTap"/> around the Telegram channel.
/// </summary>
internal sealed class LoadHost : IAsyncDisposable
{
    /// <summary>Inviters: coordinators who get the "X accepted your invite" notice, as in real onboarding.</summary>
    private const long FirstInviterId = 9_000_000_000;

    private LoadHost(TestBotApiServer api, IHost host, string dataDirectory, DeliveryTap tap)
    {
        Api = api;
        Host = host;
        DataDirectory = dataDirectory;
        Tap = tap;
        DatabasePath = Get<StorageOptions>().DatabasePath;
    }

    public TestBotApiServer Api { get; }
    public IHost Host { get; }
    public string DataDirectory { get; }
    public DeliveryTap Tap { get; }
    public string DatabasePath { get; }

    public T Get<T>() where T : notnull => Host.Services.GetRequiredService<T>();

    /// <param name="services">More service changes after the tap's (the questionnaire benchmark adds its instrument catalog).</param>
    public static async Task<LoadHost> StartAsync(Action<IServiceCollection>? services = null)
    {
        var api = await TestBotApiServer.StartAsync();
        var dir = Path.Combine(Path.GetTempPath(), "schoolbot-bench", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(dir);
        var settings = new Dictionary<string, string?>
        {
            ["Telegram:Token"] = api.Token,
            ["Telegram:ApiBaseUrl"] = api.BaseUrl,
            ["Telegram:Mode"] = "Polling",
            ["Storage:DataDirectory"] = dir,
            ["Bot:TimeZone"] = "Europe/Moscow",
            ["Logging:LogLevel:Default"] = "Warning",
        };
        var tap = new DeliveryTap();
        var host = BotApp.Build([], TimeProvider.System, c => c.AddInMemoryCollection(settings), s =>
        {
            s.RemoveAll<IChannel>();
            s.AddSingleton<IChannel>(sp => new TappedChannel(sp.GetRequiredService<TelegramChannel>(), tap));
            services?.Invoke(s);
        });
        try
        {
            await host.StartAsync();
            await api.WaitUntilAsync(a => a.ActivePolls > 0, TimeSpan.FromSeconds(30), "the bot to start long polling");
        }
        catch
        {
            host.Dispose();
            await api.DisposeAsync();
            throw;
        }
        return new LoadHost(api, host, dir, tap);
    }

    /// <summary>
    /// Loads the demo schools and stores one personal teacher invite per user (the staff flow: consent, then name),
    /// spread over the schools and over a few coordinators who are notified when their invite is accepted.
    /// </summary>
    public IReadOnlyList<string> CreateInvites(int count)
    {
        Get<DemoSeed>().Ensure();
        var schools = Get<SchoolRepository>().All();
        if (schools.Count == 0) throw new InvalidOperationException("The demo seed gave no schools.");
        var now = DateTime.UtcNow;
        var inviters = Enumerable.Range(0, Math.Clamp(count / 100, 1, 50)).Select(i => new Participant
        {
            Id = Ids.Random(12),
            Identities = [new ChannelIdentity(TelegramChannel.ChannelName, FirstInviterId + i, FirstInviterId + i)],
            DisplayName = "Координатор " + (i + 1).ToString(CultureInfo.InvariantCulture),
            Roles = [new RoleGrant { Role = Role.Coordinator, GrantedAtUtc = now }],
            CreatedAtUtc = now,
        }).ToList();
        var codes = new List<string>(count);
        var invites = Get<InviteRepository>();
        var participants = Get<ParticipantRepository>();
        Get<Store>().Write(() =>
        {
            foreach (var p in inviters) participants.Save(p);
            for (var i = 0; i < count; i++)
            {
                var code = Ids.Random(InvitePolicy.CodeBytes);
                invites.Save(new Invite
                {
                    Id = code,
                    Role = Role.Teacher,
                    SchoolIds = [schools[i % schools.Count].Id],
                    CreatedBy = inviters[i % inviters.Count].Id,
                    CreatedAtUtc = now,
                    ExpiresAtUtc = now + InvitePolicy.StaffLifetime,
                    MaxUses = 1,
                });
                codes.Add(code);
            }
        });
        return codes;
    }

    public StoreFigures Figures()
    {
        var outbox = Get<Store>().Collection<OutboxItem>("outbox");
        return new StoreFigures(
            DatabaseBytes(),
            outbox.Count(),
            Get<Outbox>().PendingCount(),
            Get<ParticipantRepository>().Count());
    }

    /// <summary>The LiteDB file and its write-ahead log file ("bot-log.db") together.</summary>
    public long DatabaseBytes()
    {
        var log = Path.Combine(Path.GetDirectoryName(DatabasePath)!, Path.GetFileNameWithoutExtension(DatabasePath) + "-log" + Path.GetExtension(DatabasePath));
        return Size(DatabasePath) + Size(log);

        static long Size(string path) => File.Exists(path) ? new FileInfo(path).Length : 0;
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
        }
    }

    public void DeleteData()
    {
        try { Directory.Delete(DataDirectory, recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
    }
}

/// <summary>What the store holds at the end: database file size, outbox items (all / still pending), participants.</summary>
internal sealed record StoreFigures(long DatabaseBytes, int OutboxItems, int OutboxPending, int Participants);
