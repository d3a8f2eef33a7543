using SchoolSupport.Bot.Features.Questionnaires;
using SchoolSupport.Bot.Storage;
using SchoolSupport.Bot.Tests.Delivery;
using SchoolSupport.Bot.Tests.Harness;
using SchoolSupport.Bot.Tests.Reviews;
using SchoolSupport.Domain.Campaigns;
using static SchoolSupport.Bot.Tests.Questionnaires.CampaignScenarios;

namespace SchoolSupport.Bot.Tests.Questionnaires;

public sealed class CampaignSchoolsTests
{
    [Fact]
    public async Task A_coordinator_opens_one_campaign_for_all_schools_of_a_municipality_each_with_its_own_links()
    {
        await using var bot = await BotHarness.StartAsync();
        var cast = await bot.CastAsync();
        var coordinator = cast.Coordinator;

        var list = await coordinator.Says("/campaign", "📋 Анкетирование");
        var id = list.MessageId;
        Assert.Contains("Анкетирование: выберите муниципалитет.", await coordinator.StepAsync(id, "Новое анкетирование"), StringComparison.Ordinal);
        await coordinator.StepAsync(id, "Верхняя Пышма");
        Assert.Contains("Выбрать все (12)", coordinator.Messages.Single(m => m.MessageId == id).AllButtons.Select(b => b.Text), StringComparer.Ordinal);
        await coordinator.StepAsync(id, "Выбрать все");
        await coordinator.StepAsync(id, "Готово");
        await coordinator.StepAsync(id, Parents);
        await coordinator.StepAsync(id, "Готово");
        await coordinator.StepAsync(id, "6 и 9 классы");
        Assert.Contains("До какого дня", await coordinator.StepAsync(id, "Завтра"), StringComparison.Ordinal);
        Assert.Equal(CampaignTexts.ClosesBeforeOpening, await coordinator.Types("26.11"));
        Assert.Equal(CampaignTexts.BadDate, await coordinator.Types("к концу месяца"));
        var confirm = await coordinator.Types("10.12");
        Assert.Contains("Ответы принимаются с 27 ноября по 10 декабря", confirm, StringComparison.Ordinal);
        Assert.Contains("Группы: родители 6 класса, родители 9 класса", confirm, StringComparison.Ordinal);
        var done = await coordinator.Presses("Открыть анкетирование", "Анкетирование открыто в 12 школах");

        var campaigns = bot.Get<CampaignRepository>().ForSchools(bot.Get<SchoolRepository>().All().Select(s => s.Id));
        Assert.Equal(12, campaigns.Count);
        Assert.Single(campaigns.Select(c => c.BatchId).Distinct());
        Assert.All(campaigns, c => Assert.Equal(["p6", "p9"], c.Links.Select(l => l.GroupKey)));
        Assert.Equal(24, campaigns.SelectMany(c => c.Links).Select(l => l.InviteCode).Distinct().Count());
        Assert.All(campaigns, c => Assert.Equal(CampaignState.Scheduled, CampaignRules.StateAt(c, bot.Time.GetUtcNow().UtcDateTime)));
        Assert.Equal(13, done.AllButtons.Count);

        // The curator sees the school they curate only.
        var line = (await cast.Curator.Says("/campaign", "📋 Анкетирование")).Text!;
        Assert.Contains(School, line, StringComparison.Ordinal);
        Assert.Contains("ещё не началось", line, StringComparison.Ordinal);
        Assert.DoesNotContain("СОШ №1»", line, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_child_joins_by_the_link_of_a_parents_consent_answers_and_the_team_closes_the_campaign_early()
    {
        await using var bot = await BotHarness.StartAsync();
        var cast = await bot.CastAsync();
        var team = cast.Team;
        var c = await team.OpenCampaignAsync(bot, [Parents, Students], studentLinks: false);
        Assert.Equal(["p9"], c.Links.Select(l => l.GroupKey));
        Assert.DoesNotContain(team.Messages, m => m.Text?.StartsWith("🔗 Обучающиеся", StringComparison.Ordinal) == true);

        var parent = await bot.JoinWithCodeAsync(301, team.LinkCode("Родители 9 класса"), null);
        await parent.Says("/child", "Согласие родителя");
        await parent.Presses("Даю согласие", "?start=");
        var child = await bot.JoinWithCodeAsync(401, parent.LastInviteCode(), null);
        await bot.RunCampaignJobAsync();
        await child.WaitFor("проводит анкетирование");
        await child.Starts(Students);
        await child.Answers("Да");

        var list = await team.Says("/campaign", "📋 Анкетирование");
        await team.StepAsync(list.MessageId, School);
        await team.Presses("Закрыть досрочно", "Закрыть анкетирование сейчас?");
        Assert.Contains("Анкетирование закрыто.", await team.StepAsync(team.Messages[^1].MessageId, "Да, закрыть сейчас"), StringComparison.Ordinal);

        var screen = child.Screen();
        Assert.Equal(FillingTexts.Closed("26 ноября"), await child.PressesData(screen.MessageId, screen.Button("Да").CallbackData!));
        await bot.RunCampaignJobAsync();
        await bot.RunDeliveryUntilAsync(() => team.Count("завершено 26 ноября") > 0, "the final summary");
        var draft = Assert.Single(bot.All<Draft>("questionnaire_drafts"));
        Assert.True(draft.Emptied);
        Assert.Empty(draft.Answers); // a student's answers do not outlive the campaign in a draft tied to them
        Assert.Equal(1, draft.AnsweredCount);
        Assert.Empty(bot.All<AnswerSheet>("answer_sheets"));
    }
}
