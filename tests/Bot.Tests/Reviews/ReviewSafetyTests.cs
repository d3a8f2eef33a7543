using SchoolSupport.Bot.Features.Reviews;
using SchoolSupport.Bot.Tests.Harness;
using SchoolSupport.Domain.Reviews;

namespace SchoolSupport.Bot.Tests.Reviews;

/// <summary>Callback data is client-controlled: forged and stale presses change nothing and say why.</summary>
public sealed class ReviewSafetyTests
{
    [Fact]
    public async Task A_curator_of_another_school_cannot_decide_by_a_forged_press_and_neither_can_the_school()
    {
        await using var bot = await BotHarness.StartAsync();
        var (_, coordinator, curator, team) = await bot.CastAsync();
        var other = await bot.JoinWithCodeAsync(502, await coordinator.CreateInviteAsync("Куратор", "Верхняя Пышма", ["МАОУ «СОШ №9»"]), "Чужова Ольга Петровна");
        await coordinator.AssignAsync();
        await team.SubmitAsync("Диагностика", "Отчёт о самообследовании", "Самообследование.pdf", ReviewScenarios.Pdf);
        await curator.CardAsync();
        var id = bot.Only().Id;
        Assert.Empty(ReviewScenarios.Cards(other));

        var menu = other.Messages.Last(m => m.AllButtons.Count > 0);
        var answers = bot.Api.CallbackAnswers.Count;
        other.PressData(menu.MessageId, ReviewCallbacks.Accept(id, 1));
        await bot.Api.WaitUntilAsync(a => a.CallbackAnswers.Count > answers, what: "the forged accept to be answered");
        Assert.Contains("у вас нет прав решать по нему", bot.Api.CallbackAnswers[^1].Text, StringComparison.Ordinal);
        Assert.True(bot.Api.CallbackAnswers[^1].ShowAlert);

        other.PressData(menu.MessageId, ReviewCallbacks.Return(id, 1));
        await bot.Api.WaitUntilAsync(a => a.CallbackAnswers.Count > answers + 1, what: "the forged return to be answered");
        Assert.Contains("у вас нет прав решать по нему", bot.Api.CallbackAnswers[^1].Text, StringComparison.Ordinal);
        await other.Says("Принято, молодцы", "Выберите действие");

        var teamMenu = team.Messages.Last(m => m.AllButtons.Count > 0);
        team.PressData(teamMenu.MessageId, ReviewCallbacks.Accept(id, 1));
        await bot.Api.WaitUntilAsync(a => a.CallbackAnswers.Count > answers + 2, what: "the school's own accept to be answered");
        Assert.Contains("Нельзя проверять документ, который вы отправили сами", bot.Api.CallbackAnswers[^1].Text, StringComparison.Ordinal);

        other.PressData(menu.MessageId, ReviewCallbacks.History(id));
        await bot.Api.WaitUntilAsync(a => a.CallbackAnswers.Count > answers + 3, what: "the forged history press to be answered");
        Assert.Contains("нет доступа", bot.Api.CallbackAnswers[^1].Text, StringComparison.Ordinal);

        other.PressData(menu.MessageId, ReviewCallbacks.Accept("ffffffffff", 1));
        await bot.Api.WaitUntilAsync(a => a.CallbackAnswers.Count > answers + 4, what: "the unknown document press to be answered");
        Assert.Equal("Такого документа нет.", bot.Api.CallbackAnswers[^1].Text);

        var s = bot.Only();
        Assert.Equal(ReviewState.Submitted, s.State);
        Assert.Single(s.History);
        await other.Says("/reviews", "Документов на проверке нет");
    }

    [Fact]
    public async Task A_press_after_the_decision_says_it_was_decided_and_a_coordinator_in_scope_may_decide()
    {
        await using var bot = await BotHarness.StartAsync();
        var (_, coordinator, curator, team) = await bot.CastAsync();
        await coordinator.AssignAsync();
        await team.SubmitAsync("Диагностика", "Отчёт о самообследовании", "Самообследование.pdf", ReviewScenarios.Pdf);
        var card = await curator.CardAsync();

        var list = await coordinator.Says("/reviews", "На проверке: 1 документ");
        await coordinator.PressAndAnswerAsync(list, "Отчёт о самообследовании");
        var coordinatorCard = await coordinator.CardAsync();
        coordinator.PressData(coordinatorCard.MessageId, coordinatorCard.Button("Вернуть").CallbackData!);
        await coordinator.WaitFor("что нужно доработать");
        await coordinator.Says("Нет подписи директора", "возвращён на доработку");
        await team.WaitFor("Проверил(а): Огнивова Вера Геннадьевна");

        var stale = await curator.PressAndAnswerAsync(card, "✅ Принять");
        Assert.Contains("Документ уже возвращён на доработку", stale, StringComparison.Ordinal);
        Assert.Contains("Решение: Огнивова Вера Геннадьевна", stale, StringComparison.Ordinal);
        var staleReturn = await curator.PressAndAnswerAsync(card, "Вернуть");
        Assert.Contains("Документ уже возвращён на доработку", staleReturn, StringComparison.Ordinal);
        Assert.Equal(2, bot.Only().History.Count);
    }
}
