using SchoolSupport.Bot.Features.Questionnaires.Definitions;
using SchoolSupport.Domain.Questionnaires;
using SchoolSupport.Domain.Risks;

namespace SchoolSupport.Bot.Tests.Content;

/// <summary>Every shipped questionnaire and the risk catalogue load together and keep every rule.</summary>
public sealed class QuestionnaireFilesTests
{
    private static readonly InstrumentCatalog Catalog = new();

    public static TheoryData<string> Files() =>
        [.. Directory.GetFiles(InstrumentCatalog.DefaultDirectory, "*.json", SearchOption.AllDirectories).Select(Path.GetFileName).OfType<string>()];

    [Theory]
    [MemberData(nameof(Files))]
    public void Each_file_parses_is_named_after_its_version_and_has_no_problems(string file)
    {
        var path = Directory.GetFiles(InstrumentCatalog.DefaultDirectory, file, SearchOption.AllDirectories).Single();
        var instrument = DefinitionJson.Parse<Instrument>(File.ReadAllText(path), file, "questionnaire");

        Assert.Equal(InstrumentCatalog.FileName(instrument.Key), file);
        Assert.Empty(InstrumentRules.Problems(instrument));
        Assert.Empty(RiskCatalogueRules.References([instrument], Catalog.Risks));
    }

    [Fact]
    public void All_files_load_together_ids_and_references_hold()
    {
        Assert.Equal(Directory.GetFiles(InstrumentCatalog.DefaultDirectory, "*.json", SearchOption.AllDirectories).Length, Catalog.All.Count);
        Assert.Equal(
            ["principal-passport", "principal-risks", "teacher-changes", "teacher-risks", "parent-risks", "student-risks"],
            Catalog.Latest.Select(i => i.Id)); // by respondent group, as the campaign wizard lists them
        Assert.Empty(InstrumentRules.Problems(Catalog.All));
        Assert.Empty(RiskCatalogueRules.References(Catalog.All, Catalog.Risks));
        Assert.Empty(RiskCatalogueRules.Problems(Catalog.Risks));
    }

    [Fact]
    public void Show_if_targets_exist_and_come_earlier()
    {
        foreach (var instrument in Catalog.All)
        {
            var order = instrument.Items.Select((item, index) => (item.Id, index)).ToDictionary(x => x.Id, x => x.index);
            foreach (var item in instrument.Items.Where(i => i.ShowIf is not null))
                Assert.True(order.TryGetValue(item.ShowIf!.Item, out var at) && at < order[item.Id], $"{instrument.Key} {item.Id}");
        }
    }

    [Fact]
    public void Scores_are_within_zero_and_one() =>
        Assert.All(Catalog.All.SelectMany(i => i.Items).SelectMany(i => i.Choices).Where(o => o.Score is not null),
            o => Assert.InRange(o.Score!.Value, 0, 1));

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(4)]
    [InlineData(5)]
    [InlineData(6)]
    [InlineData(7)]
    [InlineData(8)]
    [InlineData(9)]
    [InlineData(10)]
    public void Every_risk_is_informed_by_at_least_three_items(int risk)
    {
        var items = RiskCatalogueRules.Coverage(Catalog.Latest, Catalog.Risks)[risk];

        Assert.True(items.Count >= RiskCatalogueRules.MinItemsPerRisk, $"risk {risk}: {string.Join(", ", items)}");
    }

    [Fact]
    public void Risk_diagnostics_exist_for_the_four_groups()
    {
        var diagnostics = Catalog.Latest.Where(i => i.Id.EndsWith("-risks", StringComparison.Ordinal)).ToList();

        Assert.Equal(
            [RespondentGroup.Principal, RespondentGroup.Teacher, RespondentGroup.Parent, RespondentGroup.Student],
            diagnostics.Select(i => i.Respondent).Order());
        Assert.All(diagnostics, i => Assert.NotEmpty(ItemsInformingRisks(i)));
    }

    [Fact]
    public void The_weights_are_those_of_the_catalogue_file()
    {
        var risks = Catalog.Risks;

        Assert.Equal(0.60, risks.Thresholds.High);
        Assert.Equal(0.40, risks.Thresholds.Medium);
        Assert.All(Enum.GetValues<RespondentGroup>(), g => Assert.Equal(1.0, risks.WeightOf(risks.Risk(1)!, g)));
        Assert.Equal(1.5, risks.WeightOf(risks.Risk(10)!, RespondentGroup.Student));
    }

    [Fact]
    public void The_catalogue_keeps_the_ten_risks_of_domain_section_4()
    {
        Assert.Equal(
        [
            "Низкий уровень оснащения школы",
            "Дефицит педагогических кадров",
            "Недостаточная предметная и методическая компетентность педагогических работников",
            "Риски низкой адаптивности учебного процесса",
            "Несформированность внутришкольной системы повышения квалификации",
            "Высокая доля обучающихся с рисками учебной неуспешности",
            "Низкое качество преодоления языковых и культурных барьеров",
            "Низкий уровень вовлеченности родителей",
            "Пониженный уровень качества школьной образовательной и воспитательной среды",
            "Низкая учебная мотивация обучающихся",
        ], Catalog.Risks.Risks.Select(r => r.Name));
        Assert.Equal(Enumerable.Range(1, 10), Catalog.Risks.Risks.Select(r => r.Id));
    }

    private static IEnumerable<Item> ItemsInformingRisks(Instrument i) => i.Items.Where(item => ItemScores.RisksOf(item).Count > 0);
}
