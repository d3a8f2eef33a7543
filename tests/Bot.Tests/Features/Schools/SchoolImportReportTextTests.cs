using System.Text;
using SchoolSupport.Bot.Features.Schools;
using SchoolSupport.Domain.Schools;

namespace SchoolSupport.Bot.Tests.Features.Schools;

public sealed class SchoolImportReportTextTests
{
    private static SchoolImportReport Report(int accepted, params RowError[] rejected) =>
        new([.. Enumerable.Range(1, accepted).Select(i => new School { Name = $"СОШ №{i}", MunicipalityId = "vpyshma" })], rejected);

    [Theory]
    [InlineData(1, "Загружено: 1 школа. Отклонено строк: 0.")]
    [InlineData(3, "Загружено: 3 школы. Отклонено строк: 0.")]
    [InlineData(12, "Загружено: 12 школ. Отклонено строк: 0.")]
    [InlineData(21, "Загружено: 21 школа. Отклонено строк: 0.")]
    public void Without_errors_the_report_is_one_line(int accepted, string expected)
    {
        var message = SchoolImportReportText.Build(Report(accepted));

        Assert.Equal(expected, message.Text);
        Assert.Null(message.ErrorsFile);
    }

    [Fact]
    public void Rejected_lines_follow_the_header_with_their_line_numbers()
    {
        var message = SchoolImportReportText.Build(Report(5,
            new RowError(3, "не указано название"),
            new RowError(7, "муниципалитет «Тверь» не найден"),
            new RowError(7, "ШНОР: ожидается «да» или «нет», получено «может»")));

        Assert.StartsWith("Загружено: 5 школ. Отклонено строк: 2.\n\nОтклонённые строки:\nстрока 3: не указано название\nстрока 7: муниципалитет «Тверь» не найден\n", message.Text);
        Assert.Contains("строка 7: ШНОР: ожидается «да» или «нет», получено «может»", message.Text);
        Assert.Null(message.ErrorsFile);
    }

    [Fact]
    public void A_long_report_keeps_the_first_errors_and_puts_all_of_them_in_a_file()
    {
        var errors = Enumerable.Range(2, 300).Select(line => new RowError(line, "школа «МАОУ «Средняя общеобразовательная школа №1»» уже есть в «Верхняя Пышма»")).ToArray();

        var message = SchoolImportReportText.Build(Report(0, errors));

        Assert.True(message.Text.Length <= SchoolImportReportText.MaxMessageLength, $"{message.Text.Length} characters");
        Assert.StartsWith("Загружено: 0 школ. Отклонено строк: 300.\n\nОтклонённые строки:\nстрока 2: ", message.Text);
        var shown = message.Text.Split('\n').Count(l => l.StartsWith("строка ", StringComparison.Ordinal));
        Assert.True(shown > 10);
        Assert.EndsWith($"…и ещё {Texts.Plural(300 - shown, "ошибка", "ошибки", "ошибок")} — полный список в файле oshibki-importa.txt.", message.Text);
        Assert.NotNull(message.ErrorsFile);
        Assert.Equal(300, message.ErrorsFile.Split("\r\n").Count(l => l.StartsWith("строка ", StringComparison.Ordinal)));
        Assert.Contains("строка 301: ", message.ErrorsFile);
    }

    [Fact]
    public void The_errors_file_is_utf8_with_a_byte_order_mark()
    {
        var bytes = SchoolImportReportText.FileBytes("строка 5: не указано название");

        Assert.Equal([0xEF, 0xBB, 0xBF], bytes[..3]);
        Assert.Equal("строка 5: не указано название", Encoding.UTF8.GetString(bytes[3..]));
    }
}
