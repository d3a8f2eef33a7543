using System.Text;
using SchoolSupport.Bot.Content;
using SchoolSupport.Bot.Features.Schools;
using SchoolSupport.Domain.Schools;

namespace SchoolSupport.Bot.Tests.Features.Schools;

public sealed class SchoolCsvReaderTests
{
    private static readonly Encoding Windows1251 = CodePagesEncodingProvider.Instance.GetEncoding(1251)!;

    private const string SemicolonFile =
        "Название;Муниципалитет;ШНОР;Кластер\r\n" +
        "МАОУ «СОШ №1»;vpyshma;да;базово\r\n" +
        "МОУ «Эммаусская СОШ»;Калининский район;нет;\r\n";

    [Fact]
    public void Utf8_with_bom_and_semicolons()
    {
        var result = SchoolCsvReader.Read([0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes(SemicolonFile)]);

        AssertSemicolonFile(result, CsvTextDecoder.Utf8Name);
    }

    [Fact]
    public void Utf8_without_bom() =>
        AssertSemicolonFile(SchoolCsvReader.Read(Encoding.UTF8.GetBytes(SemicolonFile)), CsvTextDecoder.Utf8Name);

    [Fact]
    public void Windows_1251_with_semicolons() =>
        AssertSemicolonFile(SchoolCsvReader.Read(Windows1251.GetBytes(SemicolonFile)), CsvTextDecoder.Windows1251Name);

    [Fact]
    public void Utf16_with_bom_and_tabs()
    {
        var text = SemicolonFile.Replace(';', '\t');

        AssertSemicolonFile(SchoolCsvReader.Read(Encoding.Unicode.GetPreamble().Concat(Encoding.Unicode.GetBytes(text)).ToArray()), CsvTextDecoder.Utf16Name, '\t');
    }

    [Fact]
    public void Comma_separated()
    {
        var result = Read("Название,Муниципалитет,500+\nСОШ №2,kotelnikovo,2022\n");

        Assert.True(result.IsSuccess, result.Error);
        Assert.Equal(',', result.Separator);
        var row = Assert.Single(result.Rows);
        Assert.Equal(2, row.Line);
        Assert.Equal("СОШ №2", row.Fields["Название"]);
        Assert.Equal("kotelnikovo", row.Fields["Муниципалитет"]);
        Assert.Equal("2022", row.Fields["500+"]);
    }

    [Theory]
    [InlineData("Название;Муниципалитет\n\"МОУ «Васильевская СОШ»; филиал\";kalininsky\n", "МОУ «Васильевская СОШ»; филиал")]
    [InlineData("Название,Муниципалитет\n\"СОШ №3, корпус 2\",kalininsky\n", "СОШ №3, корпус 2")]
    [InlineData("Название;Муниципалитет\n\"МАОУ \"\"СОШ №7\"\"\";kalininsky\n", "МАОУ \"СОШ №7\"")]
    [InlineData("Название;Муниципалитет\nМОУ \"Некрасовская СОШ\";kalininsky\n", "МОУ \"Некрасовская СОШ\"")]
    [InlineData("\"Название\";\"Муниципалитет\"\n\"  СОШ №4 \";\"kalininsky\"\n", "  СОШ №4 ")]
    public void Quoted_fields_keep_the_separator_and_quotes_inside(string file, string expectedName)
    {
        var result = Read(file);

        Assert.True(result.IsSuccess, result.Error);
        var row = Assert.Single(result.Rows);
        Assert.Equal(expectedName, row.Fields["Название"]);
        Assert.Equal("kalininsky", row.Fields["Муниципалитет"]);
    }

    [Fact]
    public void Header_line_decides_the_separator_even_if_names_contain_commas()
    {
        var result = Read("Название;Муниципалитет;Школа-лидер\nСОШ №1, корпус 2;vpyshma;СОШ №33, Верхняя Пышма\n");

        Assert.True(result.IsSuccess, result.Error);
        Assert.Equal(';', result.Separator);
        Assert.Equal("СОШ №1, корпус 2", Assert.Single(result.Rows).Fields["Название"]);
    }

    [Theory]
    [InlineData("Название;ШНОР\nСОШ №1;да\n", "нет обязательного столбца «Муниципалитет»")]
    [InlineData("Муниципалитет\nvpyshma\n", "нет обязательного столбца «Название»")]
    [InlineData("Школа;Район\nСОШ №1;vpyshma\n", "нет обязательных столбцов «Название», «Муниципалитет»")]
    [InlineData("МАОУ «СОШ №1»;vpyshma;да\nМАОУ «СОШ №2»;vpyshma;нет\n", "нет обязательных столбцов «Название», «Муниципалитет»")]
    public void Missing_required_columns_are_named_with_the_expected_list(string file, string expected)
    {
        var result = Read(file);

        Assert.False(result.IsSuccess);
        Assert.Contains(expected, result.Error, StringComparison.Ordinal);
        Assert.Contains("Название; Муниципалитет; ШНОР; ШНСУ; ВПР; Зона риска; Кластер; 500+; Местность; Школа-лидер", result.Error, StringComparison.Ordinal);
        Assert.Empty(result.Rows);
    }

    [Fact]
    public void Column_named_twice_is_rejected()
    {
        var result = Read("Название;Муниципалитет;ШНОР;шнор\nСОШ №1;vpyshma;да;нет\n");

        Assert.Equal(SchoolCsvTexts.DuplicateColumn("ШНОР"), result.Error);
    }

    public static TheoryData<byte[]> EmptyFiles => new()
    {
        Array.Empty<byte>(),
        new byte[] { 0xEF, 0xBB, 0xBF },
        Encoding.UTF8.GetBytes("\r\n  \r\n\t\n"),
    };

    [Theory]
    [MemberData(nameof(EmptyFiles))]
    public void Empty_file_is_rejected(byte[] content) =>
        Assert.Equal(SchoolCsvTexts.Empty, SchoolCsvReader.Read(content).Error);

    [Theory]
    [InlineData("Название;Муниципалитет\n")]
    [InlineData("Название;Муниципалитет\r\n;\r\n\r\n")]
    public void Header_without_rows_is_rejected(string file) =>
        Assert.Equal(SchoolCsvTexts.HeaderOnly, Read(file).Error);

    public static TheoryData<byte[], string> NonTextFiles => new()
    {
        { [0x50, 0x4B, 0x03, 0x04, 0x14, 0x00, 0x06, 0x00], SchoolCsvTexts.Spreadsheet },
        { [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, 0x00], SchoolCsvTexts.Spreadsheet },
        { [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D], SchoolCsvTexts.Binary },
        { [.. Encoding.ASCII.GetBytes("%PDF-1.7\n"), 0x01, 0x02, 0x03, 0x04, 0x05, 0x06, 0x07, 0x08], SchoolCsvTexts.Binary },
        { Encoding.Unicode.GetBytes("Название;Муниципалитет"), SchoolCsvTexts.Binary },
    };

    [Theory]
    [MemberData(nameof(NonTextFiles))]
    public void Non_text_content_is_rejected(byte[] content, string expected) =>
        Assert.Equal(expected, SchoolCsvReader.Read(content).Error);

    [Theory]
    [InlineData(SchoolCsvReader.MaxRows, true)]
    [InlineData(SchoolCsvReader.MaxRows + 1, false)]
    public void At_most_2000_rows(int rows, bool accepted)
    {
        var file = new StringBuilder("Название;Муниципалитет\n");
        for (var i = 1; i <= rows; i++)
        {
            file.Append("СОШ №").Append(i).Append(";vpyshma\n");
        }

        var result = Read(file.ToString());

        Assert.Equal(accepted, result.IsSuccess);
        if (accepted)
        {
            Assert.Equal(rows, result.Rows.Count);
        }
        else
        {
            Assert.Equal(SchoolCsvTexts.TooManyRows(2000), result.Error);
        }
    }

    [Fact]
    public void Blank_rows_are_skipped_and_line_numbers_match_the_file()
    {
        var result = Read("Название;Муниципалитет\r\nСОШ №1;vpyshma\r\n\r\n;;\r\n\"СОШ\r\n№2\";vpyshma\r\nСОШ №3;vpyshma\r\n");

        Assert.True(result.IsSuccess, result.Error);
        Assert.Equal([2, 5, 7], result.Rows.Select(row => row.Line));
        Assert.Equal("СОШ\r\n№2", result.Rows[1].Fields["Название"]);
    }

    [Fact]
    public void Excel_sep_hint_sets_the_separator_and_keeps_line_numbers()
    {
        var result = Read("sep=,\r\nНазвание,Муниципалитет\r\nСОШ №1; корпус 2,vpyshma\r\n");

        Assert.True(result.IsSuccess, result.Error);
        Assert.Equal(',', result.Separator);
        var row = Assert.Single(result.Rows);
        Assert.Equal(3, row.Line);
        Assert.Equal("СОШ №1; корпус 2", row.Fields["Название"]);
    }

    [Fact]
    public void Short_rows_give_null_and_long_rows_are_cut_to_the_header()
    {
        var result = Read("Название;Муниципалитет;ШНОР\nСОШ №1;vpyshma\nСОШ №2;vpyshma;да;лишнее\n");

        Assert.True(result.IsSuccess, result.Error);
        Assert.Null(result.Rows[0].Fields["ШНОР"]);
        Assert.Equal(3, result.Rows[1].Fields.Count);
    }

    [Fact]
    public void Values_are_trimmed_and_headers_looked_up_in_any_case()
    {
        var result = Read(" название ; МУНИЦИПАЛИТЕТ \n  СОШ №1  ; vpyshma \n");

        Assert.True(result.IsSuccess, result.Error);
        var fields = Assert.Single(result.Rows).Fields;
        Assert.Equal("СОШ №1", fields["Название"]);
        Assert.Equal("vpyshma", fields["муниципалитет"]);
    }

    [Fact]
    public void Unclosed_quote_is_reported_with_its_line()
    {
        var result = Read("Название;Муниципалитет\nСОШ №1;vpyshma\n\"СОШ №2;vpyshma\nСОШ №3;vpyshma\n");

        Assert.Equal(SchoolCsvTexts.UnclosedQuote(3), result.Error);
    }

    [Fact]
    public void Example_file_from_the_docs_imports_into_the_demo_data()
    {
        var demo = DemoData.Load(Path.Combine(AppContext.BaseDirectory, "Content", "demo-data.json"));
        var read = SchoolCsvReader.Read(File.ReadAllBytes(Path.Combine(RepositoryRoot(), "docs", "examples", "schools-example.csv")));
        Assert.True(read.IsSuccess, read.Error);

        var report = SchoolImport.ValidateFile(read.Rows, demo.Municipalities, demo.Coordinator.MunicipalityIds.ToHashSet(), demo.Schools);

        Assert.Empty(report.Rejected);
        Assert.Equal(3, report.Accepted.Count);
    }

    private static CsvReadResult Read(string text) => SchoolCsvReader.Read(Encoding.UTF8.GetBytes(text));

    private static void AssertSemicolonFile(CsvReadResult result, string encodingName, char separator = ';')
    {
        Assert.True(result.IsSuccess, result.Error);
        Assert.Equal(encodingName, result.EncodingName);
        Assert.Equal(separator, result.Separator);
        Assert.Equal([2, 3], result.Rows.Select(row => row.Line));
        Assert.Equal("МАОУ «СОШ №1»", result.Rows[0].Fields["Название"]);
        Assert.Equal("МАОУ «СОШ №1»", result.Rows[0].Fields["название"]);
        Assert.Equal("да", result.Rows[0].Fields["ШНОР"]);
        Assert.Equal("базово", result.Rows[0].Fields["Кластер"]);
        Assert.Equal("МОУ «Эммаусская СОШ»", result.Rows[1].Fields["Название"]);
        Assert.Equal("Калининский район", result.Rows[1].Fields["Муниципалитет"]);
        Assert.Equal("", result.Rows[1].Fields["Кластер"]);
    }

    private static string RepositoryRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Bot.sln")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException("Bot.sln not found above " + AppContext.BaseDirectory);
    }
}
