using SchoolSupport.Bot.Features.Roadmaps;
using SchoolSupport.Bot.Storage;
using SchoolSupport.Bot.Tests.Harness;
using SchoolSupport.Bot.Tests.Reviews;

namespace SchoolSupport.Bot.Tests.Roadmaps;

public sealed class RoadmapEndToEndTests
{
    [Fact]
    public async Task Moving_a_deadline_for_a_municipality_tells_every_affected_school_team_in_its_own_zone()
    {
        await using var bot = await BotHarness.StartAsync();
        var (_, coordinator, _, team) = await bot.CastAsync();
        var team9 = await bot.JoinWithCodeAsync(602, await coordinator.CreateInviteAsync("Школьная команда", "Верхняя Пышма", ["МАОУ «СОШ №9»"]), "Завучева Ольга Ивановна");
        await coordinator.AssignAsync("«500+»", "2027", ReviewScenarios.School, "МАОУ «СОШ №9»");
        await team9.WaitFor("Новая дорожная карта для школы МАОУ «СОШ №9»");

        var menu = await coordinator.Says("/roadmap", "Верхняя Пышма: Дорожная карта «500+», 2027 — 2 школы");
        await coordinator.StepAsync(menu.MessageId, "Перенести срок");
        await coordinator.StepAsync(menu.MessageId, "Все школы муниципалитета");
        var ask = await coordinator.StepAsync(menu.MessageId, "Концептуальные документы");
        Assert.Contains("сейчас срок — до 30 марта 2027", ask, StringComparison.Ordinal);

        await coordinator.Says("31.02.2027", "Не понял дату");
        await coordinator.Says("завтра", "Не понял дату");
        await coordinator.Says("01.11.2026", "Эта дата уже прошла");
        await coordinator.Says("15.04.2027", "перенесён на 15 апреля 2027: 2 школы");

        foreach (var t in new[] { team, team9 })
            await t.WaitFor("Изменён срок этапа «Концептуальные документы» (Дорожная карта «500+», ");
        Assert.Contains("было до 30 марта 2027, стало до 15 апреля 2027", team.Messages[^1].Text, StringComparison.Ordinal);
        var all = bot.Get<AssignmentRepository>().All();
        Assert.All(all, a => Assert.Equal(new DateTime(2027, 4, 15, 19, 0, 0, DateTimeKind.Utc), a.DeadlineOf("concept-docs")!.DueUtc));
        Assert.All(all, a => Assert.Single(a.DeadlineChanges));
    }

    [Fact]
    public async Task Moving_a_deadline_for_one_school_uses_that_schools_zone_and_tells_only_it()
    {
        await using var bot = await BotHarness.StartAsync();
        var (_, coordinator, _, team) = await bot.CastAsync();
        var kotelnikovo = await bot.JoinWithCodeAsync(603, await coordinator.CreateInviteAsync("Школьная команда", "Котельниковский", ["МКОУ Семиченская СШ"]), "Семиченская Анна");
        await coordinator.AssignAsync();
        var menu = await coordinator.Says("/roadmap", "Дорожные карты");
        await coordinator.StepAsync(menu.MessageId, "Назначить дорожную карту");
        await coordinator.StepAsync(menu.MessageId, "Муниципальная программа");
        await coordinator.StepAsync(menu.MessageId, "Котельниковский");
        await coordinator.StepAsync(menu.MessageId, "2027 год");
        await coordinator.StepAsync(menu.MessageId, "Все школы");
        await coordinator.StepAsync(menu.MessageId, "✅ Назначить");
        var told = await kotelnikovo.WaitFor("Новая дорожная карта для школы МКОУ Семиченская СШ: Муниципальная программа поддержки ШНОР (план мероприятий), 2027 год");
        Assert.Contains("• 3.1. Школьная «Дорожная карта» по устранению низких результатов — до 28 февраля 2027", told.Text, StringComparison.Ordinal);
        Assert.Contains("(отвечает: координатор)", told.Text, StringComparison.Ordinal);

        var move = await coordinator.Says("/roadmap", "Дорожные карты");
        await coordinator.StepAsync(move.MessageId, "Перенести срок");
        await coordinator.StepAsync(move.MessageId, "Котельниковский");
        await coordinator.StepAsync(move.MessageId, "МКОУ Семиченская СШ");
        await coordinator.StepAsync(move.MessageId, "3.1.");
        await coordinator.Says("10.03.2027", "перенесён на 10 марта 2027: 1 школа");
        await kotelnikovo.WaitFor("было до 28 февраля 2027, стало до 10 марта 2027");

        var school = bot.Get<SchoolRepository>().All().Single(s => s.Name == "МКОУ Семиченская СШ");
        var a = Assert.Single(bot.Get<AssignmentRepository>().ForSchool(school.Id));
        Assert.Equal(new DateTime(2027, 3, 10, 21, 0, 0, DateTimeKind.Utc), a.DeadlineOf("m3-1")!.DueUtc);
        Assert.DoesNotContain(team.Messages, m => m.Text?.Contains("Изменён срок", StringComparison.Ordinal) == true);
    }

    [Fact]
    public async Task Only_coordinators_use_roadmap_and_a_school_is_not_given_the_same_roadmap_twice()
    {
        await using var bot = await BotHarness.StartAsync();
        var (_, coordinator, curator, team) = await bot.CastAsync();
        await team.Says("/roadmap", "Дорожные карты назначают координаторы");
        await curator.Says("/handover", "Передавать проверки могут координаторы");

        await coordinator.AssignAsync();
        var again = await coordinator.AssignAsync();

        Assert.Contains("2027 год — 0 школ", again, StringComparison.Ordinal);
        Assert.Contains("Уже была назначена: МАОУ «СОШ №7»", again, StringComparison.Ordinal);
        Assert.Single(bot.Get<AssignmentRepository>().All());
        Assert.Equal(1, team.Count("Новая дорожная карта"));
    }
}
