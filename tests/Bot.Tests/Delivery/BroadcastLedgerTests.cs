using System.Globalization;
using System.Text.RegularExpressions;
using SchoolSupport.Bot.Delivery;
using SchoolSupport.Bot.Storage;
using SchoolSupport.Bot.Tests.Harness;
using SchoolSupport.Domain.Delivery;
using SchoolSupport.Domain.Messaging;
using SchoolSupport.Domain.Participants;
using SchoolSupport.TestBotApi;

namespace SchoolSupport.Bot.Tests.Delivery;

public sealed partial class BroadcastLedgerTests
{
    private const string Announcement = "Вебинар «Формирующее оценивание» 27.11 в 15:00";
    private const string IcsName = "webinar.ics";
    private static readonly long[] BlockedIds = [10_007, 10_050, 10_123, 10_200, 10_299];
    private const long TooLongId = 10_150;

    [Fact]
    public async Task A_broadcast_to_300_through_429s_5xx_dropped_connections_and_blocks_reaches_everyone_else_exactly_once_and_the_report_matches()
    {
        await using var bot = await BotHarness.StartAsync();
        var sender = bot.AddSender();
        var people = bot.AddTeachers(Enumerable.Range(10_001, 300).Select(i => (long)i));
        foreach (var id in BlockedIds) bot.Api.Block(id);
        bot.Api.RandomTooManyRequests(0.02, seed: 7);
        bot.Api.InjectRandomFaults("sendMessage", Fault.ServerError(502), 0.05, seed: 11);
        bot.Api.InjectRandomFaults("sendDocument", Fault.Disconnect(), 0.05, seed: 13);

        var broadcast = bot.StartBroadcast("Вебинар 27.11", people, p =>
        [
            new TextOut(p.Identities[0].ChatId == TooLongId ? new string('я', 5000) : Announcement) { To = p.Chat() },
            new FileOut(IcsName, "BEGIN:VCALENDAR"u8.ToArray(), null, IsImage: false) { To = p.Chat() },
        ], sender);
        await bot.RunDeliveryUntilAsync(() => bot.Api.Chat(DeliveryPeople.Sender).Any(m => m.Text?.StartsWith("📊", StringComparison.Ordinal) == true),
            "the final report");

        // The ledger: everyone got the announcement and its file exactly once, except the blocked and the one refused.
        foreach (var p in people)
        {
            var id = p.Identities[0].ChatId;
            var chat = bot.Api.Chat(id);
            if (BlockedIds.Contains(id) || id == TooLongId)
            {
                Assert.Empty(chat);
                continue;
            }
            Assert.Equal(2, bot.Api.SentTo(id));
            Assert.Equal(Announcement, chat[0].Text);
            Assert.Equal(IcsName, chat[1].FileName);
        }
        Assert.Empty(bot.Api.Duplicates());

        var stored = bot.Get<Broadcasts>().Get(broadcast.Id)!;
        Assert.Equal(294, stored.Delivered);
        Assert.Equal(new Dictionary<string, int> { ["Blocked"] = 5, ["Rejected"] = 1 }, stored.Undelivered);
        Assert.NotNull(stored.CompletedAtUtc);

        var report = bot.Api.Chat(DeliveryPeople.Sender).Single(m => m.Text!.StartsWith("📊", StringComparison.Ordinal)).Text!;
        Assert.Contains(N("Доставлено: 294 из 300"), report, StringComparison.Ordinal);
        Assert.Contains("Не доставлено: 6", report, StringComparison.Ordinal);
        Assert.Contains("заблокировали бота — 5", report, StringComparison.Ordinal);
        Assert.Contains("Telegram отклонил сообщение — 1", report, StringComparison.Ordinal);

        // Blocked people: one 403 (perhaps after an injected 429 or 502), their file never tried, marked unreachable.
        var participants = bot.Get<ParticipantRepository>();
        foreach (var id in BlockedIds)
        {
            Assert.Single(bot.Api.Calls, c => c.ChatId == id && c.StatusCode == 403);
            Assert.DoesNotContain(bot.Api.Calls, c => c.ChatId == id && c.Method == "sendDocument");
            Assert.NotNull(participants.Find(new ChannelUser("telegram", id))!.UnreachableSinceUtc);
        }
        // The refused text: one 400, never retried; the file after it is not sent alone.
        Assert.Single(bot.Api.Calls, c => c.ChatId == TooLongId && c.StatusCode == 400);
        Assert.DoesNotContain(bot.Api.Calls, c => c.ChatId == TooLongId && c.Method == "sendDocument");
        var outbox = bot.Get<Outbox>();
        Assert.All(outbox.ForChat("telegram", TooLongId), i => Assert.Equal(DeliveryFailure.Rejected, i.Failure));

        // The faults did happen, and nothing was tried more than MaxAttempts times.
        Assert.True(bot.Api.RandomTooManyRequestsAnswered > 0, "no 429 was injected");
        Assert.Contains(bot.Api.Calls, c => c.StatusCode == 502);
        Assert.Contains(bot.Api.Calls, c => c.StatusCode == 444);
        var items = bot.Get<Store>().Collection<OutboxItem>("outbox").FindAll().ToList();
        Assert.DoesNotContain(items, i => i.Status == OutboxStatus.Pending);
        Assert.All(items, i => Assert.InRange(i.Attempts, 0, 5));
        AssertPaced(items.Where(i => i.BroadcastId == broadcast.Id && i.Status == OutboxStatus.Sent).ToList());
        AssertProgressEditedInPlace(bot);
    }

    [Fact]
    public async Task A_message_refused_with_400_fails_with_its_reason_and_is_never_tried_again()
    {
        await using var bot = await BotHarness.StartAsync();
        var sender = bot.AddSender();
        var people = bot.AddTeachers([20_001, 20_002, 20_003]);

        bot.StartBroadcast("Слишком длинно", people, p => [new TextOut(p.Identities[0].ChatId == 20_002 ? new string('я', 4097) : "Коротко") { To = p.Chat() }], sender);
        await bot.RunDeliveryUntilAsync(() => bot.Api.Chat(DeliveryPeople.Sender).Any(m => m.Text?.StartsWith("📊", StringComparison.Ordinal) == true), "the final report");
        bot.Time.Advance(TimeSpan.FromMinutes(10));
        await bot.DeliverDueAsync();

        var call = Assert.Single(bot.Api.Calls, c => c.ChatId == 20_002);
        Assert.Equal(400, call.StatusCode);
        var item = Assert.Single(bot.Get<Outbox>().ForChat("telegram", 20_002));
        Assert.Equal(OutboxStatus.Failed, item.Status);
        Assert.Equal(1, item.Attempts);
        Assert.Contains("message is too long", item.Error, StringComparison.Ordinal);
        Assert.Equal(1, bot.Api.SentTo(20_001));
        Assert.Equal(1, bot.Api.SentTo(20_003));
        Assert.Contains("Telegram отклонил сообщение — 1", bot.Api.Chat(DeliveryPeople.Sender)[^1].Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Someone_known_to_have_blocked_the_bot_is_counted_as_blocked_without_a_send()
    {
        await using var bot = await BotHarness.StartAsync();
        var sender = bot.AddSender();
        var people = bot.AddTeachers([30_001, 30_002]);
        var participants = bot.Get<ParticipantRepository>();
        bot.Get<Store>().Write(() => participants.Save(people[1] with { UnreachableSinceUtc = BotHarness.Start.UtcDateTime }));

        bot.StartBroadcast("Объявление", people, p => [new TextOut("Объявление") { To = p.Chat() }], sender);
        await bot.RunDeliveryUntilAsync(() => bot.Api.Chat(DeliveryPeople.Sender).Any(m => m.Text?.StartsWith("📊", StringComparison.Ordinal) == true), "the final report");

        Assert.DoesNotContain(bot.Api.Calls, c => c.ChatId == 30_002);
        Assert.Equal(1, bot.Api.SentTo(30_001));
        Assert.Contains("заблокировали бота — 1", bot.Api.Chat(DeliveryPeople.Sender)[^1].Text, StringComparison.Ordinal);
    }

    /// <summary>No 1 s window (of the fake clock) holds more than rate + burst bulk sends; a recipient's two messages are ≥ 1 s apart.</summary>
    private static void AssertPaced(IReadOnlyList<OutboxItem> sent)
    {
        var times = sent.Where(i => i.Message is not (ButtonAnswer or MenuOut)).Select(i => i.DoneAtUtc!.Value).Order().ToList();
        var worst = times.Select((t, i) => times.Skip(i).TakeWhile(x => x < t.AddSeconds(1)).Count()).Max();
        Assert.True(worst <= 25 + 3, $"{worst} bulk messages within one second of the bot's clock (limit 25/s, burst 3)");
        foreach (var recipient in sent.GroupBy(i => i.ChatId).Where(g => g.Count() == 2))
        {
            var pair = recipient.OrderBy(i => i.DoneAtUtc).ToList();
            Assert.True(pair[1].DoneAtUtc - pair[0].DoneAtUtc >= TimeSpan.FromSeconds(1), $"chat {recipient.Key} got two messages less than 1 s apart");
        }
    }

    /// <summary>One progress message in the sender's chat, edited several times with growing numbers, ending with the final count.</summary>
    private static void AssertProgressEditedInPlace(BotHarness bot)
    {
        var chat = bot.Api.Chat(DeliveryPeople.Sender);
        var progress = Assert.Single(chat, m => m.Text!.Contains("Рассылка «Вебинар 27.11»", StringComparison.Ordinal));
        Assert.Equal(N("✅ Рассылка «Вебинар 27.11» завершена\nОтправлено 294 из 300, не доставлено 6"), progress.Text);
        var edits = bot.Api.Calls
            .Where(c => c.ChatId == DeliveryPeople.Sender && c.Method.Equals("editMessageText", StringComparison.OrdinalIgnoreCase) && c.StatusCode == 200)
            .Select(c => SentCount().Match(System.Text.Json.JsonDocument.Parse(c.Body).RootElement.GetProperty("text").GetString() ?? ""))
            .Where(m => m.Success)
            .Select(m => int.Parse(m.Groups[1].Value.Replace(RussianNumber.GroupSeparator.ToString(), "", StringComparison.Ordinal), CultureInfo.InvariantCulture))
            .ToList();
        Assert.True(edits.Count >= 3, $"only {edits.Count} progress edits");
        Assert.Equal(edits.Order(), edits);
        Assert.True(edits.Count(n => n is > 0 and < 294) >= 2, "no intermediate progress was shown: " + string.Join(", ", edits));
    }

    private static string N(string text) => Digits().Replace(text, m => m.Value.Replace(" ", RussianNumber.GroupSeparator.ToString(), StringComparison.Ordinal));

    [GeneratedRegex(@"Отправлено ([\d\u202F]+) из")]
    private static partial Regex SentCount();

    [GeneratedRegex(@"\d[\d ]*\d")]
    private static partial Regex Digits();
}
