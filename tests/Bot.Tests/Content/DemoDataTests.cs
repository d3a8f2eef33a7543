using SchoolSupport.Bot.Content;
using SchoolSupport.Domain.Schools;

namespace SchoolSupport.Bot.Tests.Content;

public sealed class DemoDataTests
{
    private static DemoData LoadShipped() => DemoData.Load(Path.Combine(AppContext.BaseDirectory, "Content", "demo-data.json"));

    [Fact]
    public void Shipped_file_loads_with_the_seed_schools()
    {
        var demo = LoadShipped();

        Assert.Equal(["vpyshma", "kotelnikovo", "kalininsky"], demo.Municipalities.Select(m => m.Id));
        Assert.Equal(12, demo.Schools.Count(s => s.MunicipalityId == "vpyshma"));
        Assert.Equal(3, demo.Schools.Count(s => s.MunicipalityId == "kotelnikovo"));
        Assert.Equal(5, demo.Schools.Count(s => s.MunicipalityId == "kalininsky"));
        Assert.All(demo.Schools, school => Assert.Equal(0, school.Id));
        Assert.Equal("Демо-координатор", demo.Coordinator.Name);
        Assert.Equal(["vpyshma", "kotelnikovo", "kalininsky"], demo.Coordinator.MunicipalityIds);
    }

    [Fact]
    public void Shipped_file_keeps_the_seed_facts()
    {
        var schools = LoadShipped().Schools.ToDictionary(s => s.Name);

        Assert.Equal(
            ["МАОУ «СОШ №24»", "МАОУ «СОШ №25»", "МАОУ «СОШ №7»"],
            schools.Values.Where(s => s.Cohort500Year == 2022).Select(s => s.Name).Order(StringComparer.Ordinal));
        Assert.All(schools.Values.Where(s => s.Cohort500Year == 2022), s => Assert.Equal(ResultCluster.Severe, s.Cluster));
        Assert.Equal(ResultCluster.Basic, schools["МАОУ «СОШ №1»"].Cluster);
        Assert.Equal(SchoolFlags.LowResults, schools["МОУ «Васильевская СОШ»"].Flags);
        Assert.Equal(SchoolFlags.VprBias, schools["МОУ «Эммаусская СОШ»"].Flags);
        Assert.Equal(SchoolFlags.LowResults, schools["МКОУ Семиченская СШ"].Flags);
    }

    [Theory]
    [InlineData("vpyshma", 5)]
    [InlineData("kotelnikovo", 3)]
    [InlineData("kalininsky", 3)]
    public void Time_zones_resolve_to_the_expected_offsets(string id, int hours)
    {
        var municipality = LoadShipped().Municipalities.Single(m => m.Id == id);

        var zone = TimeZoneInfo.FindSystemTimeZoneById(municipality.TimeZoneId);

        Assert.Equal(TimeSpan.FromHours(hours), zone.GetUtcOffset(new DateTime(2026, 1, 15, 12, 0, 0, DateTimeKind.Utc)));
    }

    [Fact]
    public void Flags_read_as_comma_separated_names()
    {
        var demo = DemoData.Parse(Json(school: """{"name": "СОШ №1", "municipalityId": "m1", "flags": "LowResults, VprBias"}"""));

        Assert.Equal(SchoolFlags.LowResults | SchoolFlags.VprBias, Assert.Single(demo.Schools).Flags);
    }

    [Theory]
    [InlineData("""{"name": "СОШ №1", "municipalityId": "nowhere"}""", "municipality 'nowhere' is not in the municipalities list")]
    [InlineData("""{"name": " ", "municipalityId": "m1"}""", "the name must be 1..200 characters")]
    [InlineData("""{"name": "СОШ №1", "municipalityId": "m1", "cohort500Year": 1999}""", "outside 2020..2100")]
    [InlineData("""{"name": "СОШ №1", "municipalityId": "m1", "flags": 1}""", "not valid demo data JSON")]
    [InlineData("""{"name": "СОШ №1", "municipalityId": "m1", "cluster": "Terrible"}""", "not valid demo data JSON")]
    [InlineData("""{"municipalityId": "m1"}""", "not valid demo data JSON")]
    [InlineData("""{"name": "СОШ №1", "municipalityId": "m1", "nickname": "x"}""", "not valid demo data JSON")]
    public void Bad_school_is_rejected(string school, string expected) =>
        AssertInvalid(Json(school: school), expected);

    [Theory]
    [InlineData("Mars/Olympus", "m1", "time zone 'Mars/Olympus' is not known")]
    [InlineData("Europe/Moscow", "M 1", "municipality id 'M 1' must be Latin lowercase")]
    public void Bad_municipality_is_rejected(string timeZoneId, string id, string expected) =>
        AssertInvalid(Json(municipalityId: id, timeZoneId: timeZoneId, school: $$"""{"name": "СОШ №1", "municipalityId": "{{id}}"}"""), expected);

    [Fact]
    public void Coordinator_outside_the_municipalities_is_rejected() =>
        AssertInvalid(Json(coordinatorMunicipality: "m2"), "coordinator: municipality 'm2' is not in the municipalities list");

    [Fact]
    public void Duplicate_school_is_rejected() =>
        AssertInvalid(
            Json(school: """{"name": "СОШ №1", "municipalityId": "m1"}, {"name": "СОШ № 1", "municipalityId": "m1"}"""),
            "appears twice in 'm1'");

    [Theory]
    [InlineData("not json")]
    [InlineData("null")]
    [InlineData("""{"version": 1}""")]
    public void Broken_file_is_rejected(string json) =>
        Assert.Throws<InvalidDataException>(() => DemoData.Parse(json));

    [Fact]
    public void Unsupported_version_is_rejected() =>
        AssertInvalid(Json(version: 2), "version 2 is not supported");

    private static void AssertInvalid(string json, string expected)
    {
        var ex = Assert.Throws<InvalidDataException>(() => DemoData.Parse(json, "test.json"));
        Assert.StartsWith("test.json: ", ex.Message, StringComparison.Ordinal);
        Assert.Contains(expected, ex.Message, StringComparison.Ordinal);
    }

    private static string Json(
        int version = 1,
        string municipalityId = "m1",
        string timeZoneId = "Europe/Moscow",
        string school = """{"name": "СОШ №1", "municipalityId": "m1"}""",
        string coordinatorMunicipality = "m1") =>
        $$"""
        {
          "version": {{version}},
          "municipalities": [{"id": "{{municipalityId}}", "name": "Тест", "region": "Тестовая область", "timeZoneId": "{{timeZoneId}}"}],
          "schools": [{{school}}],
          "coordinator": {"name": "Демо-координатор", "municipalityIds": ["{{coordinatorMunicipality}}"]}
        }
        """;
}
