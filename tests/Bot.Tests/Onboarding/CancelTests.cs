using SchoolSupport.Bot.Tests.Harness;

namespace SchoolSupport.Bot.Tests.Onboarding;

public sealed class CancelTests
{
    [Fact]
    public async Task Cancel_leaves_a_wizard_and_later_text_is_not_taken_for_a_wizard_answer()
    {
        await using var bot = await BotHarness.StartAsync();
        bot.SeedDemoSchools();
        var coordinator = await bot.JoinCoordinatorAsync();
        var wizard = await coordinator.Says("/invite", "Кого вы приглашаете?");
        await coordinator.Says("Учитель", "Выберите вариант кнопкой выше");

        await coordinator.Says("/cancel", "Действие отменено");
        await coordinator.Says("Учитель", "Выберите действие в меню");
        await coordinator.Says("/cancel", "Сейчас нечего отменять");

        var answers = bot.Api.CallbackAnswers.Count;
        coordinator.PressData(wizard.MessageId, wizard.Button("Учитель").CallbackData!);
        await bot.Api.WaitUntilAsync(a => a.CallbackAnswers.Count > answers, what: "the press after /cancel to be answered");
        Assert.Contains("больше не действует", bot.Api.CallbackAnswers[^1].Text, StringComparison.Ordinal);
    }
}
