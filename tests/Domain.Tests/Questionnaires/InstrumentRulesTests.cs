using SchoolSupport.Domain.Questionnaires;
using static SchoolSupport.Domain.Tests.Questionnaires.Sample;

namespace SchoolSupport.Domain.Tests.Questionnaires;

public sealed class InstrumentRulesTests
{
    private static Instrument With(params Item[] items) => Instrument() with
    {
        Sections = [new Section { Id = "s", Title = "Блок", Items = items }],
        Rules = [],
    };

    private static string Problems(Instrument i) => string.Join("; ", InstrumentRules.Problems(i));

    [Fact]
    public void The_sample_has_no_problems() => Assert.Empty(InstrumentRules.Problems(Instrument()));

    [Theory]
    [InlineData("later", "showIf refers to 'later', which comes later; a condition may only look back")]
    [InlineData("missing", "showIf refers to unknown item 'missing'")]
    public void A_condition_must_look_back_at_an_existing_item(string target, string problem)
    {
        var i = With(Single("first", "a", "b") with { ShowIf = new ShowIf { Item = target, AnyOf = ["a"] } }, Single("later", "a", "b"));

        Assert.Contains(problem, Problems(i), StringComparison.Ordinal);
    }

    [Fact]
    public void A_condition_must_fit_its_target()
    {
        var i = With(Single("c", "a", "b"), Number("n", 0, 10),
            Text("t1") with { ShowIf = new ShowIf { Item = "c", AnyOf = ["zz"] } },
            Text("t2") with { ShowIf = new ShowIf { Item = "c", AtLeast = 1 } },
            Text("t3") with { ShowIf = new ShowIf { Item = "n", AnyOf = ["a"] } },
            Text("t4") with { ShowIf = new ShowIf { Item = "n" } });

        var p = Problems(i);

        Assert.Contains("item 't1': showIf refers to unknown option 'zz' of 'c'", p, StringComparison.Ordinal);
        Assert.Contains("item 't2': showIf atLeast/atMost needs a number item", p, StringComparison.Ordinal);
        Assert.Contains("item 't3': showIf anyOf needs a choice item", p, StringComparison.Ordinal);
        Assert.Contains("item 't4': showIf needs either anyOf or atLeast/atMost", p, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(-0.1)]
    [InlineData(1.01)]
    [InlineData(double.NaN)]
    public void Scores_stay_within_zero_and_one(double score)
    {
        var item = Single("c", "a", "b") with { Risks = [1] };
        item = item with { Options = [item.Options[0] with { Score = score }, item.Options[1] with { Score = 0 }] };

        Assert.Contains("option 'a': score", Problems(With(item)), StringComparison.Ordinal);
    }

    [Fact]
    public void A_score_needs_a_risk_and_a_risk_needs_a_score()
    {
        var noRisk = Single("c", "a", "b");
        noRisk = noRisk with { Options = [noRisk.Options[0] with { Score = 1 }, noRisk.Options[1]] };
        var noScore = Single("d", "a", "b") with { Risks = [2] };

        var p = Problems(With(noRisk, noScore));

        Assert.Contains("item 'c', option 'a': carries a score but informs no risk", p, StringComparison.Ordinal);
        Assert.Contains("item 'd': names risks but no option carries a score", p, StringComparison.Ordinal);
    }

    [Fact]
    public void Ids_are_unique_and_well_formed()
    {
        var p = Problems(With(Single("same", "a", "a"), Text("same"), Text("Bad Id"), Single("o", "a", Item.OtherOptionId)));

        Assert.Contains("item 'same': id appears twice", p, StringComparison.Ordinal);
        Assert.Contains("item 'same', option 'a': id appears twice", p, StringComparison.Ordinal);
        Assert.Contains("item 'Bad Id': id must be", p, StringComparison.Ordinal);
        Assert.Contains("option 'other': 'other' is reserved", p, StringComparison.Ordinal);
    }

    [Fact]
    public void Each_kind_has_the_fields_it_needs()
    {
        var p = Problems(With(
            Number("n1", 5, 1),
            Number("n2", 0, 10) with { Max = null },
            Number("n3", 0, 10.5m),
            Single("one", "a"),
            Multiple("m", 5, false, "a", "b"),
            Text("t") with { AllowOther = true },
            YesNo("yn") with { Options = [new ChoiceOption { Id = "da", Label = "Да" }, new ChoiceOption { Id = "net", Label = "Нет" }] }));

        Assert.Contains("item 'n1': min is above max", p, StringComparison.Ordinal);
        Assert.Contains("item 'n2': a number item needs min and max", p, StringComparison.Ordinal);
        Assert.Contains("item 'n3': max has more decimals than allowed", p, StringComparison.Ordinal);
        Assert.Contains("item 'one': needs 2..20 options", p, StringComparison.Ordinal);
        Assert.Contains("item 'm': maxChoices must be 1..the number of options", p, StringComparison.Ordinal);
        Assert.Contains("item 't': allowOther is for single and multiple choice", p, StringComparison.Ordinal);
        Assert.Contains("item 'yn': yes/no options must be exactly 'yes' then 'no'", p, StringComparison.Ordinal);
    }

    [Fact]
    public void Cross_item_rules_name_number_items_and_one_bound()
    {
        var i = With(Number("total", 0, 10), Number("part", 0, 10), Text("t")) with
        {
            Rules =
            [
                new NotAboveRule { Parts = ["part", "t"], Total = "total", Explain = "x" },
                new NotAboveRule { Parts = ["part"], Total = "total", Limit = 100, Explain = "x" },
                new NotAboveRule { Parts = ["total"], Total = "total", Explain = "x" },
                new NotAboveRule { Parts = ["ghost"], Limit = 5, Explain = "x" },
            ],
        };

        var p = Problems(i);

        Assert.Contains("item 't' is not a number", p, StringComparison.Ordinal);
        Assert.Contains("give either a total item or a limit", p, StringComparison.Ordinal);
        Assert.Contains("the total 'total' is also a part", p, StringComparison.Ordinal);
        Assert.Contains("no item 'ghost'", p, StringComparison.Ordinal);
    }

    [Fact]
    public void The_same_version_twice_is_a_problem_two_versions_are_not()
    {
        Assert.Contains("instrument sample@1 is defined by 2 files", InstrumentRules.Problems([Instrument(), Instrument()]));
        Assert.Empty(InstrumentRules.Problems([Instrument(), Instrument() with { Version = 2 }]));
    }
}
