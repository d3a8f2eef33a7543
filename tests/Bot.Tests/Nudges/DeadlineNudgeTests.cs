using SchoolSupport.Bot.Tests.Status;
using static SchoolSupport.Bot.Tests.Nudges.NudgeCast;

namespace SchoolSupport.Bot.Tests.Nudges;

public sealed class DeadlineNudgeTests
{
    [Fact]
    public async Task The_school_team_is_reminded_before_on_the_day_and_when_overdue_outside_quiet_hours_once_each_across_restarts_and_downtime()
    {
        var cast = await StartAsync();
        await using var bot = cast.Bot;
        bot.Assign(StatusWorld.School7, 2026); // «Этап 2» is due 30 November; earlier stages were overdue before it was assigned

        await bot.RunNudgesAsync();
        var first = await cast.Team.WaitFor(Deadlines);
        Assert.Equal(
            "⏰ Сроки дорожной карты\n\n" +
            "🏫 МАОУ «СОШ №7», Дорожная карта «500+», 2026\n" +
            "• Этап 2 — до 30 ноября 2026 (через 4 дня)\n" +
            "  Осталось отправить: 1 документ\n" +
            "  ▫️ Подтверждающие документы\n\n" +
            "Отправить документ: /submit · статус школы: /status", first.Text);
        Assert.NotNull(first.Button("Отправить документ").CallbackData);
        await bot.RestartAsync();
        await bot.RunNudgesAsync();
        Assert.Equal(1, cast.Team.Count(Deadlines));

        bot.AdvanceTo(Utc(11, 29, 17, 0)); // 22:00 there, the day before: quiet hours, nothing goes out
        await bot.RunNudgesAsync();
        bot.AdvanceTo(Utc(11, 30, 3, 30)); // 08:30: quiet hours are over, the digest hour has not come
        await bot.RunNudgesAsync();
        Assert.Equal(1, cast.Team.Count(Deadlines));
        bot.AdvanceTo(Utc(11, 30, 4, 0));
        await bot.RunNudgesAsync();
        Assert.Contains("• Этап 2 — до 30 ноября 2026 (сегодня последний день)", (await cast.Team.WaitFor(Deadlines, 2)).Text, StringComparison.Ordinal);

        // Down from the 1st to the 3rd: the overdue notice comes once the bot is back, once.
        await bot.StopHostAsync();
        bot.AdvanceTo(Utc(12, 3, 5, 0));
        await bot.StartHostAsync();
        await bot.RunNudgesAsync();
        var overdue = await cast.Team.WaitFor(Deadlines, 3);
        Assert.Contains("⚠️ Этап 2 — просрочено: срок был 30 ноября 2026 (3 дня назад)", overdue.Text, StringComparison.Ordinal);
        await bot.RestartAsync();
        await bot.RunNudgesAsync();
        bot.AdvanceTo(Utc(12, 4, 5, 0));
        await bot.RunNudgesAsync();
        Assert.Equal(3, cast.Team.Count(Deadlines));
        Assert.Equal(0, cast.Curator.Count(Deadlines));
        Assert.DoesNotContain(cast.Team.Messages, m => m.Text?.Contains("Взаимоэкспертиза", StringComparison.Ordinal) == true);
    }
}
