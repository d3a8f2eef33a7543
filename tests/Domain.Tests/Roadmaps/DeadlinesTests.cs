using SchoolSupport.Domain.Roadmaps;
using static SchoolSupport.Domain.Tests.Roadmaps.Templates;

namespace SchoolSupport.Domain.Tests.Roadmaps;

public sealed class DeadlinesTests
{
    [Theory]
    [InlineData("Asia/Yekaterinburg", 2027, 3, 1, "2027-03-01T19:00:00Z")]
    [InlineData("Europe/Moscow", 2027, 3, 1, "2027-03-01T21:00:00Z")]
    [InlineData("Europe/Volgograd", 2027, 3, 1, "2027-03-01T21:00:00Z")]
    [InlineData("Europe/Moscow", 2026, 12, 31, "2026-12-31T21:00:00Z")]
    [InlineData("Asia/Yekaterinburg", 2028, 2, 29, "2028-02-29T19:00:00Z")]
    public void A_deadline_ends_with_its_day_in_the_schools_zone(string zone, int year, int month, int day, string dueUtc)
    {
        var due = Deadlines.DueUtc(new DateOnly(year, month, day), TimeZoneInfo.FindSystemTimeZoneById(zone));

        Assert.Equal(DateTime.Parse(dueUtc, null, System.Globalization.DateTimeStyles.AdjustToUniversal), due);
        Assert.Equal(DateTimeKind.Utc, due.Kind);
    }

    [Fact]
    public void The_same_date_ends_two_hours_earlier_in_Yekaterinburg_than_in_Moscow()
    {
        var date = new DateOnly(2027, 3, 30);

        Assert.Equal(TimeSpan.FromHours(2), Deadlines.DueUtc(date, Moscow) - Deadlines.DueUtc(date, Yekaterinburg));
    }

    [Fact]
    public void A_clock_change_at_midnight_moves_the_end_to_the_first_valid_moment()
    {
        var rule = TimeZoneInfo.AdjustmentRule.CreateAdjustmentRule(DateTime.MinValue.Date, DateTime.MaxValue.Date, TimeSpan.FromHours(1),
            TimeZoneInfo.TransitionTime.CreateFixedDateRule(new DateTime(1, 1, 1, 0, 0, 0), 3, 2),
            TimeZoneInfo.TransitionTime.CreateFixedDateRule(new DateTime(1, 1, 1, 1, 0, 0), 10, 1));
        var zone = TimeZoneInfo.CreateCustomTimeZone("Test/Midnight", TimeSpan.Zero, "t", "t", "t", [rule]);

        var due = Deadlines.DueUtc(new DateOnly(2027, 3, 1), zone);

        Assert.Equal(new DateTime(2027, 3, 2, 0, 0, 0, DateTimeKind.Utc), due);
    }

    [Theory]
    [InlineData("15.04.2027", 2027, 4, 15)]
    [InlineData(" 1.4.2027 ", 2027, 4, 1)]
    [InlineData("01.04.2027", 2027, 4, 1)]
    [InlineData("29.02.2028", 2028, 2, 29)]
    public void Typed_dates_are_read(string text, int year, int month, int day)
    {
        Assert.True(Deadlines.TryParseDate(text, out var date));
        Assert.Equal(new DateOnly(year, month, day), date);
    }

    [Theory]
    [InlineData("")]
    [InlineData(null)]
    [InlineData("завтра")]
    [InlineData("2027-04-15")]
    [InlineData("15/04/2027")]
    [InlineData("31.04.2027")]
    [InlineData("29.02.2027")]
    [InlineData("15.04.27")]
    public void Anything_else_is_not_a_date(string? text) => Assert.False(Deadlines.TryParseDate(text, out _));

    [Fact]
    public void Today_is_the_local_date_of_the_zone()
    {
        var lateEvening = new DateTime(2027, 3, 1, 20, 0, 0, DateTimeKind.Utc);

        Assert.Equal(new DateOnly(2027, 3, 1), Deadlines.LocalToday(lateEvening, Moscow));
        Assert.Equal(new DateOnly(2027, 3, 2), Deadlines.LocalToday(lateEvening, Yekaterinburg));
    }
}
