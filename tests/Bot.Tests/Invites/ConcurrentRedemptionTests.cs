using SchoolSupport.Bot.Storage;
using SchoolSupport.Bot.Tests.Harness;
using SchoolSupport.Domain.Participants;

namespace SchoolSupport.Bot.Tests.Invites;

public sealed class ConcurrentRedemptionTests
{
    [Fact]
    public async Task Fifty_people_redeeming_one_single_use_code_at_once_give_exactly_one_success()
    {
        await using var bot = await BotHarness.StartAsync();
        bot.SeedDemoSchools();
        var coordinator = await bot.JoinCoordinatorAsync();
        var code = await coordinator.CreateInviteAsync("Учитель", "Верхняя Пышма", ["МАОУ «СОШ №7»"]);
        var people = Enumerable.Range(700, 50).Select(id => bot.User(id, "Учитель")).ToList();

        foreach (var p in people) bot.Api.SendText(p.Id, "/start " + code);
        await Task.WhenAll(people.Select(p => p.WaitFor("Согласие на обработку")));
        foreach (var p in people) p.Press("Согласен");
        await Task.WhenAll(people.Select(p => bot.Api.WaitUntilAsync(_ => p.Count("Как к вам обращаться?") + p.Count("уже использовано") == 1, what: $"user {p.Id} to get an answer")));

        Assert.Equal(1, people.Count(p => p.Count("Как к вам обращаться?") == 1));
        Assert.Equal(49, people.Count(p => p.Count("уже использовано") == 1));
        Assert.Equal(1, bot.Get<InviteRepository>().Get(code)!.Uses);
        Assert.Equal(1, bot.Get<ParticipantRepository>().All().Count(p => p.Has(Role.Teacher)));
    }
}
