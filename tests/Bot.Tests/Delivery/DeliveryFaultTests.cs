using SchoolSupport.Bot.Channels.Telegram;
using SchoolSupport.Bot.Delivery;
using SchoolSupport.Bot.Storage;
using SchoolSupport.Bot.Tests.Harness;
using SchoolSupport.Bot.Tests.Hosting;
using SchoolSupport.Domain.Messaging;
using SchoolSupport.TestBotApi;

namespace SchoolSupport.Bot.Tests.Delivery;

public sealed class DeliveryFaultTests
{
    private const long Stranger = 555;
    private const string Hello = "Бот работает по приглашениям";

    [Fact]
    public async Task A_reply_refused_with_429_waits_for_retry_after_and_is_then_delivered()
    {
        await using var bot = await BotHarness.StartAsync();
        bot.Api.InjectFault("sendMessage", Fault.TooManyRequests(1));

        bot.Api.SendText(Stranger, "/start");
        await WaitForCall(bot, Stranger, 429);
        var paused = await WaitForItem(bot, Stranger, i => i.NextAttemptUtc > BotHarness.Start.UtcDateTime, "the 429 to be recorded");

        Assert.Equal(OutboxStatus.Pending, paused.Status);
        Assert.Equal(0, paused.Attempts); // the messenger's pace, not this message's fault
        Assert.Equal(BotHarness.Start.UtcDateTime.AddSeconds(1), paused.NextAttemptUtc);
        Assert.Empty(bot.Api.Chat(Stranger));

        bot.Time.Advance(TimeSpan.FromSeconds(1));
        await bot.Api.WaitForMessageAsync(Stranger, m => m.Text?.Contains(Hello, StringComparison.Ordinal) == true);

        var sent = await WaitForItem(bot, Stranger, i => i.Status == OutboxStatus.Sent, "the item to be marked sent");
        Assert.Equal(1, sent.Attempts);
        Assert.Single(bot.Api.Chat(Stranger));
        AssertTokenNeverLeaked(bot);
    }

    [Fact]
    public async Task A_reply_that_meets_502_twice_is_delivered_after_two_backoffs()
    {
        await using var bot = await BotHarness.StartAsync();
        bot.Api.InjectFault("sendMessage", Fault.ServerError(502), times: 2);

        bot.Api.SendText(Stranger, "/start");
        await WaitForCall(bot, Stranger, 502);
        var first = await WaitForItem(bot, Stranger, i => i.Attempts == 1, "the first 502 to be recorded");
        var firstWait = first.NextAttemptUtc - BotHarness.Start.UtcDateTime;
        Assert.InRange(firstWait, TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(3)); // 2 s ± 50 %
        Assert.Contains("502", first.Error, StringComparison.Ordinal);
        Assert.Equal(OutboxStatus.Pending, first.Status);
        Assert.Empty(bot.Api.Chat(Stranger));

        bot.Time.Advance(firstWait);
        await bot.Api.WaitUntilAsync(a => Calls(a, Stranger, 502) == 2, what: "the second attempt");
        var second = await WaitForItem(bot, Stranger, i => i.Attempts == 2, "the second 502 to be recorded");
        var secondWait = second.NextAttemptUtc - bot.Time.GetUtcNow().UtcDateTime;
        Assert.InRange(secondWait, TimeSpan.FromSeconds(2), TimeSpan.FromSeconds(6)); // 4 s ± 50 %
        Assert.Empty(bot.Api.Chat(Stranger));

        bot.Time.Advance(secondWait);
        await bot.Api.WaitForMessageAsync(Stranger, m => m.Text?.Contains(Hello, StringComparison.Ordinal) == true);

        var sent = await WaitForItem(bot, Stranger, i => i.Status == OutboxStatus.Sent, "the item to be marked sent");
        Assert.Equal(3, sent.Attempts);
        Assert.Equal(3, bot.Api.Calls.Count(c => c.ChatId == Stranger && IsSendMessage(c)));
        Assert.Single(bot.Api.Chat(Stranger));
        AssertTokenNeverLeaked(bot);
    }

    [Fact]
    public async Task A_reply_refused_with_400_fails_at_once_with_the_reason()
    {
        await using var bot = await BotHarness.StartAsync();
        bot.Api.InjectFault("sendMessage", Fault.BadRequest("message text is empty"));

        bot.Api.SendText(Stranger, "/start");
        await WaitForCall(bot, Stranger, 400);
        var failed = await WaitForItem(bot, Stranger, i => i.Status == OutboxStatus.Failed, "the 400 to be recorded");

        Assert.Equal(1, failed.Attempts);
        Assert.Contains("400", failed.Error, StringComparison.Ordinal);
        Assert.Contains("message text is empty", failed.Error, StringComparison.Ordinal);
        Assert.Equal(BotHarness.Start.UtcDateTime, failed.DoneAtUtc);
        Assert.Equal(0, bot.Get<Outbox>().PendingCount());
        AssertTokenNeverLeaked(bot);
    }

    [Fact]
    public async Task A_participant_who_blocked_the_bot_is_marked_unreachable_until_they_write_again()
    {
        await using var bot = await BotHarness.StartAsync();
        var coordinator = await bot.JoinCoordinatorAsync();
        var who = new ChannelUser("telegram", BotHarness.CoordinatorId);
        var participants = bot.Get<ParticipantRepository>();
        Assert.Null(participants.Find(who)!.UnreachableSinceUtc);

        bot.Api.Block(BotHarness.CoordinatorId);
        bot.Api.SendText(BotHarness.CoordinatorId, "/menu");
        await WaitForCall(bot, BotHarness.CoordinatorId, 403);
        await Poll.UntilAsync(() => participants.Find(who)!.UnreachableSinceUtc is not null, "the participant to be marked unreachable");

        Assert.Equal(BotHarness.Start.UtcDateTime, participants.Find(who)!.UnreachableSinceUtc);
        var blocked = bot.Get<Outbox>().ForChat("telegram", BotHarness.CoordinatorId).Last(i => i.Status == OutboxStatus.Failed);
        Assert.Equal("blocked", blocked.Error);
        Assert.Equal(1, blocked.Attempts);

        bot.Api.Unblock(BotHarness.CoordinatorId);
        await coordinator.Says("/menu", "Главное меню");

        Assert.Null(participants.Find(who)!.UnreachableSinceUtc);
        AssertTokenNeverLeaked(bot);
    }

    [Fact]
    public async Task A_send_that_outlasts_the_client_timeout_is_reported_as_transient_so_it_is_retried()
    {
        await using var bot = await BotHarness.StartAsync();
        // The channel gives up after 20 s; the server answers after 25 s (and, like Telegram, still delivers).
        bot.Api.InjectFault("sendMessage", Fault.Timeout(TimeSpan.FromSeconds(25)));

        var result = await bot.Get<TelegramChannel>().DeliverAsync(
            new TextOut("Проверка связи") { To = new ChatAddress("telegram", Stranger) }, CancellationToken.None);

        var transient = Assert.IsType<DeliveryResult.Transient>(result);
        Assert.Equal("timeout", transient.Reason);
        AssertTokenNeverLeaked(bot);
    }

    [Fact]
    public async Task The_bot_token_appears_in_no_log_line_and_no_outbox_error_even_after_faults()
    {
        await using var bot = await BotHarness.StartAsync();
        bot.Api.InjectFault("getUpdates", Fault.ServerError(502));
        bot.Api.InjectFault("sendMessage", Fault.ServerError(500));
        bot.Api.InjectFault("sendMessage", Fault.BadRequest("chat not found"));

        bot.Api.SendText(556, "/start"); // delivered by the poll in progress; the next poll gets the 502
        await bot.Api.WaitUntilAsync(a => a.Calls.Any(c => c.Method == "getUpdates" && c.StatusCode == 502), what: "getUpdates to fail");
        await WaitForCall(bot, 556, 500);
        bot.Api.SendText(557, "/start");
        await WaitForCall(bot, 557, 400);
        bot.Api.Block(559);
        bot.Api.SendText(559, "/start");
        await WaitForCall(bot, 559, 403);
        await WaitForItem(bot, 559, i => i.Status == OutboxStatus.Failed, "the 403 to be recorded");
        bot.Api.InjectFault("sendMessage", Fault.TooManyRequests(1));
        bot.Api.SendText(558, "/start"); // last: a 429 pauses the whole channel
        await WaitForCall(bot, 558, 429);
        await WaitForItem(bot, 558, i => i.NextAttemptUtc > BotHarness.Start.UtcDateTime, "the 429 to be recorded");
        await Poll.UntilAsync(() => bot.Logs.Lines.Any(l => l.Contains("getUpdates failed", StringComparison.Ordinal)), "the getUpdates failure to be logged");
        await Poll.UntilAsync(() => bot.Logs.Lines.Any(l => l.Contains("retry after", StringComparison.Ordinal)), "the 429 to be logged");

        bot.Time.Advance(TimeSpan.FromMinutes(1));
        await bot.Api.WaitForMessageAsync(556, m => m.Text?.Contains(Hello, StringComparison.Ordinal) == true);
        await bot.Api.WaitForMessageAsync(558, m => m.Text?.Contains(Hello, StringComparison.Ordinal) == true);

        Assert.Contains(bot.Get<Outbox>().ForChat("telegram", 557), i => i.Error?.Contains("chat not found", StringComparison.Ordinal) == true);
        AssertTokenNeverLeaked(bot);
    }

    [Fact]
    public async Task Replies_of_one_action_go_out_back_to_back_in_their_order()
    {
        await using var bot = await BotHarness.StartAsync();
        EnqueueReplies(bot, 561, "первое", "второе", "третье");

        await bot.Api.WaitForMessageAsync(561, m => m.Text == "третье");

        Assert.Equal(["первое", "второе", "третье"], bot.Api.Chat(561).Select(m => m.Text));
        await Poll.UntilAsync(() => bot.Get<Outbox>().ForChat("telegram", 561).All(i => i.Status == OutboxStatus.Sent), "all three to be marked sent");
    }

    [Fact]
    public async Task When_the_first_of_several_replies_meets_a_502_the_others_wait_for_it_and_keep_their_order()
    {
        await using var bot = await BotHarness.StartAsync();
        bot.Api.InjectFault("sendMessage", Fault.ServerError(502));
        EnqueueReplies(bot, 562, "первое", "второе", "третье");

        await WaitForCall(bot, 562, 502);
        var items = bot.Get<Outbox>().ForChat("telegram", 562);
        await Poll.UntilAsync(() => (items = bot.Get<Outbox>().ForChat("telegram", 562)).Any(i => i.Attempts == 1), "the 502 to be recorded");
        Assert.Empty(bot.Api.Chat(562)); // nothing overtook the failed first message
        Assert.All(items.Where(i => i.Attempts == 0), i => Assert.Equal(OutboxStatus.Pending, i.Status));

        bot.Time.Advance(TimeSpan.FromSeconds(4)); // past the first back-off (2 s ± 50 %)
        await bot.Api.WaitForMessageAsync(562, m => m.Text == "третье");

        Assert.Equal(["первое", "второе", "третье"], bot.Api.Chat(562).Select(m => m.Text));
        Assert.Equal(4, bot.Api.Calls.Count(c => c.ChatId == 562 && IsSendMessage(c)));
    }

    [Fact]
    public async Task Replies_stuck_behind_retries_in_one_messenger_never_hold_up_the_other_messengers_replies()
    {
        await using var bot = await BotHarness.StartAsync(Messengers.Both);
        var maxUser = bot.UserIn("max", 950, "Мария");
        await maxUser.Says("/start", "Бот работает по приглашениям");
        bot.Api.InjectFault("sendMessage", Fault.ServerError(502), times: 10_000);

        // 80 Telegram chats, two replies each: the first meets a 502 and waits for its retry, the second waits behind it.
        var chats = Enumerable.Range(0, 80).Select(i => 7_000L + i).ToList();
        foreach (var chat in chats) EnqueueReplies(bot, chat, "первое", "второе");
        await Poll.UntilAsync(() => chats.All(c => bot.Get<Outbox>().ForChat("telegram", c).Any(i => i.Attempts == 1)), "every first reply to meet its 502");

        EnqueueReplies(bot, "max", TestMaxApi.TestMaxApiServer.DialogOffset + 950, "ответ в MAX");
        await maxUser.WaitFor("ответ в MAX");
    }

    /// <summary>Three replies to one chat committed together, as one action's replies are.</summary>
    private static void EnqueueReplies(BotHarness bot, long chatId, params string[] texts) => EnqueueReplies(bot, "telegram", chatId, texts);

    private static void EnqueueReplies(BotHarness bot, string channel, long chatId, params string[] texts)
    {
        var outbox = bot.Get<Outbox>();
        var now = bot.Time.GetUtcNow().UtcDateTime;
        bot.Get<Store>().Write(() =>
        {
            foreach (var text in texts) outbox.Enqueue(new TextOut(text) { To = new ChatAddress(channel, chatId) }, now);
        });
        outbox.Signal();
    }

    private static bool IsSendMessage(RecordedCall c) => c.Method.Equals("sendMessage", StringComparison.OrdinalIgnoreCase);

    private static int Calls(TestBotApiServer api, long chatId, int status) =>
        api.Calls.Count(c => c.ChatId == chatId && IsSendMessage(c) && c.StatusCode == status);

    private static Task WaitForCall(BotHarness bot, long chatId, int status) =>
        bot.Api.WaitUntilAsync(a => Calls(a, chatId, status) > 0, what: $"sendMessage to {chatId} answered {status}");

    /// <summary>The chat's single outbox item, once it satisfies <paramref name="condition"/> (the worker records results after the call).</summary>
    private static async Task<OutboxItem> WaitForItem(BotHarness bot, long chatId, Func<OutboxItem, bool> condition, string what)
    {
        OutboxItem? found = null;
        await Poll.UntilAsync(() => (found = bot.Get<Outbox>().ForChat("telegram", chatId).SingleOrDefault(condition)) is not null, what);
        return found!;
    }

    private static void AssertTokenNeverLeaked(BotHarness bot)
    {
        var token = bot.Api.Token;
        var key = token[(token.IndexOf(':', StringComparison.Ordinal) + 1)..];
        var lines = bot.Logs.Lines;
        Assert.NotEmpty(lines);
        Assert.DoesNotContain(lines, l => l.Contains(key, StringComparison.Ordinal));
        var errors = bot.Get<Store>().Collection<OutboxItem>("outbox").FindAll().Select(i => i.Error).OfType<string>().ToList();
        Assert.DoesNotContain(errors, e => e.Contains(key, StringComparison.Ordinal));
    }
}
