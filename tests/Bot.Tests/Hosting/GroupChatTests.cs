using SchoolSupport.Bot.Storage;
using SchoolSupport.Bot.Tests.Harness;
using SchoolSupport.Domain.Conversations;

namespace SchoolSupport.Bot.Tests.Hosting;

public sealed class GroupChatTests
{
    private const string WritePrivately = "Я работаю только в личных сообщениях";

    [Fact]
    public async Task A_message_in_a_group_gets_a_polite_pointer_to_the_private_chat_and_changes_nothing()
    {
        await using var bot = await BotHarness.StartAsync();
        const long group = -100500;

        bot.Api.SendGroupText(group, 777, "Здравствуйте, бот!");
        await bot.Api.WaitForMessageAsync(group, m => m.Text?.Contains(WritePrivately, StringComparison.Ordinal) == true);

        // Even the configured coordinator's /start in a group starts nothing.
        bot.Api.SendGroupText(group, BotHarness.CoordinatorId, "/start");
        await bot.Api.WaitUntilAsync(a => a.Chat(group).Count(m => m.Text?.Contains(WritePrivately, StringComparison.Ordinal) == true) == 2,
            what: "the second pointer to the private chat");

        AssertNothingStored(bot);
        Assert.Empty(bot.Api.Chat(777));
        Assert.Empty(bot.Api.Chat(BotHarness.CoordinatorId));
        Assert.DoesNotContain(bot.Api.Chat(group), m => m.Text?.Contains("Согласие", StringComparison.Ordinal) == true);
    }

    [Fact]
    public async Task A_message_sent_on_behalf_of_a_channel_gets_the_same_reply_and_changes_nothing()
    {
        await using var bot = await BotHarness.StartAsync();
        const long group = -1001234567890;
        const long channel = -1009876543210;

        bot.Api.SendAsChannel(group, channel, "/start");
        var reply = await bot.Api.WaitForMessageAsync(group, m => m.Text?.Contains(WritePrivately, StringComparison.Ordinal) == true);

        Assert.Empty(reply.AllButtons);
        AssertNothingStored(bot);
        Assert.Empty(bot.Api.Chat(channel));
    }

    private static void AssertNothingStored(BotHarness bot)
    {
        Assert.Equal(0, bot.Get<ParticipantRepository>().Count());
        Assert.Equal(0, bot.Get<Store>().Collection<Conversation>("conversations").Count());
    }
}
