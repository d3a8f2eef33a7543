using SchoolSupport.Domain.Questionnaires;
using SchoolSupport.Domain.Risks;
using SchoolSupport.Domain.Tests.Reviews;

namespace SchoolSupport.Domain.Tests.Risks;

public sealed class ProfileAccessTests
{
    [Theory]
    [InlineData("team of 1", true, true)]
    [InlineData("curator of 1", true, true)]
    [InlineData("vpyshma coordinator", true, false)]
    [InlineData("regional coordinator", true, false)]
    [InlineData("kotelnikovo coordinator", false, false)]
    [InlineData("curator of 2", false, false)]
    [InlineData("teacher of 1", false, false)]
    public void The_school_team_and_curator_verify_coordinators_of_the_municipality_only_see(string who, bool sees, bool verifies)
    {
        var p = People.Who(who);

        Assert.Equal(sees, ProfileAccess.CanSee(p, People.School1));
        Assert.Equal(verifies, ProfileAccess.CanVerify(p, People.School1));
    }

    [Theory]
    [InlineData("vpyshma coordinator", "vpyshma", true)]
    [InlineData("vpyshma coordinator", "kotelnikovo", false)]
    [InlineData("regional coordinator", "kotelnikovo", true)]
    [InlineData("curator of 1", "vpyshma", false)]
    [InlineData("team of 1", "vpyshma", false)]
    public void Only_coordinators_see_a_municipality(string who, string municipality, bool sees) =>
        Assert.Equal(sees, ProfileAccess.CanSeeMunicipality(People.Who(who), municipality));

    /// <summary>Groups as "Group=respondents:mean"; the risk is driven by groups at or above 0.40.</summary>
    [Theory]
    [InlineData("Teacher=12:0.70 Student=30:0.50", 0.60, "Teacher Student")]
    // The principal alone is one respondent: neither the indicator nor the group is shown.
    [InlineData("Principal=1:0.90", null, "")]
    // The principal's mean would follow from the indicator and the teachers' mean: teachers are hidden too, the indicator stays.
    [InlineData("Principal=1:0.90 Teacher=12:0.70", 0.80, "")]
    [InlineData("Principal=1:0.90 Teacher=12:0.70 Parent=20:0.50", 0.70, "Parent")]
    // Groups under 0.40 did not drive it, even when shown.
    [InlineData("Teacher=12:0.30 Student=30:0.50", 0.40, "Student")]
    public void A_report_shows_the_indicator_and_drivers_only_where_anonymity_allows(string groups, double? indicator, string drivers)
    {
        var means = groups.Split(' ').Select(g => g.Split('=', ':')).Select(p => new GroupMean(Enum.Parse<RespondentGroup>(p[0]),
            double.Parse(p[2], System.Globalization.CultureInfo.InvariantCulture), 1, int.Parse(p[1], System.Globalization.CultureInfo.InvariantCulture), int.Parse(p[1], System.Globalization.CultureInfo.InvariantCulture), 1)).ToList();
        var value = Math.Round(means.Average(m => m.Mean), 2);
        var result = new RiskResult(new Risk { Id = 1, Name = "Риск", ShortName = "Р" }, value, Thresholds.Default.LevelOf(value), means,
            [.. means.Where(m => m.Mean >= 0.40).OrderByDescending(m => m.Mean).Select(m => m.Group)]);

        Assert.Equal(indicator, RiskDisclosure.ShownIndicator(result));
        Assert.Equal(drivers, string.Join(" ", RiskDisclosure.ShownDrivers(result).Select(g => g.Group.ToString())));
    }

    [Theory]
    [InlineData(4, false, false)]
    [InlineData(5, true, false)]
    [InlineData(9, true, false)]
    [InlineData(10, true, true)]
    public void Exports_carry_rows_from_five_respondents_and_free_text_from_ten(int respondents, bool rows, bool freeText)
    {
        Assert.Equal(rows, ExportRules.ExportsRows(respondents));
        Assert.Equal(freeText, ExportRules.ExportsFreeText(respondents));
    }
}
