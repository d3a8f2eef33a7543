using SchoolSupport.Bot.Tests.Harness;
using SchoolSupport.Domain.Events;
using SchoolSupport.Domain.Participants;
using static SchoolSupport.Bot.Tests.Events.EventScenarios;

namespace SchoolSupport.Bot.Tests.Events;

public sealed class EventWizardTests
{
    [Fact]
    public async Task The_wizard_explains_bad_input_asks_again_and_sends_the_materials_with_the_announcement()
    {
        await using var bot = await BotHarness.StartAsync();
        bot.SeedDemoSchools();
        var coordinator = await bot.JoinCoordinatorAsync();
        bot.AddPerson(201, Role.Teacher, PyshmaSchool, "Уральцева Анна Петровна");

        await coordinator.Says("/newevent", "Какой формат?");
        await coordinator.Presses("Круглый стол", "Круглый стол. Как он называется?");
        await coordinator.Says("ИР", EventInputTexts.TitleLength);
        await coordinator.Says("Наставничество в школе", "Коротко опишите");
        var askStart = await coordinator.Says("-", "Когда начало?");
        Assert.Contains("UTC+3", askStart.Text, StringComparison.Ordinal);
        await coordinator.Says("31.11 15:00", "Такой даты нет: 31.11");
        await coordinator.Says("26.11 09:00", EventInputTexts.InPast);
        await coordinator.Says("завтра в три", EventInputTexts.DateFormat);
        await coordinator.Says("27.11 15:00", "Сколько продлится?");
        await coordinator.Says("полтора часа", EventInputTexts.DurationFormat);
        await coordinator.Says("25 ч", EventInputTexts.DurationRange);
        await coordinator.Says("1,5 ч", "Ссылка для подключения");
        await coordinator.Says("example.org/room", EventInputTexts.LinkScheme);
        await coordinator.Says("-", "Материалы к мероприятию");
        await coordinator.Says("вот", "Пришлите файл с материалами");
        byte[] pdf = [0x25, 0x50, 0x44, 0x46, 0x2D, 1, 2, 3];
        await coordinator.SendsFile("program.pdf", pdf, "Файл «program.pdf» прикреплён", "application/pdf");
        await coordinator.WaitFor("Кому отправить?");
        var preview = await coordinator.Presses("Готово", "Предпросмотр");

        Assert.Contains("📅 Круглый стол «Наставничество в школе»", preview.Text, StringComparison.Ordinal);
        Assert.Contains("27 ноября (пт) в 15:00 (по вашему времени), 1 час 30 минут", preview.Text, StringComparison.Ordinal);
        Assert.Contains("🔗 очно, без ссылки", preview.Text, StringComparison.Ordinal);
        Assert.Contains("📎 Материалы", preview.Text, StringComparison.Ordinal);
        Assert.Contains("Организатор: Огнивова Вера Геннадьевна", preview.Text, StringComparison.Ordinal);

        await coordinator.Presses("Отправить сейчас", "Анонс отправляется: 1 получатель");
        await bot.DeliveredAsync();
        var teacher = bot.User(201);
        await teacher.WaitFor("Наставничество в школе");
        var announcement = teacher.With("📅 Круглый стол «Наставничество в школе»").Single();
        Assert.Contains("27 ноября (пт) в 17:00", announcement.Text, StringComparison.Ordinal); // Yekaterinburg
        Assert.Equal(["✅ Буду", "❌ Не смогу"], announcement.AllButtons.Select(b => b.Text).ToArray());
        Assert.Equal(pdf, teacher.LastFile("program.pdf").FileContent);
        Assert.Contains("BEGIN:VEVENT", EventCalendarTests.Read(teacher.LastFile("event.ics").FileContent!), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_preview_counts_recipients_says_who_is_skipped_and_why_and_sends_a_test_copy_only_to_the_organiser()
    {
        await using var bot = await BotHarness.StartAsync();
        bot.SeedDemoSchools();
        var coordinator = await bot.JoinCoordinatorAsync();
        bot.AddPerson(201, Role.Teacher, PyshmaSchool, "Уральцева Анна Петровна");
        bot.AddPerson(202, Role.Teacher, KotelnikovoSchool, "Волжская Ирина Олеговна");
        bot.AddPerson(206, Role.Teacher, PyshmaSchool, "Заблокировавшая Ольга", blocked: true);
        bot.AddPerson(207, Role.Parent, KotelnikovoSchool, null, consent: false);

        var preview = await coordinator.DraftEventAsync();
        Assert.Contains("Так анонс увидят получатели", preview.Text, StringComparison.Ordinal);
        Assert.Contains("27 ноября (пт) в 15:00", preview.Text, StringComparison.Ordinal);
        Assert.Contains("Получат: 2. Не получат: 2 — заблокировали бота: 1, нет согласия: 1.", preview.Text, StringComparison.Ordinal);

        await coordinator.Presses("Тестовая копия мне", "Тестовая копия —");
        await bot.Api.WaitUntilAsync(_ => coordinator.Messages.Any(m => m.FileName == "event.ics"), TimeSpan.FromSeconds(30), "the test .ics");
        coordinator.Press("Буду");
        await bot.Api.WaitUntilAsync(a => a.CallbackAnswers.Any(c => c.Text == EventTexts.TestCopyButton), TimeSpan.FromSeconds(30), "the test button answer");
        await bot.DeliveredAsync();
        Assert.Empty(bot.Api.Chat(201));

        await coordinator.Presses("Отправить сейчас", "Анонс отправляется: 2 получателя");
        await bot.DeliveredAsync();
        await bot.User(201).WaitFor(Title);
        await bot.User(202).WaitFor(Title);
        Assert.Empty(bot.Api.Chat(206));
        Assert.Empty(bot.Api.Chat(207));
    }

    [Fact]
    public async Task Only_coordinators_and_school_teams_create_events()
    {
        await using var bot = await BotHarness.StartAsync();
        bot.SeedDemoSchools();
        bot.AddPerson(201, Role.Teacher, PyshmaSchool, "Уральцева Анна Петровна");
        await bot.User(201).Says("/newevent", "Мероприятия создают координаторы и школьные команды");
        await bot.User(201).Says("/events", "Ближайших мероприятий, на которые вас пригласили, нет");
    }

    [Fact]
    public async Task A_school_team_member_announces_to_their_own_school_only()
    {
        await using var bot = await BotHarness.StartAsync();
        bot.SeedDemoSchools();
        var director = bot.User(301);
        bot.AddPerson(301, Role.SchoolTeam, PyshmaSchool, "Директорова Анна Ивановна");
        bot.AddPerson(201, Role.Teacher, PyshmaSchool, "Уральцева Анна Петровна");
        bot.AddPerson(202, Role.Teacher, KotelnikovoSchool, "Волжская Ирина Олеговна");

        var preview = await director.DraftEventAsync();
        Assert.Contains("Получат: 1.", preview.Text, StringComparison.Ordinal);
        await director.Presses("Отправить сейчас", "Анонс отправляется: 1 получатель");
        await bot.DeliveredAsync();
        await bot.User(201).WaitFor(Title);
        Assert.Empty(bot.Api.Chat(202));
    }
}
