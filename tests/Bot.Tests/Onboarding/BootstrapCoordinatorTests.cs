using SchoolSupport.Bot.Storage;
using SchoolSupport.Bot.Tests.Harness;
using SchoolSupport.Domain.Messaging;
using SchoolSupport.Domain.Participants;

namespace SchoolSupport.Bot.Tests.Onboarding;

public sealed class BootstrapCoordinatorTests
{
    [Theory]
    [InlineData("telegram")]
    [InlineData("max")]
    public async Task A_configured_coordinator_consents_gives_a_name_and_gets_the_coordinator_menu(string channel)
    {
        await using var bot = await BotHarness.StartAsync(channel);
        var coordinator = bot.User(BotHarness.CoordinatorId, "Вера", "Огнивова");

        await coordinator.Says("/start", "Согласие на обработку персональных данных");
        Assert.Null(bot.Get<ParticipantRepository>().Find(new ChannelUser(channel, BotHarness.CoordinatorId)));

        await coordinator.Presses("Согласен", "Как к вам обращаться?");
        var menu = await coordinator.Says("Огнивова Вера Геннадьевна", "Вы подключены: координатор");

        Assert.Contains(menu.AllButtons, b => b.Text.Contains("Пригласить", StringComparison.Ordinal));
        var me = bot.Get<ParticipantRepository>().Find(new ChannelUser(channel, BotHarness.CoordinatorId));
        Assert.NotNull(me);
        Assert.Equal("Огнивова Вера Геннадьевна", me.DisplayName);
        Assert.True(me.Has(Role.Coordinator));
        var consent = Assert.Single(me.Consents);
        Assert.Equal(ConsentKind.PersonalData, consent.Kind);
        Assert.Equal("consent-personal-data-v1", consent.TextVersion);
        Assert.Equal(BotHarness.Start.UtcDateTime, consent.GivenAtUtc);
        if (channel == "telegram")
        {
            await bot.Api.WaitUntilAsync(a => a.Commands.ContainsKey($"chat:{BotHarness.CoordinatorId}"), what: "the coordinator's command menu");
            Assert.Contains(bot.Api.Commands[$"chat:{BotHarness.CoordinatorId}"], c => c.Command == "invite");
            Assert.All(bot.Api.CallbackAnswers, a => Assert.False(string.IsNullOrEmpty(a.CallbackQueryId)));
        }
        else
        {
            // No command menu in MAX: every later message without buttons carries the «Меню» button instead.
            var unknown = await coordinator.Says("/abracadabra", "Не знаю команду");
            Assert.Equal("☰ Меню", Assert.Single(unknown.AllButtons).Text);
            await coordinator.Presses("☰ Меню", "Главное меню");
            Assert.DoesNotContain(bot.MaxApi.Calls, c => c.Method.Contains("commands", StringComparison.Ordinal));
        }
    }

    [Theory]
    [InlineData("telegram")]
    [InlineData("max")]
    public async Task Someone_not_configured_and_without_an_invite_is_told_how_to_join_and_nothing_is_stored(string channel)
    {
        await using var bot = await BotHarness.StartAsync(channel);
        var stranger = bot.User(555);

        await stranger.Says("/start", "Бот работает по приглашениям");
        await stranger.Says("/invite", "Сначала нужно подключиться");
        await stranger.Says("/schools", "Сначала нужно подключиться");

        Assert.Equal(0, bot.Get<ParticipantRepository>().Count());
    }
}
