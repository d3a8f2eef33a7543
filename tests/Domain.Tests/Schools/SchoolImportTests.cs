using SchoolSupport.Domain.Schools;

namespace SchoolSupport.Domain.Tests.Schools;

public sealed class SchoolImportTests
{
    private static readonly Municipality VPyshma = new()
    {
        Id = "vpyshma",
        Name = "Верхняя Пышма",
        Region = "Свердловская область",
        TimeZoneId = "Asia/Yekaterinburg",
    };

    private static readonly Municipality Kotelnikovo = new()
    {
        Id = "kotelnikovo",
        Name = "Котельниковский муниципальный район",
        Region = "Волгоградская область",
        TimeZoneId = "Europe/Volgograd",
    };

    private static readonly Municipality Kalininsky = new()
    {
        Id = "kalininsky",
        Name = "Калининский район",
        Region = "Тверская область",
        TimeZoneId = "Europe/Moscow",
    };

    private static readonly Municipality[] Municipalities = [VPyshma, Kotelnikovo, Kalininsky];

    private static readonly HashSet<string> Scope = new(StringComparer.Ordinal) { "vpyshma", "kotelnikovo" };

    private static readonly School[] Existing =
    [
        new() { Id = 1, Name = "МАОУ «СОШ №7»", MunicipalityId = "vpyshma" },
    ];

    private const int Line = 4;

    [Fact]
    public void Full_row_maps_every_column()
    {
        var result = Validate(Row(
            ("Название", "  МАОУ  «СОШ   №1» "),
            ("Муниципалитет", "vpyshma"),
            ("ШНОР", "да"),
            ("ШНСУ", "+"),
            ("ВПР", "1"),
            ("Зона риска", "нет"),
            ("Кластер", "сильно"),
            ("500+", "2022"),
            ("Местность", "село"),
            ("Школа-лидер", " МАОУ «СОШ №33» ")));

        Assert.True(result.IsValid);
        Assert.Equal(
            new School
            {
                Id = 0,
                Name = "МАОУ «СОШ №1»",
                MunicipalityId = "vpyshma",
                Flags = SchoolFlags.LowResults | SchoolFlags.AdverseConditions | SchoolFlags.VprBias,
                Cluster = ResultCluster.Severe,
                Cohort500Year = 2022,
                Locality = Locality.Rural,
                LeaderSchool = "МАОУ «СОШ №33»",
            },
            result.School);
    }

    [Fact]
    public void Minimal_row_leaves_optional_fields_at_defaults()
    {
        var result = Validate(Row(("Название", "МАОУ «СОШ №2»"), ("Муниципалитет", "vpyshma")));

        Assert.True(result.IsValid);
        Assert.Equal(SchoolFlags.None, result.School.Flags);
        Assert.Equal(ResultCluster.Unknown, result.School.Cluster);
        Assert.Null(result.School.Cohort500Year);
        Assert.Equal(Locality.Unknown, result.School.Locality);
        Assert.Null(result.School.LeaderSchool);
    }

    private static readonly (string Column, SchoolFlags Flag)[] FlagColumns =
    [
        ("ШНОР", SchoolFlags.LowResults),
        ("ШНСУ", SchoolFlags.AdverseConditions),
        ("ВПР", SchoolFlags.VprBias),
        ("Зона риска", SchoolFlags.RiskZone),
    ];

    public static TheoryData<string, SchoolFlags, string?, bool> FlagValues()
    {
        var data = new TheoryData<string, SchoolFlags, string?, bool>();
        (string? Text, bool Set)[] values =
            [("да", true), ("Да", true), ("ДА", true), (" да ", true), ("1", true), ("+", true),
             ("нет", false), ("Нет", false), ("0", false), ("-", false), ("–", false), ("", false), ("   ", false), (null, false)];
        foreach (var (column, flag) in FlagColumns)
        {
            foreach (var (text, set) in values)
            {
                data.Add(column, flag, text, set);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(FlagValues))]
    public void Flag_values_are_read(string column, SchoolFlags flag, string? text, bool expected)
    {
        var result = Validate(ValidRow((column, text)));

        Assert.True(result.IsValid);
        Assert.Equal(expected ? flag : SchoolFlags.None, result.School.Flags);
    }

    [Theory]
    [InlineData("ШНОР", "может")]
    [InlineData("ШНСУ", "yes")]
    [InlineData("ВПР", "2")]
    [InlineData("Зона риска", "да-да")]
    public void Invalid_flag_is_rejected(string column, string text) =>
        AssertRejected(Validate(ValidRow((column, text))), $"строка 4: {column}: ожидается «да» или «нет», получено «{text}»");

    [Theory]
    [InlineData("базово", ResultCluster.Basic)]
    [InlineData("Умеренно", ResultCluster.Moderate)]
    [InlineData("СИЛЬНО", ResultCluster.Severe)]
    [InlineData("сильно неуспевающие", ResultCluster.Severe)]
    [InlineData("3 Сильно неуспевающие", ResultCluster.Severe)]
    [InlineData("", ResultCluster.Unknown)]
    public void Cluster_values_are_read(string text, ResultCluster expected)
    {
        var result = Validate(ValidRow(("Кластер", text)));

        Assert.True(result.IsValid);
        Assert.Equal(expected, result.School.Cluster);
    }

    [Theory]
    [InlineData("плохо")]
    [InlineData("3")]
    public void Invalid_cluster_is_rejected(string text) =>
        AssertRejected(
            Validate(ValidRow(("Кластер", text))),
            $"строка 4: Кластер: ожидается «базово», «умеренно» или «сильно», получено «{text}»");

    [Theory]
    [InlineData("2022", 2022)]
    [InlineData("2020", 2020)]
    [InlineData("2100", 2100)]
    [InlineData("2021г", 2021)]
    [InlineData("2023 г.", 2023)]
    [InlineData("", null)]
    public void Cohort_year_is_read(string text, int? expected)
    {
        var result = Validate(ValidRow(("500+", text)));

        Assert.True(result.IsValid);
        Assert.Equal(expected, result.School.Cohort500Year);
    }

    [Theory]
    [InlineData("2019")]
    [InlineData("2101")]
    [InlineData("22")]
    [InlineData("2022.5")]
    [InlineData("-2022")]
    [InlineData("двадцать второй")]
    public void Invalid_cohort_year_is_rejected(string text) =>
        AssertRejected(
            Validate(ValidRow(("500+", text))),
            $"строка 4: 500+: ожидается год от 2020 до 2100, получено «{text}»");

    [Theory]
    [InlineData("город", Locality.Urban)]
    [InlineData("Городская", Locality.Urban)]
    [InlineData("г.", Locality.Urban)]
    [InlineData("село", Locality.Rural)]
    [InlineData("сельская", Locality.Rural)]
    [InlineData("с", Locality.Rural)]
    [InlineData("", Locality.Unknown)]
    public void Locality_is_read(string text, Locality expected)
    {
        var result = Validate(ValidRow(("Местность", text)));

        Assert.True(result.IsValid);
        Assert.Equal(expected, result.School.Locality);
    }

    [Fact]
    public void Invalid_locality_is_rejected() =>
        AssertRejected(
            Validate(ValidRow(("Местность", "посёлок"))),
            "строка 4: Местность: ожидается «город» или «село», получено «посёлок»");

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData(null)]
    public void Missing_name_is_rejected(string? name) =>
        AssertRejected(Validate(Row(("Название", name), ("Муниципалитет", "vpyshma"))), "строка 4: не указано название");

    [Fact]
    public void Row_without_name_column_is_rejected() =>
        AssertRejected(Validate(Row(("Муниципалитет", "vpyshma"))), "строка 4: не указано название");

    [Theory]
    [InlineData(200, true)]
    [InlineData(201, false)]
    public void Name_length_is_limited(int length, bool valid)
    {
        var result = Validate(Row(("Название", new string('ш', length)), ("Муниципалитет", "vpyshma")));

        if (valid)
        {
            Assert.True(result.IsValid);
        }
        else
        {
            AssertRejected(result, "строка 4: название длиннее 200 символов");
        }
    }

    [Theory]
    [InlineData("МАОУ  «СОШ №4»", "МАОУ «СОШ №4»")]
    [InlineData("\tМАОУ\u00A0«СОШ №4»\n", "МАОУ «СОШ №4»")]
    [InlineData("МАОУ «СОШ № 4»", "МАОУ «СОШ № 4»")]
    public void Name_is_trimmed_and_inner_spaces_collapsed(string text, string expected)
    {
        var result = Validate(ValidRow(("Название", text)));

        Assert.True(result.IsValid);
        Assert.Equal(expected, result.School.Name);
    }

    [Theory]
    [InlineData("vpyshma")]
    [InlineData("VPyshma")]
    [InlineData("Верхняя Пышма")]
    [InlineData("верхняя  пышма")]
    public void Municipality_is_found_by_id_or_name(string text)
    {
        var result = Validate(ValidRow(("Муниципалитет", text)));

        Assert.True(result.IsValid);
        Assert.Equal("vpyshma", result.School.MunicipalityId);
    }

    [Theory]
    [InlineData("", "строка 4: не указан муниципалитет")]
    [InlineData("Тверь", "строка 4: муниципалитет «Тверь» не найден")]
    [InlineData("kalininsky", "строка 4: муниципалитет «Калининский район» вне вашей зоны ответственности")]
    [InlineData("Калининский район", "строка 4: муниципалитет «Калининский район» вне вашей зоны ответственности")]
    public void Wrong_municipality_is_rejected(string text, string expected) =>
        AssertRejected(Validate(ValidRow(("Муниципалитет", text))), expected);

    [Theory]
    [InlineData("МАОУ «СОШ №7»")]
    [InlineData("МАОУ «СОШ № 7»")]
    [InlineData("маоу \"сош №7\"")]
    [InlineData("МАОУ  «СОШ  №  7»")]
    public void School_already_in_the_municipality_is_rejected(string name) =>
        AssertRejected(
            Validate(Row(("Название", name), ("Муниципалитет", "vpyshma"))),
            $"строка 4: школа «{SchoolImport.NormalizeName(name)}» уже есть в «Верхняя Пышма»");

    [Fact]
    public void Same_name_in_another_municipality_is_accepted() =>
        Assert.True(Validate(Row(("Название", "МАОУ «СОШ №7»"), ("Муниципалитет", "kotelnikovo"))).IsValid);

    [Theory]
    [InlineData("название", "МУНИЦИПАЛИТЕТ", "шнор", "ЗОНА РИСКА", "школа лидер")]
    [InlineData(" Название ", "Муниципалитет", "ШНОР", "Зона  риска", "Школа–лидер")]
    [InlineData("Название", "Муниципалитет", "ШНОР", "зона-риска", "ШКОЛА-ЛИДЕР")]
    public void Headers_match_in_any_case_and_spacing(string name, string municipality, string lowResults, string riskZone, string leader)
    {
        var result = Validate(Row(
            (name, "МАОУ «СОШ №9»"), (municipality, "vpyshma"), (lowResults, "да"), (riskZone, "да"), (leader, "СОШ №1")));

        Assert.True(result.IsValid);
        Assert.Equal(SchoolFlags.LowResults | SchoolFlags.RiskZone, result.School.Flags);
        Assert.Equal("СОШ №1", result.School.LeaderSchool);
    }

    [Fact]
    public void Unknown_columns_are_ignored() =>
        Assert.True(Validate(ValidRow(("Директор", "Иванов И.И."), ("Комментарий", "что угодно"))).IsValid);

    [Fact]
    public void Too_long_leader_school_is_rejected() =>
        AssertRejected(Validate(ValidRow(("Школа-лидер", new string('л', 201)))), "строка 4: Школа-лидер: длиннее 200 символов");

    [Fact]
    public void Every_problem_of_a_row_is_reported()
    {
        var result = Validate(Row(("Название", ""), ("Муниципалитет", "Тверь"), ("ШНОР", "может"), ("500+", "1999")));

        Assert.False(result.IsValid);
        Assert.Equal(
            [
                "строка 4: не указано название",
                "строка 4: муниципалитет «Тверь» не найден",
                "строка 4: ШНОР: ожидается «да» или «нет», получено «может»",
                "строка 4: 500+: ожидается год от 2020 до 2100, получено «1999»",
            ],
            result.Errors.Select(error => error.Message));
    }

    [Fact]
    public void Long_values_are_shortened_in_messages()
    {
        var result = Validate(ValidRow(("Муниципалитет", new string('м', 100))));

        Assert.Equal($"строка 4: муниципалитет «{new string('м', 40)}…» не найден", Assert.Single(result.Errors).Message);
    }

    [Fact]
    public void File_accepts_good_rows_and_reports_bad_ones()
    {
        SchoolImportRow[] rows =
        [
            new(2, Row(("Название", "МАОУ «СОШ №1»"), ("Муниципалитет", "vpyshma"))),
            new(3, Row(("Название", ""), ("Муниципалитет", "vpyshma"))),
            new(4, Row(("Название", "МКОУ Красноярская СШ"), ("Муниципалитет", "kotelnikovo"))),
            new(5, Row(("Название", "МАОУ «СОШ № 1»"), ("Муниципалитет", "Верхняя Пышма"))),
            new(6, Row(("Название", "МАОУ «СОШ №1»"), ("Муниципалитет", "kotelnikovo"))),
        ];

        var report = SchoolImport.ValidateFile(rows, Municipalities, Scope, Existing);

        Assert.Equal(["МАОУ «СОШ №1»", "МКОУ Красноярская СШ", "МАОУ «СОШ №1»"], report.Accepted.Select(s => s.Name));
        Assert.Equal(
            ["строка 3: не указано название", "строка 5: школа «МАОУ «СОШ № 1»» уже есть в этом файле (строка 2)"],
            report.Rejected.Select(error => error.Message));
        Assert.Equal(2, report.RejectedRowCount);
    }

    [Fact]
    public void File_checks_existing_schools_too()
    {
        SchoolImportRow[] rows = [new(2, Row(("Название", "МАОУ «СОШ №7»"), ("Муниципалитет", "vpyshma")))];

        var report = SchoolImport.ValidateFile(rows, Municipalities, Scope, Existing);

        Assert.Empty(report.Accepted);
        Assert.Equal("строка 2: школа «МАОУ «СОШ №7»» уже есть в «Верхняя Пышма»", Assert.Single(report.Rejected).Message);
    }

    [Fact]
    public void Rejected_row_does_not_block_a_later_copy()
    {
        SchoolImportRow[] rows =
        [
            new(2, Row(("Название", "МАОУ «СОШ №3»"), ("Муниципалитет", "vpyshma"), ("ШНОР", "может"))),
            new(3, Row(("Название", "МАОУ «СОШ №3»"), ("Муниципалитет", "vpyshma"))),
        ];

        var report = SchoolImport.ValidateFile(rows, Municipalities, Scope, Existing);

        Assert.Single(report.Accepted);
        Assert.Equal(2, Assert.Single(report.Rejected).Line);
    }

    [Theory]
    [InlineData("МАОУ «СОШ №7»", "маоу \"сош № 7\"", true)]
    [InlineData("МОУ «Черногубовская ООШ»", "МОУ 'Черногубовская  ООШ'", true)]
    [InlineData("Семёновская СОШ", "Семеновская СОШ", true)]
    [InlineData("МАОУ «СОШ №7»", "МАОУ «СОШ №17»", false)]
    public void Name_key_ignores_case_quotes_yo_and_space_after_number_sign(string left, string right, bool same) =>
        Assert.Equal(same, SchoolImport.NameKey(left) == SchoolImport.NameKey(right));

    private static SchoolRowResult Validate(Dictionary<string, string?> fields) =>
        SchoolImport.ValidateRow(Line, fields, Municipalities, Scope, Existing);

    private static void AssertRejected(SchoolRowResult result, string expected)
    {
        Assert.False(result.IsValid);
        Assert.Null(result.School);
        Assert.Equal(expected, Assert.Single(result.Errors).Message);
    }

    /// <summary>A valid row (a new school of Верхняя Пышма) with some cells added or replaced.</summary>
    private static Dictionary<string, string?> ValidRow(params (string Column, string? Value)[] cells)
    {
        var row = Row(("Название", "МАОУ «СОШ №22»"), ("Муниципалитет", "vpyshma"));
        foreach (var (column, value) in cells)
        {
            row[column] = value;
        }

        return row;
    }

    private static Dictionary<string, string?> Row(params (string Column, string? Value)[] cells) =>
        cells.ToDictionary(cell => cell.Column, cell => cell.Value, StringComparer.Ordinal);
}
