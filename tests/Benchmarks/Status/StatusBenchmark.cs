using System.Diagnostics;
using System.Globalization;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using SchoolSupport.Bot.Delivery;
using SchoolSupport.Bot.Features;
using SchoolSupport.Bot.Features.Nudges;
using SchoolSupport.Bot.Hosting;
using SchoolSupport.Bot.Storage;
using SchoolSupport.Domain.Messaging;
using SchoolSupport.TestBotApi;

namespace SchoolSupport.Benchmarks.Status;

/// <summary>
/// /status and the coordinator's overview for one municipality of 200 schools with about 5,000 submissions
/// (<see cref="StatusSeed"/>). Two measurements: the handler and the store directly (the router inside one LiteDB
/// transaction, as the update pipeline runs it, replies not sent), and end to end through the loopback Bot API
/// server (the update in, the reply recorded by the server). Options: --schools N (200), --iterations N (200),
/// --e2e N (100), --seed N (5).
/// </summary>
internal static class StatusBenchmark
{
    public static async Task<int> RunAsync(string[] args)
    {
        var schools = Option(args, "--schools", 200);
        var iterations = Option(args, "--iterations", 200);
        var e2e = Option(args, "--e2e", 100);
        var api = await TestBotApiServer.StartAsync();
        var dir = Path.Combine(Path.GetTempPath(), "schoolbot-bench-status", Guid.NewGuid().ToString("N"));
        var host = BotApp.Build([], TimeProvider.System, c => c.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Telegram:Token"] = api.Token,
            ["Telegram:ApiBaseUrl"] = api.BaseUrl,
            ["Storage:DataDirectory"] = dir,
            ["Logging:LogLevel:Default"] = "Warning",
            ["Delivery:QuietHoursStart"] = "00:00",
            ["Delivery:QuietHoursEnd"] = "00:00",
        }));
        try
        {
            await host.StartAsync();
            await api.WaitUntilAsync(a => a.ActivePolls > 0, TimeSpan.FromSeconds(30), "the bot to start long polling");
            var clock = Stopwatch.StartNew();
            var submissions = StatusSeed.Fill(host, schools, Option(args, "--seed", 5));
            Console.WriteLine($"Status benchmark: {schools} schools, {submissions} submissions, seeded in {clock.Elapsed.TotalSeconds:0.0} s; {iterations} direct calls and {e2e} end-to-end requests per case");

            Console.WriteLine();
            Console.WriteLine("Handler + store (router in one LiteDB transaction, replies built, not sent)");
            Header();
            var direct = new Direct(host);
            var random = new Random(1);
            Row("/status school team (one school in detail)", Direct.Measure(iterations, () => direct.Command(StatusSeed.FirstTeamId + random.Next(schools))));
            Row("/status curator (two schools, one line each)", Direct.Measure(iterations, () => direct.Command(StatusSeed.FirstCuratorId + (2 * random.Next(schools / 2)))));
            Row("/status coordinator (overview of all schools)", Direct.Measure(iterations, () => direct.Command(StatusSeed.CoordinatorId)));
            Row("coordinator: a page of 8 school lines", Direct.Measure(iterations, () => direct.Press(StatusSeed.CoordinatorId, $"st:l:{StatusSeed.Municipality}:{random.Next(schools / 8)}")));
            Row("coordinator: PNG chart", Direct.Measure(Math.Max(10, iterations / 4), () => direct.Press(StatusSeed.CoordinatorId, $"st:c:{StatusSeed.Municipality}")));
            Row("coordinator: XLSX export", Direct.Measure(Math.Max(10, iterations / 4), () => direct.Press(StatusSeed.CoordinatorId, $"st:x:{StatusSeed.Municipality}")));

            Console.WriteLine();
            Console.WriteLine("End to end (update into the loopback Bot API server → reply recorded there)");
            Header();
            Row("/status school team", await EndToEndAsync(api, e2e, i => StatusSeed.FirstTeamId + (i % schools)));
            Row("/status coordinator (overview)", await EndToEndAsync(api, e2e, _ => StatusSeed.CoordinatorId));

            Console.WriteLine();
            var runner = host.Services.GetRequiredService<NudgeRunner>();
            var runs = new List<double>();
            for (var i = 0; i < 5; i++)
            {
                var t = Stopwatch.StartNew();
                runner.RunDue();
                runs.Add(t.Elapsed.TotalMilliseconds);
            }
            Console.WriteLine($"Nudge job over the same data: first run (plans and queues) {runs[0]:0} ms, later runs (nothing new) {runs.Skip(1).Average():0} ms on average");
            return 0;
        }
        finally
        {
            await host.StopAsync();
            host.Dispose();
            await api.DisposeAsync();
            try { Directory.Delete(dir, recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
        }
    }

    private static async Task<List<double>> EndToEndAsync(TestBotApiServer api, int count, Func<int, long> user)
    {
        var result = new List<double>(count);
        for (var i = 0; i < count + 5; i++)
        {
            var id = user(i);
            var before = api.Chat(id).Count;
            var t = Stopwatch.StartNew();
            api.SendText(id, "/status");
            await api.WaitUntilAsync(a => a.Chat(id).Count > before, TimeSpan.FromSeconds(30), "the /status reply");
            if (i >= 5) result.Add(t.Elapsed.TotalMilliseconds); // the first few warm up
        }
        return result;
    }

    /// <summary>Calls the router as the update pipeline does: inside one transaction of the store.</summary>
    private sealed class Direct(IHost host)
    {
        private readonly Router router = host.Services.GetRequiredService<Router>();
        private readonly Store store = host.Services.GetRequiredService<Store>();
        private readonly IChannel channel = host.Services.GetRequiredService<IChannel>();
        private int callback;

        public int Command(long user) => Run(new CommandIn("status", "") { From = new ChannelUser("telegram", user), ChatId = user });

        public int Press(long user, string data) =>
            Run(new ButtonIn((++callback).ToString(CultureInfo.InvariantCulture), data, 1) { From = new ChannelUser("telegram", user), ChatId = user });

        public static List<double> Measure(int count, Func<int> call)
        {
            for (var i = 0; i < 5; i++) call(); // warm-up
            var result = new List<double>(count);
            for (var i = 0; i < count; i++)
            {
                var t = Stopwatch.StartNew();
                if (call() == 0) throw new InvalidOperationException("The handler produced no reply.");
                result.Add(t.Elapsed.TotalMilliseconds);
            }
            return result;
        }

        private int Run(Incoming update) => store.Write(() => router.Handle(update, channel, DateTime.UtcNow).Output.Count);
    }

    private static void Header() => Console.WriteLine($"{"case",-48} {"p50 ms",8} {"p99 ms",8} {"max ms",8} {"n",5}");

    private static void Row(string name, List<double> ms)
    {
        ms.Sort();
        Console.WriteLine($"{name,-48} {Percentile(ms, 0.50),8:0.0} {Percentile(ms, 0.99),8:0.0} {ms[^1],8:0.0} {ms.Count,5}");
    }

    private static double Percentile(List<double> sorted, double p) => sorted[Math.Clamp((int)Math.Ceiling(p * sorted.Count) - 1, 0, sorted.Count - 1)];

    private static int Option(string[] args, string name, int fallback)
    {
        var i = Array.IndexOf(args, name);
        return i >= 0 && i + 1 < args.Length && int.TryParse(args[i + 1], NumberStyles.None, CultureInfo.InvariantCulture, out var v) && v > 0 ? v : fallback;
    }
}
