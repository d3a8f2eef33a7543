using SchoolSupport.Domain.Questionnaires;
using SchoolSupport.Domain.Risks;

namespace SchoolSupport.Domain.Tests.Risks;

public sealed class RiskCatalogueRulesTests
{
    private static readonly RiskCatalogue Good = new()
    {
        Version = 1, Title = "РПШ", Thresholds = Thresholds.Default,
        Risks = [new Risk { Id = 1, Name = "Риск", ShortName = "Риск" }],
    };

    private static string Problems(RiskCatalogue c) => string.Join("; ", RiskCatalogueRules.Problems(c));

    [Fact]
    public void A_well_formed_catalogue_has_no_problems() => Assert.Empty(RiskCatalogueRules.Problems(Good));

    [Theory]
    [InlineData(0.6, 0.4, false)]
    [InlineData(0.4, 0.6, true)]
    [InlineData(0.6, 0.6, true)]
    [InlineData(1.2, 0.4, true)]
    [InlineData(0.6, 0.0, true)]
    public void Thresholds_keep_their_order(double high, double medium, bool problem) =>
        Assert.Equal(problem, Problems(Good with { Thresholds = new Thresholds { High = high, Medium = medium } }).Contains("thresholds", StringComparison.Ordinal));

    [Fact]
    public void Weights_are_not_negative_nor_repeated_and_not_all_zero()
    {
        var c = Good with
        {
            Weights =
            [
                new GroupWeight { Group = RespondentGroup.Teacher, Weight = -1 },
                new GroupWeight { Group = RespondentGroup.Teacher, Weight = 0 },
            ],
        };

        var p = Problems(c);

        Assert.Contains("weight of Teacher must be 0 or more", p, StringComparison.Ordinal);
        Assert.Contains("weight of Teacher appears twice", p, StringComparison.Ordinal);
        Assert.Contains("at least one group needs a positive weight", p, StringComparison.Ordinal);
    }

    [Fact]
    public void Risk_ids_are_unique_and_named()
    {
        var p = Problems(Good with { Risks = [.. Good.Risks, new Risk { Id = 1, Name = " ", ShortName = "" }] });

        Assert.Contains("risk 1 appears twice", p, StringComparison.Ordinal);
        Assert.Contains("risk 1 needs a name", p, StringComparison.Ordinal);
    }

    [Fact]
    public void Unknown_risks_in_instruments_and_thin_coverage_are_named()
    {
        var item = new Item
        {
            Id = "q", Text = "q", Kind = ItemKind.YesNo, Risks = [1],
            Options = [new ChoiceOption { Id = "yes", Label = "Да", Score = 0 }, new ChoiceOption { Id = "no", Label = "Нет", Score = 1, Risks = [7] }],
        };
        var i = new Instrument { Id = "i", Version = 1, Title = "i", Respondent = RespondentGroup.Parent, Sections = [new Section { Id = "s", Title = "s", Items = [item] }] };

        Assert.Equal(["instrument i@1, item 'q': unknown risk 7"], RiskCatalogueRules.References([i], Good));
        Assert.Equal(["risk 1 is informed by 1 items; at least 3 are needed"], RiskCatalogueRules.CoverageProblems([i], Good));
        Assert.Equal(["i/q"], RiskCatalogueRules.Coverage([i], Good)[1]);
    }
}
