using SchoolSupport.Bot.Tests.Harness;
using SchoolSupport.Domain.Participants;
using static SchoolSupport.Bot.Tests.Events.EventScenarios;

namespace SchoolSupport.Bot.Tests.Events;

public sealed class EventChangeTests
{
    [Fact]
    public async Task A_new_time_reaches_every_recipient_with_a_fresh_calendar_file_and_the_reminders_follow_it()
    {
        await using var bot = await BotHarness.StartAsync();
        bot.SeedDemoSchools();
        var coordinator = await bot.JoinCoordinatorAsync();
        bot.AddPerson(201, Role.Teacher, PyshmaSchool, "Уральцева Анна Петровна");
        bot.AddPerson(202, Role.Teacher, KotelnikovoSchool, "Волжская Ирина Олеговна");
        var (ural, volga) = (bot.User(201), bot.User(202));
        var e = await bot.AnnounceAsync(coordinator);
        await volga.Presses("Не смогу", "Ваш ответ: ❌ Не смогу");

        await coordinator.Says("/events", "Ваши мероприятия");
        var card = await coordinator.Presses("Формирующее оценивание", "Получили анонс: 2");
        Assert.Contains("✅ Буду: 0 · ❌ Не смогу: 1 · без ответа: 1", card.Text, StringComparison.Ordinal);
        await coordinator.Presses("Изменить время", "Новое время начала");
        await coordinator.Says("26.11 09:00", "Это время уже прошло");
        await coordinator.Says("28.11 15:00", "Время изменено, напоминания перенесены. Уведомление получат 2 участника.");
        await bot.DeliveredAsync();

        Assert.Contains("теперь 28 ноября (сб) в 17:00", (await ural.WaitFor("Изменилось время")).Text, StringComparison.Ordinal);
        Assert.Contains("теперь 28 ноября (сб) в 15:00", (await volga.WaitFor("Изменилось время")).Text, StringComparison.Ordinal);
        var ics = EventCalendarTests.Read(ural.LastFile("event.ics").FileContent!);
        Assert.Contains("SEQUENCE:1", ics, StringComparison.Ordinal);
        Assert.Contains("DTSTART:20261128T120000Z", ics, StringComparison.Ordinal);
        Assert.Contains($"UID:{e.Id}@school-support-bot", ics, StringComparison.Ordinal);

        bot.AdvanceTo(e.StartUtc.AddHours(-24)); // the old 24 h mark: nothing
        await bot.RunEventJobAsync();
        Assert.Equal(0, ural.Count("Напоминание"));
        bot.AdvanceTo(e.StartUtc); // the new 24 h mark
        await bot.RunEventJobAsync();
        Assert.Contains("завтра в 17:00", (await ural.WaitFor("Напоминание")).Text, StringComparison.Ordinal);
        await bot.DeliveredAsync();
        Assert.Equal(0, volga.Count("Напоминание")); // «Не смогу» stands until they answer again (the notice asks them to)
    }

    [Fact]
    public async Task A_new_link_and_a_cancellation_reach_every_recipient_and_later_presses_say_it_is_cancelled()
    {
        await using var bot = await BotHarness.StartAsync();
        bot.SeedDemoSchools();
        var coordinator = await bot.JoinCoordinatorAsync();
        bot.AddPerson(201, Role.Teacher, PyshmaSchool, "Уральцева Анна Петровна");
        var teacher = bot.User(201);
        var e = await bot.AnnounceAsync(coordinator);
        await teacher.Presses("Буду", "Ваш ответ: ✅ Буду");

        await coordinator.Says("/events", "Ваши мероприятия");
        await coordinator.Presses("Формирующее оценивание", "Получили анонс: 1");
        await coordinator.Presses("Изменить ссылку", "Новая ссылка для подключения");
        await coordinator.Says("ftp://example.org/room", "Ссылка должна начинаться с http:// или https://");
        await coordinator.Says("https://example.org/new-room", "Ссылка изменена. Уведомление получат 1 участник.");
        await bot.DeliveredAsync();
        var notice = await teacher.WaitFor("Новая ссылка");
        Assert.Contains("https://example.org/new-room", notice.Text, StringComparison.Ordinal);
        Assert.Equal("https://example.org/new-room", notice.Button("Подключиться").Url);

        await coordinator.Presses("Открыть мероприятие", "Получили анонс: 1");
        await coordinator.Presses("Отменить мероприятие", "Уведомление об отмене получат 1 участник");
        await coordinator.Presses("Да, отменить", "Мероприятие отменено");
        await bot.DeliveredAsync();
        Assert.Contains("27 ноября (пт) в 17:00", (await teacher.WaitFor("Отменено")).Text, StringComparison.Ordinal);
        var ics = EventCalendarTests.Read(teacher.LastFile("event.ics").FileContent!);
        Assert.Contains("METHOD:CANCEL", ics, StringComparison.Ordinal);
        Assert.Contains("SEQUENCE:2", ics, StringComparison.Ordinal);

        teacher.Press("Не смогу");
        await bot.Api.WaitUntilAsync(a => a.CallbackAnswers.Any(c => c.Text == EventNoticeTexts.WasCancelled), TimeSpan.FromSeconds(30), "the cancelled answer");
        bot.AdvanceTo(e.StartUtc.AddHours(-1));
        await bot.RunEventJobAsync();
        bot.AdvanceTo(e.EndsAtUtc());
        await bot.RunEventJobAsync();
        Assert.Equal(0, teacher.Count("Напоминание"));
        Assert.Equal(0, teacher.Count("Были на мероприятии?"));
    }
}
