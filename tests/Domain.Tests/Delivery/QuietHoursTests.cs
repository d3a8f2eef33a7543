using SchoolSupport.Domain.Delivery;

namespace SchoolSupport.Domain.Tests.Delivery;

public sealed class QuietHoursTests
{
    private static readonly QuietHours Night = new(new TimeOnly(21, 0), new TimeOnly(8, 0));
    private static readonly TimeZoneInfo Moscow = TimeZoneInfo.FindSystemTimeZoneById("Europe/Moscow");
    private static readonly TimeZoneInfo Yekaterinburg = TimeZoneInfo.FindSystemTimeZoneById("Asia/Yekaterinburg");
    private static readonly TimeZoneInfo Berlin = TimeZoneInfo.FindSystemTimeZoneById("Europe/Berlin");

    [Theory]
    [InlineData("21:00", "08:00", "20:59", false)]
    [InlineData("21:00", "08:00", "21:00", true)]
    [InlineData("21:00", "08:00", "23:59", true)]
    [InlineData("21:00", "08:00", "00:00", true)]
    [InlineData("21:00", "08:00", "07:59", true)]
    [InlineData("21:00", "08:00", "08:00", false)]
    [InlineData("21:00", "08:00", "12:00", false)]
    [InlineData("13:00", "15:00", "12:59", false)]
    [InlineData("13:00", "15:00", "13:00", true)]
    [InlineData("13:00", "15:00", "14:59", true)]
    [InlineData("13:00", "15:00", "15:00", false)]
    [InlineData("00:00", "00:00", "03:00", false)]
    [InlineData("08:00", "08:00", "08:00", false)]
    public void A_local_time_is_quiet_between_start_and_end_crossing_midnight_when_start_is_later(string start, string end, string at, bool quiet)
    {
        var hours = new QuietHours(TimeOnly.Parse(start, System.Globalization.CultureInfo.InvariantCulture), TimeOnly.Parse(end, System.Globalization.CultureInfo.InvariantCulture));

        Assert.Equal(quiet, hours.Contains(TimeOnly.Parse(at, System.Globalization.CultureInfo.InvariantCulture)));
    }

    public static TheoryData<string, DateTime, DateTime> NextAllowedCases => new()
    {
        // Moscow is UTC+3 all year: 20:30 local is allowed, 21:00 waits until 08:00 local = 05:00 UTC next day.
        { "Europe/Moscow", Utc(2026, 11, 26, 17, 30), Utc(2026, 11, 26, 17, 30) },
        { "Europe/Moscow", Utc(2026, 11, 26, 18, 0), Utc(2026, 11, 27, 5, 0) },
        { "Europe/Moscow", Utc(2026, 11, 26, 23, 10), Utc(2026, 11, 27, 5, 0) },
        { "Europe/Moscow", Utc(2026, 11, 27, 4, 59), Utc(2026, 11, 27, 5, 0) },
        { "Europe/Moscow", Utc(2026, 11, 27, 5, 0), Utc(2026, 11, 27, 5, 0) },
        // Yekaterinburg is UTC+5: 17:30 UTC is 22:30 there, so it waits until 08:00 local = 03:00 UTC.
        { "Asia/Yekaterinburg", Utc(2026, 11, 26, 17, 30), Utc(2026, 11, 27, 3, 0) },
        { "Asia/Yekaterinburg", Utc(2026, 11, 26, 15, 59), Utc(2026, 11, 26, 15, 59) },
        { "Asia/Yekaterinburg", Utc(2026, 11, 26, 20, 0), Utc(2026, 11, 27, 3, 0) },
        // Berlin: 08:00 local is 07:00 UTC in winter and 06:00 UTC in summer, also on the nights the clock changes.
        { "Europe/Berlin", Utc(2026, 1, 10, 22, 0), Utc(2026, 1, 11, 7, 0) },
        { "Europe/Berlin", Utc(2026, 7, 10, 22, 0), Utc(2026, 7, 11, 6, 0) },
        { "Europe/Berlin", Utc(2026, 3, 28, 21, 0), Utc(2026, 3, 29, 6, 0) },
        { "Europe/Berlin", Utc(2026, 10, 24, 20, 0), Utc(2026, 10, 25, 7, 0) },
    };

    [Theory]
    [MemberData(nameof(NextAllowedCases))]
    public void A_quiet_instant_moves_to_the_end_of_the_quiet_hours_in_the_recipients_zone(string zone, DateTime utc, DateTime expected)
    {
        var next = Night.NextAllowedUtc(utc, TimeZoneInfo.FindSystemTimeZoneById(zone));

        Assert.Equal(expected, next);
        Assert.Equal(DateTimeKind.Utc, next.Kind);
        Assert.False(Night.IsQuiet(next, TimeZoneInfo.FindSystemTimeZoneById(zone)));
    }

    [Fact]
    public void The_same_instant_is_quiet_in_Yekaterinburg_and_not_in_Moscow()
    {
        var evening = Utc(2026, 11, 26, 17, 30); // 20:30 in Moscow, 22:30 in Yekaterinburg

        Assert.False(Night.IsQuiet(evening, Moscow));
        Assert.True(Night.IsQuiet(evening, Yekaterinburg));
    }

    [Fact]
    public void An_end_inside_the_spring_forward_gap_becomes_the_moment_the_clock_jumps()
    {
        // Berlin, 29 March 2026: 02:00 local jumps to 03:00 (01:00 UTC). Quiet hours ending at 02:30 end at that jump.
        var hours = new QuietHours(new TimeOnly(21, 0), new TimeOnly(2, 30));

        var next = hours.NextAllowedUtc(Utc(2026, 3, 28, 23, 0), Berlin);

        Assert.Equal(Utc(2026, 3, 29, 1, 0), next);
    }

    [Fact]
    public void An_end_in_the_repeated_autumn_hour_takes_its_first_occurrence()
    {
        // Berlin, 25 October 2026: 03:00 local goes back to 02:00, so 02:30 happens twice (00:30 and 01:30 UTC).
        var hours = new QuietHours(new TimeOnly(21, 0), new TimeOnly(2, 30));

        var next = hours.NextAllowedUtc(Utc(2026, 10, 24, 22, 0), Berlin);

        Assert.Equal(Utc(2026, 10, 25, 0, 30), next);
    }

    [Fact]
    public void Without_quiet_hours_every_instant_is_allowed()
    {
        var at = Utc(2026, 11, 26, 23, 0);

        Assert.Equal(at, QuietHours.None.NextAllowedUtc(at, Moscow));
        Assert.False(QuietHours.None.IsQuiet(at, Moscow));
    }

    private static DateTime Utc(int y, int mo, int d, int h, int mi) => new(y, mo, d, h, mi, 0, DateTimeKind.Utc);
}
