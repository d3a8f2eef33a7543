using SchoolSupport.Bot.Features.Events;
using SchoolSupport.Bot.Tests.Harness;
using SchoolSupport.Domain.Participants;
using static SchoolSupport.Bot.Tests.Events.EventScenarios;

namespace SchoolSupport.Bot.Tests.Events;

public sealed class EventReminderTests
{
    private const string Reminder = "Напоминание";

    [Fact]
    public async Task Reminders_24_h_and_1_h_before_reach_yes_and_unanswered_in_their_own_zone_never_no()
    {
        await using var bot = await BotHarness.StartAsync();
        bot.SeedDemoSchools();
        var coordinator = await bot.JoinCoordinatorAsync();
        bot.AddPerson(201, Role.Teacher, PyshmaSchool, "Уральцева Анна Петровна");
        bot.AddPerson(202, Role.Teacher, KotelnikovoSchool, "Волжская Ирина Олеговна");
        bot.AddPerson(203, Role.Parent, PyshmaSchool, null);
        bot.AddPerson(204, Role.Teacher, KotelnikovoSchool, "Занятая Мария Львовна");
        var (ural, volga, parent, busy) = (bot.User(201), bot.User(202), bot.User(203), bot.User(204));

        var e = await bot.AnnounceAsync(coordinator);
        Assert.Contains("27 ноября (пт) в 17:00 (по вашему времени)", ural.With(Title)[0].Text, StringComparison.Ordinal);
        Assert.Contains("27 ноября (пт) в 15:00 (по вашему времени)", volga.With(Title)[0].Text, StringComparison.Ordinal);
        await ural.Presses("Буду", "Ваш ответ: ✅ Буду");
        await busy.Presses("Не смогу", "Ваш ответ: ❌ Не смогу");

        bot.AdvanceTo(e.StartUtc.AddHours(-24).AddMinutes(-1));
        await bot.RunEventJobAsync();
        Assert.Equal(0, ural.Count(Reminder));

        bot.AdvanceTo(e.StartUtc.AddHours(-24));
        await bot.RunEventJobAsync();
        Assert.Contains("завтра в 17:00", (await ural.WaitFor(Reminder)).Text, StringComparison.Ordinal);
        var volgaReminder = await volga.WaitFor(Reminder);
        Assert.Contains("завтра в 15:00", volgaReminder.Text, StringComparison.Ordinal);
        Assert.Contains(Link, volgaReminder.Text, StringComparison.Ordinal);
        Assert.Equal(Link, volgaReminder.Button("Подключиться").Url);
        Assert.NotNull(volgaReminder.Button("Буду").CallbackData); // not answered yet: the answer buttons come again
        Assert.DoesNotContain(ural.With(Reminder)[0].AllButtons, b => b.Text.Contains("Буду", StringComparison.Ordinal));
        await parent.WaitFor(Reminder);

        bot.AdvanceTo(e.StartUtc.AddHours(-1));
        await bot.RunEventJobAsync();
        await ural.WaitFor(Reminder, 2);
        Assert.Contains("через час (в 17:00)", ural.With(Reminder)[1].Text, StringComparison.Ordinal);
        Assert.Contains("через час (в 15:00)", (await volga.WaitFor(Reminder, 2)).Text, StringComparison.Ordinal);
        await parent.WaitFor(Reminder, 2);

        bot.AdvanceTo(e.StartUtc.AddMinutes(10));
        await bot.RunEventJobAsync();
        Assert.Equal(0, busy.Count(Reminder));
        Assert.All(new[] { ural, volga, parent }, u => Assert.Equal(2, u.Count(Reminder)));
    }

    [Fact]
    public async Task A_reminder_held_by_quiet_hours_counts_the_time_from_when_it_arrives()
    {
        await using var bot = await BotHarness.StartAsync();
        bot.SeedDemoSchools();
        var coordinator = await bot.JoinCoordinatorAsync();
        bot.AddPerson(201, Role.Teacher, PyshmaSchool, "Уральцева Анна Петровна");
        var teacher = bot.User(201);
        var e = await bot.AnnounceAsync(coordinator, start: "27.11 06:30"); // 08:30 in Верхняя Пышма (UTC+5)
        await teacher.Presses("Буду", "Ваш ответ: ✅ Буду");

        bot.AdvanceTo(e.StartUtc.AddHours(-1)); // 07:30 there: quiet hours until 08:00
        await bot.RunEventJobAsync();
        Assert.Equal(0, teacher.Count(Reminder));

        bot.AdvanceTo(e.StartUtc.AddMinutes(-30));
        await bot.DeliveredAsync();
        var reminder = await teacher.WaitFor(Reminder);
        Assert.Contains("через 30 минут (в 08:30)", reminder.Text, StringComparison.Ordinal);
        Assert.Equal(1, teacher.Count(Reminder));
    }

    [Fact]
    public async Task A_restart_between_job_runs_neither_repeats_nor_misses_a_reminder()
    {
        await using var bot = await BotHarness.StartAsync();
        bot.SeedDemoSchools();
        var coordinator = await bot.JoinCoordinatorAsync();
        bot.AddPerson(201, Role.Teacher, PyshmaSchool, "Уральцева Анна Петровна");
        var teacher = bot.User(201);
        var e = await bot.AnnounceAsync(coordinator);

        bot.AdvanceTo(e.StartUtc.AddHours(-24));
        await bot.RunEventJobAsync();
        await teacher.WaitFor(Reminder);
        await bot.RestartAsync();
        await bot.RunEventJobAsync();
        await bot.RunEventJobAsync();
        Assert.Equal(1, teacher.Count(Reminder));

        // Down across the 1 h mark: the reminder comes once the bot is back, once.
        await bot.StopHostAsync();
        bot.AdvanceTo(e.StartUtc.AddMinutes(-50));
        await bot.StartHostAsync();
        await bot.RunEventJobAsync();
        await teacher.WaitFor(Reminder, 2);
        Assert.Contains("через 50 минут (в 17:00)", teacher.With(Reminder)[1].Text, StringComparison.Ordinal);
        await bot.RestartAsync();
        await bot.RunEventJobAsync();
        Assert.Equal(2, teacher.Count(Reminder));

        bot.AdvanceTo(e.EndsAtUtc());
        await bot.RunEventJobAsync();
        await teacher.WaitFor("Были на мероприятии?");
        await bot.RestartAsync();
        await bot.RunEventJobAsync();
        Assert.Equal(1, teacher.Count("Были на мероприятии?"));
    }

    [Theory]
    [InlineData("telegram")]
    [InlineData("max")]
    public async Task Only_recipients_answer_and_late_or_foreign_presses_are_explained(string channel)
    {
        await using var bot = await BotHarness.StartAsync(channel);
        bot.SeedDemoSchools();
        var coordinator = await bot.JoinCoordinatorAsync();
        bot.AddPerson(201, Role.Teacher, PyshmaSchool, "Уральцева Анна Петровна");
        var e = await bot.AnnounceAsync(coordinator);
        bot.AddPerson(205, Role.Teacher, PyshmaSchool, "Пришедшая Позже Анна");
        var stranger = bot.User(205);
        var menu = await stranger.Says("/menu", "Главное меню");

        stranger.PressData(menu.MessageId, EventCallbacks.Rsvp(e.Id, true));
        await bot.Messenger.WaitUntilAsync(() => bot.Messenger.CallbackAnswers.Any(c => c.Text == EventNoticeTexts.NotForYou), "a refusal");
        stranger.PressData(menu.MessageId, EventCallbacks.Rsvp("NoSuch12", true));
        await bot.Messenger.WaitUntilAsync(() => bot.Messenger.CallbackAnswers.Any(c => c.Text == EventNoticeTexts.Unknown), "unknown event");

        var teacher = bot.User(201);
        await teacher.Presses("Не смогу", "Ваш ответ: ❌ Не смогу");
        await teacher.Presses("Буду", "Ваш ответ: ✅ Буду");
        var mine = await teacher.Says("/myevents", "Ваши ближайшие мероприятия");
        Assert.Contains("27 ноября (пт) в 17:00 — вебинар «Формирующее оценивание»\n  Ваш ответ: ✅ Буду", mine.Text, StringComparison.Ordinal);

        bot.AdvanceTo(e.EndsAtUtc());
        teacher.Press("Не смогу");
        await bot.Messenger.WaitUntilAsync(() => bot.Messenger.CallbackAnswers.Any(c => c.Text == EventNoticeTexts.IsOver), "too late");
        await teacher.Says("/myevents", "Ближайших мероприятий, на которые вас пригласили, нет");
    }
}
