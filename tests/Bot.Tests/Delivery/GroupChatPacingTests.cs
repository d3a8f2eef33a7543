using SchoolSupport.Bot.Delivery;
using SchoolSupport.Bot.Tests.Harness;
using SchoolSupport.Domain.Messaging;

namespace SchoolSupport.Bot.Tests.Delivery;

public sealed class GroupChatPacingTests
{
    private const long Group = -1_001_234_567;

    [Fact]
    public async Task Bulk_messages_to_a_group_are_three_seconds_apart_and_to_a_private_chat_one_second()
    {
        await using var bot = await BotHarness.StartAsync();
        var person = bot.AddTeachers([80_001])[0];
        var group = new ChatAddress("telegram", Group);

        bot.StartBroadcast("Группа", [person], p => [.. Enumerable.Range(1, 4).Select(i => new TextOut($"В группу {i}") { To = group }),
            .. Enumerable.Range(1, 4).Select(i => new TextOut($"Лично {i}") { To = p.Chat() })]);
        await bot.RunDeliveryUntilAsync(() => bot.Api.SentTo(Group) == 4 && bot.Api.SentTo(80_001) == 4, "all eight messages");

        Assert.Equal(["В группу 1", "В группу 2", "В группу 3", "В группу 4"], bot.Api.Chat(Group).Select(m => m.Text));
        Assert.Equal(["Лично 1", "Лично 2", "Лично 3", "Лично 4"], bot.Api.Chat(80_001).Select(m => m.Text));
        Assert.All(Gaps(bot, Group), gap => Assert.Equal(TimeSpan.FromSeconds(3), gap)); // 20 per minute
        Assert.All(Gaps(bot, 80_001), gap => Assert.Equal(TimeSpan.FromSeconds(1), gap));
    }

    private static IEnumerable<TimeSpan> Gaps(BotHarness bot, long chat)
    {
        var times = bot.Get<Outbox>().ForChat("telegram", chat).Select(i => i.DoneAtUtc!.Value).ToList();
        return times.Zip(times.Skip(1), (a, b) => b - a);
    }
}
