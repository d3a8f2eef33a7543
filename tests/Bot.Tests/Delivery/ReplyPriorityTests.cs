using SchoolSupport.Bot.Delivery;
using SchoolSupport.Bot.Tests.Harness;
using SchoolSupport.Domain.Messaging;

namespace SchoolSupport.Bot.Tests.Delivery;

public sealed class ReplyPriorityTests
{
    private const string HelpGuest = "Это бот программы поддержки школ";

    [Fact]
    public async Task During_a_broadcast_a_reply_goes_out_at_once_without_waiting_for_the_bulk_messages_queued_before_it()
    {
        await using var bot = await BotHarness.StartAsync();
        var people = bot.AddTeachers(Enumerable.Range(40_001, 300).Select(i => (long)i));
        var broadcast = bot.StartBroadcast("Объявление", people, p => [new TextOut("Объявление для всех") { To = p.Chat() }]);
        await bot.RunDeliveryUntilAsync(() => bot.Reached(people) >= 100, "a third of the broadcast");
        var clock = bot.Time.GetUtcNow();

        // A stranger and one of the recipients (whose own bulk message is still queued) ask for help.
        var stranger = bot.User(999);
        var last = people[^1].Identities[0].ChatId;
        Assert.Equal(0, bot.Api.SentTo(last));
        await stranger.Says("/help", HelpGuest);
        await bot.User(last).Says("/help", "Что я умею");

        Assert.Equal(clock, bot.Time.GetUtcNow()); // answered without the clock moving: the limiter never held the replies
        Assert.InRange(bot.Reached(people), 100, 299);
        Assert.Equal(1, bot.Api.SentTo(last)); // the reply; the announcement still waits its turn

        await bot.RunDeliveryUntilAsync(() => bot.Get<Broadcasts>().Get(broadcast.Id)!.IsComplete, "the rest of the broadcast");
        Assert.All(people, p => Assert.Equal(1, bot.Api.Chat(p.Identities[0].ChatId).Count(m => m.Text == "Объявление для всех")));
        Assert.Equal(300, bot.Get<Broadcasts>().Get(broadcast.Id)!.Delivered);
    }
}
