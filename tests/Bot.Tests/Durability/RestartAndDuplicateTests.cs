using SchoolSupport.Bot.Storage;
using SchoolSupport.Bot.Tests.Harness;
using SchoolSupport.Domain.Messaging;

namespace SchoolSupport.Bot.Tests.Durability;

public sealed class RestartAndDuplicateTests
{
    [Fact]
    public async Task A_restart_in_the_middle_of_onboarding_loses_nothing()
    {
        await using var bot = await BotHarness.StartAsync();
        bot.SeedDemoSchools();
        var coordinator = await bot.JoinCoordinatorAsync();
        var code = await coordinator.CreateInviteAsync("Учитель", "Верхняя Пышма", ["МАОУ «СОШ №7»"]);
        var teacher = bot.User(600);
        await teacher.Says("/start " + code, "Согласие на обработку");

        await bot.RestartAsync();
        await teacher.Presses("Согласен", "Как к вам обращаться?");
        await bot.RestartAsync();
        await teacher.Says("Перезапускова Ирина Олеговна", "Вы подключены: учитель");

        Assert.Equal("Перезапускова Ирина Олеговна", bot.Get<ParticipantRepository>().Find(new ChannelUser("telegram", 600))!.DisplayName);
    }

    [Fact]
    public async Task Updates_sent_while_the_bot_is_down_are_handled_after_it_comes_back()
    {
        await using var bot = await BotHarness.StartAsync();
        var coordinator = bot.User(BotHarness.CoordinatorId, "Вера");
        await bot.StopHostAsync();
        bot.Api.SendText(coordinator.Id, "/start");
        await bot.StartHostAsync();
        await coordinator.WaitFor("Согласие на обработку");
    }

    [Fact]
    public async Task A_re_delivered_update_has_exactly_one_effect()
    {
        await using var bot = await BotHarness.StartAsync();
        bot.SeedDemoSchools();
        var coordinator = await bot.JoinCoordinatorAsync();
        var code = await coordinator.CreateInviteAsync("Родитель", "Верхняя Пышма", ["МАОУ «СОШ №7»"], 6);
        var parent = bot.User(601);
        await parent.Says("/start " + code, "Согласие на обработку");
        var press = parent.Press("Согласен");
        await parent.WaitFor("Вы подключены");
        await bot.Api.WaitUntilAsync(a => a.ConfirmedOffset > press, what: "the press to be confirmed");

        bot.Api.RepeatUpdate(press);
        var marker = bot.Api.SendText(parent.Id, "/help");
        await parent.WaitFor("Что я умею");
        await bot.Api.WaitUntilAsync(a => a.ConfirmedOffset > marker, what: "the repeated update to be confirmed");

        Assert.Equal(1, parent.Count("Вы подключены"));
        Assert.Equal(1, bot.Get<InviteRepository>().Get(code)!.Uses);
        Assert.Equal(1, bot.Get<ParticipantRepository>().All().Count(p => p.Identities.Any(i => i.UserId == 601)));
    }
}
