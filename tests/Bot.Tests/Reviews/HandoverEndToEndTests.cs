using SchoolSupport.Bot.Features.Roadmaps;
using SchoolSupport.Bot.Storage;
using SchoolSupport.Domain.Messaging;
using SchoolSupport.Bot.Tests.Harness;
using SchoolSupport.Domain.Reviews;

namespace SchoolSupport.Bot.Tests.Reviews;

public sealed class HandoverEndToEndTests
{
    [Fact]
    public async Task A_coordinator_hands_an_away_curators_pending_reviews_to_another_curator_and_back()
    {
        await using var bot = await BotHarness.StartAsync();
        var (_, coordinator, curator, team) = await bot.CastAsync();
        var second = await bot.JoinWithCodeAsync(502, await coordinator.CreateInviteAsync("Куратор", "Верхняя Пышма", ["МАОУ «СОШ №9»"]), "Второва Елена Сергеевна");
        await coordinator.AssignAsync();
        await team.SubmitAsync("Диагностика", "Отчёт о самообследовании", "Самообследование.pdf", ReviewScenarios.Pdf);
        var oldCard = await curator.CardAsync();

        var wizard = await coordinator.Says("/handover", "Кто из кураторов отсутствует?");
        Assert.Contains(wizard.AllButtons, b => b.Text == $"{ReviewScenarios.CuratorName} — 1 школа, на проверке: 1");
        await coordinator.StepAsync(wizard.MessageId, ReviewScenarios.CuratorName);
        var done = await coordinator.StepAsync(wizard.MessageId, "Второва");
        Assert.Contains("Передано документов на проверке: 1", done, StringComparison.Ordinal);

        await team.WaitFor("Документы школы МАОУ «СОШ №7» теперь проверяет куратор Второва Елена Сергеевна");
        await second.WaitFor($"передал вам проверки куратора {ReviewScenarios.CuratorName}");
        await curator.WaitFor("На время вашего отсутствия документы школ (МАОУ «СОШ №7») проверяет Второва Елена Сергеевна");
        Assert.Equal("Второва Елена Сергеевна", bot.Get<SchoolSupport.Bot.Features.Reviews.ReviewCards>().Name(bot.Only().ReviewerId));
        Assert.Equal(ReviewEventKind.HandedOver, bot.Only().History[^1].Kind);

        Assert.Contains("передана другому куратору", await curator.PressAndAnswerAsync(oldCard, "✅ Принять"), StringComparison.Ordinal);
        var list = await second.Says("/reviews", "На проверке: 1 документ");
        await second.PressAndAnswerAsync(list, "Отчёт о самообследовании");
        var card = await second.CardAsync();
        await second.PressAndAnswerAsync(card, "✅ Принять");
        await team.WaitFor("Проверил(а): Второва Елена Сергеевна");

        // New documents of the school go to the replacement while the curator is away.
        await team.SubmitAsync("Диагностика", "Рисковый профиль", "Риски.pdf", ReviewScenarios.Pdf);
        await second.CardAsync(2);
        Assert.Single(ReviewScenarios.Cards(curator));

        // The curator is back: their school returns to them with its pending review.
        var back = await coordinator.Says("/handover", "Кто из кураторов отсутствует?");
        var text = await coordinator.StepAsync(back.MessageId, $"{ReviewScenarios.CuratorName}: вернуть проверки");
        Assert.Contains($"Проверки школ снова у куратора {ReviewScenarios.CuratorName}", text, StringComparison.Ordinal);
        await team.WaitFor($"Документы школы МАОУ «СОШ №7» теперь проверяет куратор {ReviewScenarios.CuratorName}");
        Assert.Null(Assert.Single(bot.Get<AssignmentRepository>().All()).ReviewerId);
        var pending = bot.All().Single(s => s.State == ReviewState.Submitted);
        Assert.Equal(bot.Get<ParticipantRepository>().Find(new ChannelUser("telegram", curator.Id))!.Id, pending.ReviewerId);
        await curator.Says("/reviews", "На проверке: 1 документ");
    }
}
