using System.Text;
using SchoolSupport.Bot.Storage;
using SchoolSupport.Bot.Tests.Harness;
using SchoolSupport.Domain.Schools;

namespace SchoolSupport.Bot.Tests.Schools;

public sealed class SchoolImportEndToEndTests
{
    private static readonly Municipality Tver = new() { Id = "kalininsky", Name = "Калининский район", Region = "Тверская область", TimeZoneId = "Europe/Moscow" };

    static SchoolImportEndToEndTests() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    [Fact]
    public async Task A_file_the_messenger_fails_to_hand_over_is_asked_for_again_and_the_bot_goes_on()
    {
        await using var bot = await BotHarness.StartAsync();
        bot.Get<Store>().Write(() => bot.Get<SchoolRepository>().Save(Tver));
        var coordinator = await bot.JoinCoordinatorAsync();
        var csv = Encoding.UTF8.GetBytes("Название;Муниципалитет\r\nМОУ «Васильевская СОШ»;kalininsky");
        bot.Api.InjectFault("getFile", SchoolSupport.TestBotApi.Fault.ServerError(502));

        await coordinator.SendsFile("shkoly.csv", csv, "Не удалось получить файл «shkoly.csv» от мессенджера. Пришлите его, пожалуйста, ещё раз.");
        Assert.Empty(bot.Get<SchoolRepository>().InMunicipality("kalininsky"));

        await coordinator.SendsFile("shkoly.csv", csv, "Загружено: 1 школа");
        Assert.Single(bot.Get<SchoolRepository>().InMunicipality("kalininsky"));
    }

    [Theory]
    [InlineData("telegram")]
    [InlineData("max")]
    public async Task A_coordinator_imports_schools_from_a_CSV_file_and_every_bad_row_is_reported_by_line(string channel)
    {
        await using var bot = await BotHarness.StartAsync(channel);
        bot.Get<Store>().Write(() => bot.Get<SchoolRepository>().Save(Tver));
        var coordinator = await bot.JoinCoordinatorAsync();
        var csv = string.Join("\r\n",
            "Название;Муниципалитет;ШНОР;ШНСУ;ВПР;Зона риска;Кластер;500+;Местность;Школа-лидер",
            "МОУ «Васильевская СОШ»;kalininsky;да;нет;нет;нет;;;село;",
            "МОУ «Некрасовская СОШ»;Калининский район;нет;нет;да;нет;;;;",
            ";kalininsky;да;;;;;;;",
            "МОУ «Тверская СОШ»;Тверь;да;;;;;;;",
            "МОУ «Эммаусская СОШ»;kalininsky;может;;;;;;;",
            "МОУ «Васильевская СОШ»;kalininsky;да;;;;;;;");
        var windows1251 = Encoding.GetEncoding(1251, EncoderFallback.ExceptionFallback, DecoderFallback.ExceptionFallback);

        var report = await coordinator.SendsFile("shkoly.csv", windows1251.GetBytes(csv), "Загружено: 2 школы");

        Assert.Contains("Отклонено строк: 4", report.Text, StringComparison.Ordinal);
        Assert.Contains("строка 4", report.Text, StringComparison.Ordinal);
        Assert.Contains("строка 5", report.Text, StringComparison.Ordinal);
        Assert.Contains("«Тверь»", report.Text, StringComparison.Ordinal);
        Assert.Contains("строка 6", report.Text, StringComparison.Ordinal);
        Assert.Contains("строка 7", report.Text, StringComparison.Ordinal);
        var stored = bot.Get<SchoolRepository>().InMunicipality("kalininsky");
        Assert.Equal(["МОУ «Васильевская СОШ»", "МОУ «Некрасовская СОШ»"], stored.Select(s => s.Name).ToArray());
        Assert.Equal(SchoolFlags.LowResults, stored[0].Flags);
        Assert.Equal(Locality.Rural, stored[0].Locality);
        Assert.Equal(SchoolFlags.VprBias, stored[1].Flags);

        var again = await coordinator.SendsFile("shkoly.csv", windows1251.GetBytes(csv), "Загружено: 0 школ");
        Assert.Contains("уже есть", again.Text, StringComparison.Ordinal);
        Assert.Equal(2, bot.Get<SchoolRepository>().Count());

        await coordinator.Says("/schools", "МОУ «Васильевская СОШ»");
    }

    [Fact]
    public async Task Files_from_people_who_may_not_import_and_files_of_the_wrong_kind_are_refused_clearly()
    {
        await using var bot = await BotHarness.StartAsync(s => s["Bot:MaxFileBytes"] = "1000");
        bot.SeedDemoSchools();
        var coordinator = await bot.JoinCoordinatorAsync();
        var code = await coordinator.CreateInviteAsync("Учитель", "Верхняя Пышма", ["МАОУ «СОШ №7»"]);
        var teacher = await bot.JoinWithCodeAsync(900, code, "Учителева Ольга Петровна");

        await teacher.SendsFile("shkoly.csv", Encoding.UTF8.GetBytes("Название;Муниципалитет\nX;vpyshma"), "только для загрузки списка школ");
        await coordinator.SendsFile("plan.pdf", [0x25, 0x50, 0x44, 0x46], "не CSV", "application/pdf");
        await coordinator.SendsFile("big.csv", new byte[5000], "больше");
        var schools = bot.Get<SchoolRepository>().Count();
        Assert.Equal(20, schools);
    }

    [Fact]
    public async Task A_coordinator_adds_one_school_in_a_short_dialogue()
    {
        await using var bot = await BotHarness.StartAsync();
        bot.Get<Store>().Write(() => bot.Get<SchoolRepository>().Save(Tver));
        var coordinator = await bot.JoinCoordinatorAsync();

        await coordinator.Says("/schools", "Калининский район");
        await coordinator.Presses("Добавить школу", "название");
        await coordinator.Says("МОУ «Михайловская СОШ»", "ШНОР");
        var flags = coordinator.Messages.Last(m => m.AllButtons.Any(b => b.Text == "ВПР"));
        await coordinator.StepAsync(flags.MessageId, "ВПР");
        Assert.Contains(coordinator.Messages.Single(m => m.MessageId == flags.MessageId).AllButtons, b => b.Text == "✓ ВПР");
        await coordinator.Presses("Сохранить", "Школа добавлена");

        var school = Assert.Single(bot.Get<SchoolRepository>().InMunicipality("kalininsky"));
        Assert.Equal("МОУ «Михайловская СОШ»", school.Name);
        Assert.Equal(SchoolFlags.VprBias, school.Flags);
    }
}
