using SchoolSupport.Domain.Nudges;
using static SchoolSupport.Domain.Tests.Nudges.NudgeWorlds;

namespace SchoolSupport.Domain.Tests.Nudges;

public sealed class NudgeClockTests
{
    [Theory]
    // 03:59 UTC is 08:59 in Екатеринбург (UTC+5): not yet; 04:00 is 09:00: today.
    [InlineData("Asia/Yekaterinburg", 3, 59, 9, null)]
    [InlineData("Asia/Yekaterinburg", 4, 0, 9, "2027-03-10")]
    // The same instants in Волгоград (UTC+3) are 06:59 and 07:00: not yet.
    [InlineData("Europe/Volgograd", 4, 0, 9, null)]
    [InlineData("Europe/Volgograd", 6, 0, 9, "2027-03-10")]
    // 20:00 UTC is already the 11th in Екатеринбург (01:00): the hour there has not come.
    [InlineData("Asia/Yekaterinburg", 20, 0, 9, null)]
    [InlineData("Asia/Yekaterinburg", 20, 0, 0, "2027-03-11")]
    [InlineData("Europe/Moscow", 19, 59, 23, null)]
    [InlineData("Europe/Moscow", 20, 0, 23, "2027-03-10")]
    [InlineData("Europe/Moscow", 21, 0, 23, null)]
    public void Today_is_due_once_the_local_hour_has_come(string zone, int hour, int minute, int digestHour, string? expected)
    {
        var day = NudgeClock.DueDay(Utc(3, 10, hour, minute), TimeZoneInfo.FindSystemTimeZoneById(zone), digestHour);

        Assert.Equal(expected, day?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
    }

    [Theory]
    // Quiet hours 21:00–08:00 with the digest hour at 9 and at 22: nothing is due in them.
    [InlineData(9, 16, 0, null)]           // 21:00 in Екатеринбург: quiet
    [InlineData(9, 15, 59, "2027-03-10")]  // 20:59
    [InlineData(22, 17, 0, null)]          // 22:00: the hour has come, but it is quiet
    public void Nothing_is_due_in_quiet_hours(int digestHour, int hour, int minute, string? expected)
    {
        var s = new NudgeSettings { DigestHour = digestHour, Quiet = new Domain.Delivery.QuietHours(new TimeOnly(21, 0), new TimeOnly(8, 0)) };

        var day = NudgeClock.DueDay(Utc(3, 10, hour, minute), Yekaterinburg, s);

        Assert.Equal(expected, day?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
    }

    [Theory]
    [InlineData("2027-03-08", DayOfWeek.Monday, "2027-03-08")] // a Monday
    [InlineData("2027-03-10", DayOfWeek.Monday, "2027-03-08")]
    [InlineData("2027-03-14", DayOfWeek.Monday, "2027-03-08")] // Sunday
    [InlineData("2027-03-14", DayOfWeek.Sunday, "2027-03-14")]
    [InlineData("2027-03-13", DayOfWeek.Sunday, "2027-03-07")]
    [InlineData("2027-03-10", DayOfWeek.Friday, "2027-03-05")]
    public void A_week_starts_on_the_summary_day(string today, DayOfWeek first, string expected) =>
        Assert.Equal(DateOnly.Parse(expected, System.Globalization.CultureInfo.InvariantCulture),
            NudgeClock.WeekStart(DateOnly.Parse(today, System.Globalization.CultureInfo.InvariantCulture), first));

    [Theory]
    [InlineData(0, 0)]
    [InlineData(-5, 0)]
    [InlineData(23.9, 0)]
    [InlineData(24, 1)]
    [InlineData(143, 5)]
    public void Whole_days_round_down(double hours, int days) => Assert.Equal(days, NudgeClock.WholeDays(TimeSpan.FromHours(hours)));

    [Fact]
    public void A_key_names_kind_recipient_subject_and_day() =>
        Assert.Equal("Digest|curator-1|reviews|2027-03-10", new NudgeKey(NudgeKind.Digest, "curator-1", "reviews", new DateOnly(2027, 3, 10)).Value);
}
