using System.Text;
using MiniExcelLibs;
using SchoolSupport.Bot.Features.Profile;
using SchoolSupport.Bot.Tests.Harness;
using static SchoolSupport.Bot.Tests.Questionnaires.CampaignScenarios;

namespace SchoolSupport.Bot.Tests.Profile;

/// <summary>
/// The coordinator's view of Верхняя Пышма: schools × risks as a PNG heat table and as XLSX, and the anonymised exports
/// of answers and aggregates (XLSX for the municipality, CSV for the school) with the small student group held back.
/// </summary>
public sealed class ProfileHeatAndExportTests
{
    private static readonly byte[] PngSignature = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];
    private const string Risk3 = "3. Компетентность педагогов";

    [Fact]
    public async Task The_coordinator_gets_the_heat_table_as_png_and_xlsx_and_the_municipality_export()
    {
        var world = await ProfileWorld.StartAsync();
        await using var bot = world.Bot;
        var coordinator = world.Cast.Coordinator;

        var pick = await coordinator.Says("/profile", "Выберите муниципалитет");
        var overview = await coordinator.StepAsync(pick.MessageId, "Верхняя Пышма");
        Assert.StartsWith("🌡 Рисковые профили · Верхняя Пышма\nШкол: 12, с ответами: 1.\n\n• МАОУ «СОШ №7» — высоких 6, средних 4\nБез ответов: 11 школ.", overview, StringComparison.Ordinal);

        var heat = await coordinator.Presses("Тепловая карта", "🌡 Верхняя Пышма: 12 школ × 10 рисков");
        Assert.Equal("photo", heat.Kind);
        Assert.Equal(PngSignature, heat.FileContent![..8]);
        Assert.True(heat.FileContent.Length > 10_000, $"a blank heat table? {heat.FileContent.Length} bytes");

        var table = await coordinator.Presses("Таблица XLSX", "📊 Верхняя Пышма: показатели рисков, 12 школ");
        Assert.Equal("risks-vpyshma-2026-11-26.xlsx", table.FileName);
        var rows = Rows(table.FileContent!, ProfileTexts.SheetHeat);
        Assert.Equal(12, rows.Count);
        Assert.Equal(["Муниципалитет", "Школа", "1. Оснащение", "2. Кадры", Risk3], rows[0].Keys.Take(5));
        var school7 = rows.Single(r => (string)r["Школа"] == School);
        Assert.Equal(0.5, Convert.ToDouble(school7[Risk3], System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(6.0, Convert.ToDouble(school7[ProfileTexts.ColHigh], System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal("нет ответов", (string)rows.Single(r => (string)r["Школа"] == "МАОУ «СОШ №1»")[Risk3]);

        var export = await coordinator.Presses("Ответы и итоги XLSX", "📥 Верхняя Пышма: обезличенные ответы");
        Assert.Contains("Скрыто групп: 3.", export.Text, StringComparison.Ordinal);
        var answers = Rows(export.FileContent!, ProfileTexts.SheetAnswers);
        Assert.Equal(["Муниципалитет", "Школа", "Анкета", "Версия анкеты", "Группа", "День", "Анкета №", "Код вопроса", "Вопрос", "Ответ"], answers[0].Keys);
        // The 3 students are held back, and so are the groups that cover them where their questionnaires inform the same
        // risks (parents; teachers' risk questionnaire): their rows would give the hidden means. Teachers' «Есть ли
        // изменения?» informs no risk and goes out; the principal answers for the school and is exported by name.
        Assert.Equal(["Руководитель", "Учителя"], answers.Select(r => (string)r["Группа"]).Distinct().Order(StringComparer.Ordinal));
        Assert.All(answers, r => Assert.Equal("2026-11-26", (string)r["День"]));
        Assert.DoesNotContain(answers, r => (string)r["Код вопроса"] == "improve");
        Assert.DoesNotContain(answers, r => ((string)r["Ответ"]).Contains(ProfileWorld.ParentText, StringComparison.Ordinal));

        var totals = Rows(export.FileContent!, ProfileTexts.SheetTotals);
        var risk9 = totals.Where(r => ((string)r["Показатель"]).StartsWith("9. ", StringComparison.Ordinal)).ToDictionary(r => (string)r["Группа"]);
        Assert.Equal(0.5, Convert.ToDouble(risk9["все группы"]["Значение"], System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(0.5, Convert.ToDouble(risk9["учителя"]["Значение"], System.Globalization.CultureInfo.InvariantCulture));
        // Students (3) are hidden, and so are parents: otherwise the students' mean would follow from the total by subtraction.
        Assert.Null(risk9["обучающиеся"]["Значение"]);
        Assert.Equal(ProfileTexts.Hidden, (string)risk9["обучающиеся"]["Итог"]);
        Assert.Null(risk9["родители"]["Значение"]);
        Assert.Contains(totals, r => (string)r["Раздел"] == "Есть ли изменения?" && (string)r["Итог"] == "есть изменения");
    }

    [Fact]
    public async Task The_school_exports_csv_and_a_curator_cannot_open_the_municipality()
    {
        var world = await ProfileWorld.StartAsync();
        await using var bot = world.Bot;
        var team = world.Cast.Team;

        await team.Says("/profile", "🎯 Рисковый профиль · МАОУ «СОШ №7»");
        var caption = await team.Presses("CSV", "📥 МАОУ «СОШ №7»: обезличенные ответы");
        Assert.Equal($"answers-school-{bot.SchoolId()}-2026-11-26.csv", caption.FileName);
        await bot.Api.WaitUntilAsync(_ => team.Messages.Any(m => m.FileName?.StartsWith("totals-", StringComparison.Ordinal) == true), TimeSpan.FromSeconds(30), "the totals CSV");
        var answersCsv = caption.FileContent!;
        Assert.Equal(Encoding.UTF8.GetPreamble(), answersCsv[..3]);
        var lines = Encoding.UTF8.GetString(answersCsv[3..]).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("Муниципалитет;Школа;Анкета;Версия анкеты;Группа;День;Анкета №;Код вопроса;Вопрос;Ответ", lines[0]);
        Assert.DoesNotContain(lines, l => l.Contains(";Обучающиеся;", StringComparison.Ordinal) || l.Contains(";Родители;", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.Contains(";Руководитель;2026-11-26;", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith("Верхняя Пышма;МАОУ «СОШ №7»;Есть ли изменения?;1;Учителя;2026-11-26;", StringComparison.Ordinal));
        Assert.DoesNotContain(lines, l => l.Contains("Диагностика рисков: анкета учителя", StringComparison.Ordinal));

        var totalsFile = team.Messages.Last(m => m.FileName?.StartsWith("totals-", StringComparison.Ordinal) == true);
        var totalLines = Encoding.UTF8.GetString(totalsFile.FileContent![3..]).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("Муниципалитет;Школа;Раздел;Показатель;Группа;Значение;Итог;Ответивших;Ответов;Распределение", totalLines[0]);
        Assert.Contains(totalLines, l => l.Contains(";3. Недостаточная предметная и методическая компетентность педагогических работников;все группы;0,50;средняя;12;", StringComparison.Ordinal));
        Assert.Contains(totalLines, l => l.Contains(";обучающиеся;;" + ProfileTexts.Hidden + ";;;", StringComparison.Ordinal));

        // A curator is refused the municipality's heat table even with a forged button.
        var curator = world.Cast.Curator;
        var menu = await curator.Says("/menu", "Главное меню");
        Assert.Equal(ProfileTexts.NotYours, await curator.PressesData(menu.MessageId, ProfileCallbacks.HeatPng("vpyshma")));
        Assert.Equal(ProfileTexts.NotYours, await curator.PressesData(menu.MessageId, ProfileCallbacks.Export(ProfileCallbacks.MunicipalityScope, "vpyshma", ProfileCallbacks.Csv)));
    }

    private static List<IDictionary<string, object>> Rows(byte[] xlsx, string sheet)
    {
        using var stream = new MemoryStream(xlsx);
        return [.. stream.Query(useHeaderRow: true, sheetName: sheet).Cast<IDictionary<string, object>>()];
    }
}
