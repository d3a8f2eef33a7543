using SchoolSupport.Domain.Campaigns;
using static SchoolSupport.Domain.Tests.Campaigns.CampaignWorld;

namespace SchoolSupport.Domain.Tests.Campaigns;

public sealed class CampaignRulesTests
{
    [Theory]
    [InlineData(11, 30, 18, 59, CampaignState.Scheduled)] // 23:59 on 30 November in Екатеринбург
    [InlineData(11, 30, 19, 0, CampaignState.Open)] // 00:00 on 1 December there
    [InlineData(12, 14, 18, 59, CampaignState.Open)] // 23:59 on the last day
    [InlineData(12, 14, 19, 0, CampaignState.Closed)] // 00:00 the day after
    [InlineData(12, 20, 5, 0, CampaignState.Closed)]
    public void Open_from_the_first_local_day_to_the_end_of_the_last(int month, int day, int hour, int minute, CampaignState state)
    {
        var c = December();

        Assert.Equal(state, CampaignRules.StateAt(c, Utc(month, day, hour, minute)));
        Assert.Equal(state == CampaignState.Open, CampaignRules.AcceptsAnswers(c, Utc(month, day, hour, minute)));
    }

    [Fact]
    public void A_campaign_stopped_by_hand_is_closed_from_that_moment()
    {
        var c = December() with { StoppedAtUtc = Utc(12, 5, 6) };

        Assert.Equal(CampaignState.Open, CampaignRules.StateAt(c, Utc(12, 5, 5)));
        Assert.Equal(CampaignState.Closed, CampaignRules.StateAt(c, Utc(12, 5, 6)));
    }

    [Theory]
    [InlineData("2026-12-01", "2026-12-14", DatesProblem.None)]
    [InlineData("2026-11-26", "2026-11-26", DatesProblem.None)] // one day, starting today
    [InlineData("2026-11-25", "2026-12-14", DatesProblem.OpensInThePast)]
    [InlineData("2026-12-14", "2026-12-13", DatesProblem.ClosesBeforeOpening)]
    [InlineData("2026-12-01", "2027-03-02", DatesProblem.None)] // 92 days, the limit
    [InlineData("2026-12-01", "2027-03-03", DatesProblem.TooLong)] // 93 days
    [InlineData("2026-12-01", "2027-03-01", DatesProblem.None)] // 91 days
    public void Dates_are_checked_against_today(string opens, string closes, DatesProblem problem) =>
        Assert.Equal(problem, CampaignRules.Check(DateOnly.Parse(opens, System.Globalization.CultureInfo.InvariantCulture),
            DateOnly.Parse(closes, System.Globalization.CultureInfo.InvariantCulture), new DateOnly(2026, 11, 26)));

    [Theory]
    [InlineData("15.12", "2026-12-15")]
    [InlineData(" 1.12. ", "2026-12-01")]
    [InlineData("26.11", "2026-11-26")] // today
    [InlineData("25.11", "2027-11-25")] // already past this year
    [InlineData("15.12.2026", "2026-12-15")]
    [InlineData("15.01.27", "2027-01-15")]
    [InlineData("29.02", null)] // no 29 February within a year
    [InlineData("31.11", null)]
    [InlineData("15/12", null)]
    [InlineData("завтра", null)]
    [InlineData("", null)]
    public void Typed_dates_without_a_year_are_the_next_such_day(string text, string? expected)
    {
        var ok = CampaignRules.TryParseDay(text, new DateOnly(2026, 11, 26), out var day);

        Assert.Equal(expected is not null, ok);
        if (expected is not null) Assert.Equal(DateOnly.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), day);
    }

    [Fact]
    public void Days_left_count_the_school_calendar()
    {
        var c = December();

        Assert.Equal(0, CampaignRules.DaysLeft(c, Utc(12, 14, 18, 59), Yekaterinburg));
        Assert.Equal(-1, CampaignRules.DaysLeft(c, Utc(12, 14, 19), Yekaterinburg));
        Assert.Equal(13, CampaignRules.DaysLeft(c, Utc(11, 30, 19), Yekaterinburg));
    }

    [Theory]
    [InlineData("h", true)]
    [InlineData("t", true)]
    [InlineData("p6", true)]
    [InlineData("s9", true)]
    [InlineData("p7", false)]
    [InlineData("s", false)]
    [InlineData("x9", false)]
    [InlineData("", false)]
    public void Group_keys_round_trip(string key, bool valid)
    {
        Assert.Equal(valid, CampaignGroup.TryParse(key, out var g));
        if (valid) Assert.Equal(key, g.Key);
    }
}
