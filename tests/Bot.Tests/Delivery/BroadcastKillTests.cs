using SchoolSupport.Bot.Delivery;
using SchoolSupport.Bot.Features;
using SchoolSupport.Bot.Hosting;
using SchoolSupport.Bot.Storage;
using SchoolSupport.Domain.Messaging;
using SchoolSupport.Domain.Participants;
using SchoolSupport.TestBotApi;
using Xunit.Abstractions;

namespace SchoolSupport.Bot.Tests.Delivery;

public sealed class BroadcastKillTests(ITestOutputHelper output)
{
    private const int Recipients = 200;
    private const string Text = "Рассылка перед сбоем";

    /// <summary>Quiet hours off: this test runs on the real clock, whatever the time of day.</summary>
    private static readonly Dictionary<string, string> Settings = new()
    {
        ["Delivery__GlobalPerSecond"] = "20",
        ["Delivery__QuietHoursStart"] = "00:00",
        ["Delivery__QuietHoursEnd"] = "00:00",
    };

    [Fact]
    public async Task Kill_9_in_the_middle_of_a_broadcast_then_a_restart_loses_no_one_and_repeats_only_what_was_in_flight()
    {
        await using var api = await TestBotApiServer.StartAsync();
        var data = Path.Combine(Path.GetTempPath(), "schoolbot-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(data);
        try
        {
            var ids = Enumerable.Range(60_001, Recipients).Select(i => (long)i).ToList();
            var broadcastId = Prepare(data, ids);

            using (var first = ChildBot.Start(api, data, Settings))
            {
                await api.WaitUntilAsync(a => Reached(a, ids) >= Recipients * 2 / 5, TimeSpan.FromSeconds(90), "about 40 % of the broadcast");
                // The next send is slow: the server takes 2 s and then delivers it even though nobody waits any more
                // (as Telegram does). Killing the bot while it is in flight leaves a message delivered but not recorded.
                api.InjectFault("sendMessage", Fault.Timeout(TimeSpan.FromSeconds(2)));
                await api.WaitUntilAsync(a => a.FaultsLeft == 0, TimeSpan.FromSeconds(30), "the slow send to start");
                first.Kill();
            }
            await api.WaitUntilAsync(a => a.Calls.Any(c => c.Method == "sendMessage" && c.StatusCode == 499), TimeSpan.FromSeconds(30), "the slow send to be delivered after the kill");
            var deliveredAtKill = ids.Sum(api.SentTo);
            var committedAtKill = Committed(data, broadcastId);
            var inFlightAtKill = deliveredAtKill - committedAtKill;
            Assert.InRange(deliveredAtKill, Recipients * 2 / 5, Recipients - 1);
            Assert.InRange(inFlightAtKill, 1, DeliveryWorker.MaxBulkInFlight);

            using (var second = ChildBot.Start(api, data, Settings))
            {
                await api.WaitUntilAsync(a => a.Chat(DeliveryPeople.Sender).Any(m => m.Text?.StartsWith("📊", StringComparison.Ordinal) == true),
                    TimeSpan.FromSeconds(90), "the final report after the restart");
                second.Kill();
            }

            var lost = ids.Where(id => api.SentTo(id) == 0).ToList();
            var duplicates = ids.Sum(id => Math.Max(0, api.SentTo(id) - 1));
            output.WriteLine($"At the kill: {deliveredAtKill} delivered, {committedAtKill} recorded, {inFlightAtKill} in flight. After the restart: {lost.Count} lost, {duplicates} duplicates.");
            Assert.True(lost.Count == 0, $"lost recipients: {string.Join(", ", lost)}");
            Assert.True(duplicates >= 1 && duplicates <= inFlightAtKill,
                $"{duplicates} duplicate messages, but only {inFlightAtKill} were in flight at the kill " +
                $"({deliveredAtKill} reached the server, {committedAtKill} were recorded as sent). A duplicate can only be a message " +
                "that reached Telegram before its result was committed: the Bot API has no idempotency key, so it is sent again after the restart.");
            Assert.All(ids, id => Assert.InRange(api.SentTo(id), 1, 2));
            Assert.Equal(Recipients, Committed(data, broadcastId));
            var report = api.Chat(DeliveryPeople.Sender).Single(m => m.Text!.StartsWith("📊", StringComparison.Ordinal)).Text!;
            Assert.Contains($"Доставлено: 200 из 200", report, StringComparison.Ordinal);
        }
        finally
        {
            try { Directory.Delete(data, recursive: true); } catch (IOException) { }
        }
    }

    private static int Reached(TestBotApiServer api, IEnumerable<long> ids)
    {
        var sent = api.SentPerChat;
        return ids.Count(id => sent.ContainsKey(id));
    }

    /// <summary>The recipients and the broadcast, written to the data file before the bot process starts.</summary>
    private static string Prepare(string data, IReadOnlyList<long> ids)
    {
        var now = DateTime.UtcNow;
        var options = new DeliveryOptions { QuietHoursStart = TimeOnly.MinValue, QuietHoursEnd = TimeOnly.MinValue };
        using var store = new Store(new StorageOptions { DataDirectory = data });
        var participants = new ParticipantRepository(store);
        var zones = new Zones(new SchoolRepository(store), new BotOptions());
        var ledger = new BroadcastLedger(store);
        var outbox = new Outbox(store, ledger, participants, zones, options, TimeProvider.System);
        var broadcasts = new Broadcasts(outbox, ledger, participants, zones, options);
        var people = ids.Select(id => Person(id, Role.Teacher, now)).ToList();
        return store.Write(() =>
        {
            participants.Save(Person(DeliveryPeople.Sender, Role.Coordinator, now));
            foreach (var p in people) participants.Save(p);
            var recipients = people.Select(p => new BroadcastRecipient(p.Id, [new TextOut(Text) { To = p.Identities[0].ToChat() }])).ToList();
            return broadcasts.Start("mailing", "Перед сбоем", $"p{DeliveryPeople.Sender}", new ChatAddress("telegram", DeliveryPeople.Sender), recipients, now).Id;
        });
    }

    /// <summary>How many of the broadcast's messages the data file records as sent (the process must be gone).</summary>
    private static int Committed(string data, string broadcastId)
    {
        using var store = new Store(new StorageOptions { DataDirectory = data });
        return store.Collection<OutboxItem>("outbox").Count(i => i.BroadcastId == broadcastId && i.Status == OutboxStatus.Sent);
    }

    private static Participant Person(long id, Role role, DateTime now) => new()
    {
        Id = $"p{id}",
        Identities = [new ChannelIdentity("telegram", id, id)],
        DisplayName = $"Участник {id}",
        Roles = [new RoleGrant { Role = role, GrantedAtUtc = now }],
        Consents = [new ConsentRecord { Kind = ConsentKind.PersonalData, TextVersion = "test", GivenAtUtc = now }],
        CreatedAtUtc = now,
    };
}
