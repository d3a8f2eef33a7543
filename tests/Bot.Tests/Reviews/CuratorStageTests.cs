using SchoolSupport.Bot.Tests.Harness;
using SchoolSupport.Domain.Reviews;

namespace SchoolSupport.Bot.Tests.Reviews;

/// <summary>Stages whose documents a curator sends (экспертный лист): a coordinator of the municipality reviews them.</summary>
public sealed class CuratorStageTests
{
    [Fact]
    public async Task A_curator_sends_the_expert_sheet_and_the_coordinator_accepts_it_which_completes_the_stage()
    {
        await using var bot = await BotHarness.StartAsync();
        var (_, coordinator, curator, team) = await bot.CastAsync();
        await coordinator.AssignAsync();

        var wizard = await curator.Says("/submit", "Выберите этап");
        Assert.Equal(["▫️ Экспертиза — до 20 мая 2027 (0/1)"], wizard.AllButtons.Select(b => b.Text));
        await team.Says("/submit", "Выберите этап");
        Assert.DoesNotContain(team.Messages[^1].AllButtons, b => b.Text.Contains("Экспертиза", StringComparison.Ordinal));

        await curator.StepAsync(wizard.MessageId, "Экспертиза");
        await curator.StepAsync(wizard.MessageId, "Экспертный лист");
        await curator.SendsFile("Экспертный лист.pdf", ReviewScenarios.Pdf, "получен", "application/pdf");
        var sent = await curator.Says("Концепция соответствует требованиям", "отправлен на проверку");
        Assert.Contains("Документ проверяет координатор: Огнивова Вера Геннадьевна.", sent.Text, StringComparison.Ordinal);

        var card = await coordinator.CardAsync();
        Assert.Equal(ReviewScenarios.Pdf, card.FileContent);
        Assert.Empty(ReviewScenarios.Cards(curator));
        await coordinator.PressAndAnswerAsync(card, "✅ Принять");
        await curator.WaitFor("Этап «Экспертиза» (МАОУ «СОШ №7») завершён");
        Assert.Equal(ReviewState.Accepted, bot.Only().State);
    }
}
