using SchoolSupport.Bot.Tests.Harness;
using SchoolSupport.Domain.Participants;
using static SchoolSupport.Bot.Tests.Events.EventScenarios;

namespace SchoolSupport.Bot.Tests.Events;

public sealed class EventScheduleTests
{
    [Fact]
    public async Task A_scheduled_announcement_goes_out_only_when_its_time_comes()
    {
        await using var bot = await BotHarness.StartAsync();
        bot.SeedDemoSchools();
        var coordinator = await bot.JoinCoordinatorAsync();
        bot.AddPerson(201, Role.Teacher, PyshmaSchool, "Уральцева Анна Петровна");
        var teacher = bot.User(201);

        await coordinator.DraftEventAsync();
        await coordinator.Presses("Отправить позже", "Когда отправить анонс?");
        await coordinator.Says("27.11 16:00", "Анонс должен уйти раньше начала");
        await coordinator.Says("26.11 18:00", "Анонс будет отправлен 26 ноября (чт) в 18:00");

        await bot.RunEventJobAsync();
        bot.AdvanceTo(new DateTime(2026, 11, 26, 14, 59, 0, DateTimeKind.Utc));
        await bot.RunEventJobAsync();
        Assert.Equal(0, teacher.Count(Title));

        bot.AdvanceTo(new DateTime(2026, 11, 26, 15, 0, 0, DateTimeKind.Utc)); // 18:00 in Moscow
        await bot.RunEventJobAsync();
        var announcement = await teacher.WaitFor(Title);
        Assert.Contains("27 ноября (пт) в 17:00", announcement.Text, StringComparison.Ordinal);
        await bot.RunEventJobAsync();
        Assert.Equal(1, teacher.Count(Title));
    }

    [Fact]
    public async Task A_scheduled_announcement_the_bot_was_down_for_until_the_start_is_reported_not_sent()
    {
        await using var bot = await BotHarness.StartAsync();
        bot.SeedDemoSchools();
        var coordinator = await bot.JoinCoordinatorAsync();
        bot.AddPerson(201, Role.Teacher, PyshmaSchool, "Уральцева Анна Петровна");

        await coordinator.DraftEventAsync();
        await coordinator.Presses("Отправить позже", "Когда отправить анонс?");
        await coordinator.Says("26.11 18:00", "Анонс будет отправлен");
        await bot.StopHostAsync();
        bot.AdvanceTo(new DateTime(2026, 11, 27, 12, 30, 0, DateTimeKind.Utc));
        await bot.StartHostAsync();
        await bot.RunEventJobAsync();

        await coordinator.WaitFor("не был отправлен: мероприятие уже началось");
        Assert.Equal(0, bot.User(201).Count(Title));
    }
}
