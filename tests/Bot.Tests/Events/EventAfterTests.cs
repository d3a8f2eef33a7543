using MiniExcelLibs;
using SchoolSupport.Bot.Tests.Harness;
using SchoolSupport.Domain.Participants;
using static SchoolSupport.Bot.Tests.Events.EventScenarios;

namespace SchoolSupport.Bot.Tests.Events;

public sealed class EventAfterTests
{
    private static readonly string[] Columns = ["Роль", "Школа", "Муниципалитет", "Ответ", "Был(а)", "Отзыв"];

    [Fact]
    public async Task Attendance_feedback_recording_and_the_participant_list_after_the_event()
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
        await ural.Presses("Буду", "Ваш ответ: ✅ Буду");
        await parent.Presses("Буду", "Ваш ответ: ✅ Буду");
        await busy.Presses("Не смогу", "Ваш ответ: ❌ Не смогу");

        bot.AdvanceTo(e.StartUtc.AddMinutes(30)); // still going: a press is too early
        await bot.RunEventJobAsync();
        Assert.Equal(0, ural.Count("Были на мероприятии?"));

        bot.AdvanceTo(e.EndsAtUtc());
        await bot.RunEventJobAsync();
        await ural.WaitFor("Были на мероприятии?");
        await volga.WaitFor("Были на мероприятии?");
        await parent.WaitFor("Были на мероприятии?");
        Assert.Equal(0, busy.Count("Были на мероприятии?"));

        await ural.Presses("Да, был", "Что было самым полезным?");
        await ural.Says("   ", "Отзыв пустой");
        await ural.Says("Полезные примеры заданий", "Спасибо за отзыв");
        await volga.Presses("Нет", "Спасибо, записал");
        await parent.Presses("Да, был", "Что было самым полезным?");
        await parent.Presses("Пропустить", "без отзыва");

        await coordinator.Says("/events", "Ваши мероприятия");
        var card = await coordinator.Presses("Формирующее оценивание", "Получили анонс: 4");
        Assert.Contains("✅ Буду: 2 · ❌ Не смогу: 1 · без ответа: 1", card.Text, StringComparison.Ordinal);
        Assert.Contains("Были: 2 · не были: 1", card.Text, StringComparison.Ordinal);
        Assert.Contains("Отзывы: 1\n— «Полезные примеры заданий»", card.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Изменить время", string.Join(" ", card.AllButtons.Select(b => b.Text)), StringComparison.Ordinal);

        await coordinator.Presses("Разослать запись", "ссылку на запись");
        await coordinator.Says("запись будет позже", "Это не похоже на ссылку");
        await coordinator.Says("https://example.org/recording", "Запись отправляется: 4 получателя");
        await bot.DeliveredAsync();
        foreach (var u in new[] { ural, volga, parent, busy })
            Assert.Contains("https://example.org/recording", (await u.WaitFor("🎥 Запись")).Text, StringComparison.Ordinal);

        await coordinator.Presses("Открыть мероприятие", "🎥 Запись: https://example.org/recording");
        var file = await coordinator.Presses("Участники (XLSX)", "Участники: вебинар «Формирующее оценивание» — 4 строки");
        Assert.Equal($"event-{e.Id}.xlsx", file.FileName);
        using var stream = new MemoryStream(file.FileContent!);
        var rows = stream.Query(useHeaderRow: true).Cast<IDictionary<string, object?>>().ToList();
        Assert.Equal(4, rows.Count);
        string Cell(IDictionary<string, object?> row, string column) => row[column]?.ToString() ?? "";
        var teacherRow = rows.Single(r => Cell(r, "Участник") == "Уральцева Анна Петровна");
        Assert.Equal(["учитель", "МАОУ «СОШ №7»", "Верхняя Пышма", "✅ Буду", "да", "Полезные примеры заданий"],
            Columns.Select(c => Cell(teacherRow, c)).ToArray());
        var parentRow = rows.Single(r => Cell(r, "Роль") == "родитель");
        Assert.Equal("", Cell(parentRow, "Участник")); // no personal data of parents and students
        Assert.Equal("МАОУ «СОШ №7»", Cell(parentRow, "Школа"));
        Assert.Equal("нет", Cell(rows.Single(r => Cell(r, "Участник") == "Волжская Ирина Олеговна"), "Был(а)"));
        Assert.Equal("❌ Не смогу", Cell(rows.Single(r => Cell(r, "Участник") == "Занятая Мария Львовна"), "Ответ"));
    }
}
