using SchoolSupport.Bot.Storage;
using SchoolSupport.Bot.Tests.Harness;
using SchoolSupport.Domain.Messaging;

namespace SchoolSupport.Bot.Tests.Invites;

public sealed class ButtonSafetyTests
{
    [Fact]
    public async Task A_forged_revoke_press_from_someone_without_rights_changes_nothing_and_says_why()
    {
        await using var bot = await BotHarness.StartAsync();
        bot.SeedDemoSchools();
        var coordinator = await bot.JoinCoordinatorAsync();
        var target = await coordinator.CreateInviteAsync("Куратор", "Верхняя Пышма", ["МАОУ «СОШ №7»"]);
        var teacherCode = await coordinator.CreateInviteAsync("Учитель", "Верхняя Пышма", ["МАОУ «СОШ №9»"]);
        var teacher = await bot.JoinWithCodeAsync(800, teacherCode, "Хитрова Алла Петровна");
        var menu = teacher.Messages.Last(m => m.AllButtons.Count > 0);

        var answers = bot.Api.CallbackAnswers.Count;
        teacher.PressData(menu.MessageId, CallbackData.Of("iv", "rv", target).Pack());
        await bot.Api.WaitUntilAsync(a => a.CallbackAnswers.Count > answers, what: "the forged press to be answered");
        Assert.Equal("У вас нет прав на это действие.", bot.Api.CallbackAnswers[^1].Text);
        Assert.Null(bot.Get<InviteRepository>().Get(target)!.RevokedAtUtc);

        teacher.PressData(menu.MessageId, "zz:garbage:" + new string('x', 40));
        await bot.Api.WaitUntilAsync(a => a.CallbackAnswers.Count > answers + 1, what: "the garbage press to be answered");
        Assert.Contains("больше не действует", bot.Api.CallbackAnswers[^1].Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_button_from_an_earlier_wizard_step_is_stale()
    {
        await using var bot = await BotHarness.StartAsync();
        bot.SeedDemoSchools();
        var coordinator = await bot.JoinCoordinatorAsync();
        var wizard = await coordinator.Says("/invite", "Кого вы приглашаете?");
        var oldTeacherButton = wizard.Button("Учитель").CallbackData!;
        await coordinator.StepAsync(wizard.MessageId, "Учитель");

        var answers = bot.Api.CallbackAnswers.Count;
        coordinator.PressData(wizard.MessageId, oldTeacherButton);
        await bot.Api.WaitUntilAsync(a => a.CallbackAnswers.Count > answers, what: "the stale press to be answered");
        Assert.Contains("больше не действует", bot.Api.CallbackAnswers[^1].Text, StringComparison.Ordinal);
        Assert.True(bot.Api.CallbackAnswers[^1].ShowAlert);
    }

    [Fact]
    public async Task Every_press_is_answered_and_unknown_commands_get_a_hint()
    {
        await using var bot = await BotHarness.StartAsync();
        bot.SeedDemoSchools();
        var coordinator = await bot.JoinCoordinatorAsync();
        await coordinator.Says("/frobnicate", "Не знаю команду /frobnicate");
        await coordinator.Says("просто текст", "Выберите действие в меню");
        await coordinator.Presses("Мой профиль", "Ваш профиль");
        await coordinator.Presses("В меню", "Главное меню");
        var presses = bot.Api.Calls.Count(c => c.Method == "answerCallbackQuery");
        Assert.True(presses >= 2);
        await bot.Api.WaitUntilAsync(a => a.CallbackAnswers.Count == a.Calls.Count(c => c.Method == "answerCallbackQuery"), what: "every press answered");
        Assert.DoesNotContain(bot.Api.Calls, c => c.StatusCode >= 400 && c.Method != "getUpdates");
        Assert.NotNull(bot.Get<ParticipantRepository>().Find(new ChannelUser("telegram", BotHarness.CoordinatorId)));
    }
}
