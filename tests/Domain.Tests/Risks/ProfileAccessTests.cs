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
    // The principal answers for the school and is named: shown alone, and no group has to cover them.
    [InlineData("Principal=1:0.90", 0.90, "Principal")]
    [InlineData("Principal=1:0.90 Teacher=12:0.70", 0.80, "Principal Teacher")]
    [InlineData("Principal=1:0.90 Teacher=12:0.70 Parent=20:0.50", 0.70, "Principal Teacher Parent")]
    // Three students: hidden, and parents with them (subtraction), whatever the principal said.
    [InlineData("Principal=1:0.90 Parent=8:0.50 Student=3:0.60", 0.67, "Principal")]
    [InlineData("Principal=1:0.90 Teacher=12:0.70 Parent=8:0.50 Student=3:0.60", 0.68, "Principal Teacher")]
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
    [InlineData(RespondentGroup.Parent, 4, false, false)]
    [InlineData(RespondentGroup.Parent, 5, true, false)]
    [InlineData(RespondentGroup.Student, 9, true, false)]
    [InlineData(RespondentGroup.Teacher, 10, true, true)]
    [InlineData(RespondentGroup.Principal, 1, true, true)]
    public void Exports_carry_rows_from_five_respondents_and_free_text_from_ten_the_principal_always(RespondentGroup group, int respondents, bool rows, bool freeText)
    {
        Assert.Equal(rows, ExportRules.ExportsRows(group, respondents));
        Assert.Equal(freeText, ExportRules.ExportsFreeText(group, respondents));
    }

    /// <summary>Days as "MM-dd" of the group's sheets; the row's own day first.</summary>
    [Theory]
    [InlineData(RespondentGroup.Parent, "11-26 11-26 11-26 11-26 11-26", "2026-11-26")]
    [InlineData(RespondentGroup.Parent, "11-27 11-26 11-26 11-26 11-26 11-26", "2026-11")]
    [InlineData(RespondentGroup.Parent, "12-01 11-26 11-26 11-26 11-26 11-26", "")]
    [InlineData(RespondentGroup.Teacher, "11-26 11-26 11-26 11-26", "")]
    [InlineData(RespondentGroup.Principal, "12-01", "2026-12-01")]
    public void A_row_tells_the_day_only_when_five_sheets_of_its_group_share_it(RespondentGroup group, string days, string expected)
    {
        var all = days.Split(' ').Select(d => DateOnly.ParseExact("2026-" + d, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)).ToList();
        Assert.Equal(expected, ExportRules.When(group, all, all[0]));
    }
}
