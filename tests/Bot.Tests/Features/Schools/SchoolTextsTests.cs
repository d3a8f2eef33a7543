using SchoolSupport.Domain.Schools;

namespace SchoolSupport.Bot.Tests.Features.Schools;

public sealed class SchoolTextsTests
{
    [Theory]
    [InlineData(20L * 1024 * 1024, "20 МБ")]
    [InlineData(1536L * 1024, "1,5 МБ")]
    [InlineData(300L * 1024, "300 КБ")]
    [InlineData(512L, "512 байт")]
    public void File_sizes_read_in_russian(long bytes, string expected) =>
        Assert.Equal(expected, SchoolTexts.Size(bytes));

    [Fact]
    public void A_rejected_name_starts_with_a_capital_and_asks_again() =>
        Assert.Equal(
            "⚠️ Школа «СОШ №7» уже есть в «Верхняя Пышма».\n\nНапишите название ещё раз или отправьте /cancel.",
            SchoolTexts.NameRejected(["школа «СОШ №7» уже есть в «Верхняя Пышма»"]));

    [Fact]
    public void The_wrong_file_message_names_the_excel_export()
    {
        var text = SchoolTexts.NotCsv("школы.xlsx");

        Assert.Contains("«школы.xlsx» — не CSV", text);
        Assert.Contains("Сохранить как → CSV (разделители — точка с запятой)", text);
    }

    [Fact]
    public void Flag_buttons_show_a_check_mark_when_set()
    {
        Assert.Equal("✓ ШНОР", SchoolTexts.FlagButton(SchoolFlags.LowResults, true));
        Assert.Equal("Зона риска", SchoolTexts.FlagButton(SchoolFlags.RiskZone, false));
    }
}
