using SchoolSupport.Bot.Delivery;
using SchoolSupport.Bot.Tests.Harness;
using SchoolSupport.Bot.Tests.Hosting;
using SchoolSupport.Domain.Messaging;

namespace SchoolSupport.Bot.Tests.Delivery;

public sealed class QuietHoursDeliveryTests
{
    private const string Text = "Напоминание о вебинаре";

    [Fact]
    public async Task In_the_evening_Moscow_recipients_get_the_broadcast_now_and_Yekaterinburg_recipients_at_8_local_but_replies_are_never_held()
    {
        await using var bot = await BotHarness.StartAsync();
        bot.SeedDemoSchools();
        // 17:30 UTC: 20:30 in Moscow (not yet quiet), 22:30 in Yekaterinburg (quiet until 08:00 = 03:00 UTC).
        bot.Time.SetUtcNow(new DateTimeOffset(2026, 11, 26, 17, 30, 0, TimeSpan.Zero));
        var moscow = bot.AddTeachers(Enumerable.Range(50_001, 10).Select(i => (long)i), bot.SchoolIn("kalininsky"));
        var pyshma = bot.AddTeachers(Enumerable.Range(50_101, 10).Select(i => (long)i), bot.SchoolIn("vpyshma"));
        var morning = new DateTime(2026, 11, 27, 3, 0, 0, DateTimeKind.Utc);

        var sender = bot.AddSender();
        var broadcast = bot.StartBroadcast("Вебинар", [.. moscow, .. pyshma], p => [new TextOut(Text) { To = p.Chat() }], sender);
        Assert.Equal(10, broadcast.WaitingForQuietHours);
        Assert.All(pyshma, p => Assert.Equal(morning, Single(bot, p).NextAttemptUtc));
        Assert.All(moscow, p => Assert.Equal(new DateTime(2026, 11, 26, 17, 30, 0, DateTimeKind.Utc), Single(bot, p).NextAttemptUtc));

        Assert.False(await bot.RunDeliveryUntilAsync(() => bot.Reached(pyshma) > 0, "nothing for Yekaterinburg before 03:00 UTC", notAfterUtc: morning.AddMinutes(-1)));
        Assert.Equal(10, bot.Reached(moscow));
        Assert.Equal(0, bot.Reached(pyshma));
        Assert.Contains("Ждут окончания тихих часов", bot.Api.Chat(DeliveryPeople.Sender).Single().Text, StringComparison.Ordinal);

        // 02:59 UTC = 07:59 in Yekaterinburg: a recipient there writes, the reply comes at once.
        var night = bot.Time.GetUtcNow();
        await bot.User(pyshma[0].Identities[0].ChatId).Says("/help", "Что я умею");
        Assert.Equal(night, bot.Time.GetUtcNow());
        Assert.Equal(0, bot.Api.Chat(pyshma[0].Identities[0].ChatId).Count(m => m.Text == Text));

        await bot.RunDeliveryUntilAsync(() => bot.Reached(pyshma) == 10 && pyshma.All(p => bot.Api.Chat(p.Identities[0].ChatId).Any(m => m.Text == Text)), "the morning sends");
        // The server has the messages before the bot has stored their results: wait for the records.
        await Poll.UntilAsync(() => pyshma.All(p => Single(bot, p).DoneAtUtc is not null) && bot.Get<DeliveryWorker>().InFlightCount == 0, "the morning sends to be recorded");
        Assert.All(pyshma, p => Assert.True(Single(bot, p).DoneAtUtc >= morning));
        Assert.Equal(20, bot.Get<Broadcasts>().Get(broadcast.Id)!.Delivered);
    }

    [Fact]
    public async Task At_midnight_Moscow_both_zones_wait_each_until_8_on_their_own_clock()
    {
        await using var bot = await BotHarness.StartAsync();
        bot.SeedDemoSchools();
        bot.Time.SetUtcNow(new DateTimeOffset(2026, 11, 26, 21, 0, 0, TimeSpan.Zero)); // 00:00 Moscow, 02:00 Yekaterinburg
        var moscow = bot.AddTeachers([51_001], bot.SchoolIn("kalininsky"));
        var pyshma = bot.AddTeachers([51_101], bot.SchoolIn("vpyshma"));

        bot.StartBroadcast("Вебинар", [.. moscow, .. pyshma], p => [new TextOut(Text) { To = p.Chat() }]);

        Assert.Equal(new DateTime(2026, 11, 27, 5, 0, 0, DateTimeKind.Utc), Single(bot, moscow[0]).NextAttemptUtc);
        Assert.Equal(new DateTime(2026, 11, 27, 3, 0, 0, DateTimeKind.Utc), Single(bot, pyshma[0]).NextAttemptUtc);
        await bot.RunDeliveryUntilAsync(() => bot.Reached(pyshma) == 1, "Yekaterinburg's morning");
        Assert.Equal(new DateTimeOffset(2026, 11, 27, 3, 0, 0, TimeSpan.Zero), bot.Time.GetUtcNow());
        Assert.Equal(0, bot.Reached(moscow));
        await bot.RunDeliveryUntilAsync(() => bot.Reached(moscow) == 1, "Moscow's morning");
        Assert.Equal(new DateTimeOffset(2026, 11, 27, 5, 0, 0, TimeSpan.Zero), bot.Time.GetUtcNow());
    }

    [Fact]
    public async Task A_bulk_message_that_becomes_due_inside_quiet_hours_is_held_until_they_end()
    {
        await using var bot = await BotHarness.StartAsync();
        bot.SeedDemoSchools();
        bot.Time.SetUtcNow(new DateTimeOffset(2026, 11, 26, 17, 59, 59, TimeSpan.Zero)); // 20:59:59 in Moscow
        var person = bot.AddTeachers([52_001], bot.SchoolIn("kalininsky"))[0];
        bot.Api.InjectFault("sendMessage", TestBotApi.Fault.ServerError(502)); // the first try fails; its retry falls after 21:00

        bot.StartBroadcast("Вебинар", [person], p => [new TextOut(Text) { To = p.Chat() }]);
        await bot.RunDeliveryUntilAsync(() => Single(bot, person).NextAttemptUtc == new DateTime(2026, 11, 27, 5, 0, 0, DateTimeKind.Utc),
            "the retry to be held until 08:00 Moscow", notAfterUtc: new DateTime(2026, 11, 26, 18, 5, 0, DateTimeKind.Utc));

        Assert.Equal(0, bot.Api.SentTo(52_001));
        await bot.RunDeliveryUntilAsync(() => bot.Api.SentTo(52_001) == 1, "the morning send");
        // The server has the message before the bot has stored the result: wait for the record, not just the send.
        await Poll.UntilAsync(() => Single(bot, person).DoneAtUtc is not null, "the morning send to be recorded");
        Assert.Equal(new DateTime(2026, 11, 27, 5, 0, 0, DateTimeKind.Utc), Single(bot, person).DoneAtUtc);
    }

    private static OutboxItem Single(BotHarness bot, Domain.Participants.Participant p) =>
        Assert.Single(bot.Get<Outbox>().ForChat("telegram", p.Identities[0].ChatId), i => i.BroadcastId is not null);
}
