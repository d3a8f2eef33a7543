using MiniExcelLibs;
using SchoolSupport.Bot.Storage;
using SchoolSupport.Bot.Tests.Harness;
using SchoolSupport.Domain.Participants;

namespace SchoolSupport.Bot.Tests.Status;

public sealed class CoordinatorStatusTests
{
    private static readonly byte[] PngSignature = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];

    [Fact]
    public async Task The_coordinator_gets_the_municipality_overview_in_chat_as_a_png_chart_and_as_xlsx()
    {
        var cast = await StatusCast.StartAsync();
        await using var bot = cast.Bot;
        var coordinator = cast.Coordinator;

        var overview = (await coordinator.Says("/status", "📊 Верхняя Пышма")).Text!;

        Assert.Equal(
            "📊 Верхняя Пышма — 12 школ\n\nПо текущему этапу:\n" +
            "• Диагностика — 1 (с просрочкой: 1)\n" +
            "• Концептуальные документы — 1 (с просрочкой: 1)\n" +
            "• без дорожной карты — 10\n\n" +
            "⚠️ Просрочено: 13 документов в 2 школах\n" +
            "📝 На проверке: 1 документ\n" +
            "• Куратова Ирина Ивановна — 1, из них дольше 3 дней: 1", overview);

        var chart = await coordinator.Presses("График", "📈 Верхняя Пышма");
        Assert.Equal("photo", chart.Kind);
        Assert.Equal(PngSignature, chart.FileContent![..8]);
        Assert.True(chart.FileContent.Length > 5_000, $"a blank chart? {chart.FileContent.Length} bytes");
        Assert.Equal("📈 Верхняя Пышма: 12 школ по этапам. Просрочка — у 2, на проверке — 1.", chart.Text);

        var export = await coordinator.Presses("Выгрузка XLSX", "📥 Верхняя Пышма: 12 школ");
        Assert.Equal("status-vpyshma-2026-11-26.xlsx", export.FileName);
        using var stream = new MemoryStream(export.FileContent!);
        var rows = stream.Query(useHeaderRow: true).Cast<IDictionary<string, object>>().ToList();
        Assert.Equal(12, rows.Count);
        Assert.Equal(["Муниципалитет", "Школа", "Текущий этап", "Принято документов", "Всего документов", "На проверке", "Просрочено документов", "Куратор"], rows[0].Keys);
        var school7 = rows.Single(r => (string)r["Школа"] == StatusWorld.School7);
        Assert.Equal(("Верхняя Пышма", "Концептуальные документы", 3d, 10d, 1d, 5d, StatusWorld.CuratorName),
            ((string)school7["Муниципалитет"], (string)school7["Текущий этап"], Convert.ToDouble(school7["Принято документов"], System.Globalization.CultureInfo.InvariantCulture),
             Convert.ToDouble(school7["Всего документов"], System.Globalization.CultureInfo.InvariantCulture), Convert.ToDouble(school7["На проверке"], System.Globalization.CultureInfo.InvariantCulture),
             Convert.ToDouble(school7["Просрочено документов"], System.Globalization.CultureInfo.InvariantCulture), (string)school7["Куратор"]));
        Assert.Equal("нет дорожной карты", (string)rows.Single(r => (string)r["Школа"] == "МАОУ «СОШ №1»")["Текущий этап"]);

        var list = (await coordinator.Presses("Школы (12)", "школы 1–8 из 12")).Text!;
        Assert.Equal(8 + 2, list.Split('\n').Length);
        var page = coordinator.Messages.Last(m => m.Text == list);
        Assert.NotNull(page.Button("1 / 2").CallbackData);
        await coordinator.Presses("▶️", "школы 9–12 из 12");
        await coordinator.Presses("◀️", "школы 1–8 из 12");
        var details = await coordinator.Presses(StatusWorld.School9, "▶️ Сейчас: Диагностика");
        Assert.NotNull(details.Button("Документы на проверке").CallbackData);
    }

    [Fact]
    public async Task A_coordinator_of_45_schools_pages_through_them_and_each_page_fits_a_phone()
    {
        await using var bot = await BotHarness.StartAsync();
        bot.SeedDemoSchools();
        var schools = bot.Get<SchoolRepository>();
        bot.Get<Store>().Write(() =>
        {
            for (var i = 0; i < 33; i++) schools.Add(new Domain.Schools.School { Name = $"МБОУ «Школа №{100 + i}»", MunicipalityId = StatusWorld.Pyshma });
        });
        bot.Person(110, StatusWorld.CoordinatorName, StatusWorld.Coordinating(StatusWorld.Pyshma));
        var coordinator = bot.User(110);

        await coordinator.Says("/status", "📊 Верхняя Пышма — 45 школ");
        var first = await coordinator.Presses("Школы (45)", "школы 1–8 из 45");
        Assert.NotNull(first.Button("1 / 6").CallbackData);
        Assert.Equal(8, first.AllButtons.Count(b => b.CallbackData?.StartsWith("st:s:", StringComparison.Ordinal) == true));
        var second = await coordinator.Presses("▶️", "школы 9–16 из 45");
        Assert.NotNull(second.Button("◀️").CallbackData);
        Assert.True(second.Text!.Length < 1000);
    }

    [Fact]
    public async Task A_coordinator_of_several_municipalities_picks_one_first()
    {
        await using var bot = await BotHarness.StartAsync();
        bot.SeedDemoSchools();
        bot.Person(110, StatusWorld.CoordinatorName, new RoleGrant { Role = Role.Coordinator });
        var coordinator = bot.User(110);

        var pick = await coordinator.Says("/status", "Выберите муниципалитет");
        Assert.NotNull(pick.Button("Верхняя Пышма — 12").CallbackData);
        await coordinator.Presses("Калининский район — 5", "📊 Калининский район — 5 школ");
        await coordinator.Presses("Муниципалитеты", "Выберите муниципалитет");
        await coordinator.Presses("Все муниципалитеты", "📊 Все муниципалитеты — 20 школ");
    }
}
