using System.Globalization;
using SchoolSupport.Domain.Events;

namespace SchoolSupport.Bot.Tests.Events;

public sealed class EventTextsTests
{
    private static readonly DateTime Start = new(2026, 11, 27, 12, 0, 0, DateTimeKind.Utc);

    [Theory]
    [InlineData("2026-11-26T12:00", "Asia/Yekaterinburg", "завтра в 17:00")]
    [InlineData("2026-11-26T12:00", "Europe/Volgograd", "завтра в 15:00")]
    [InlineData("2026-11-27T05:00", "Europe/Moscow", "сегодня в 15:00")]
    [InlineData("2026-11-27T10:00", "Europe/Moscow", "через 2 часа (в 15:00)")]
    [InlineData("2026-11-27T11:00", "Asia/Yekaterinburg", "через час (в 17:00)")]
    [InlineData("2026-11-27T11:01", "Europe/Moscow", "через 59 минут (в 15:00)")] // the job runs a minute late
    [InlineData("2026-11-27T11:30", "Europe/Moscow", "через 30 минут (в 15:00)")]
    [InlineData("2026-11-24T12:00", "Europe/Moscow", "27 ноября в 15:00")]
    [InlineData("2026-11-27T12:05", "Europe/Moscow", "уже началось (в 15:00)")]
    public void Relative_start_in_Russian_in_the_recipients_zone(string nowUtc, string zone, string expected)
    {
        var now = DateTime.SpecifyKind(DateTime.Parse(nowUtc, CultureInfo.InvariantCulture), DateTimeKind.Utc);
        var when = RelativeWhen.Of(Start, now, TimeZoneInfo.FindSystemTimeZoneById(zone));
        Assert.Equal(expected, EventTexts.When(when, now));
    }

    [Theory]
    [InlineData(90, "1 час 30 минут")]
    [InlineData(60, "1 час")]
    [InlineData(45, "45 минут")]
    [InlineData(120, "2 часа")]
    [InlineData(1440, "24 часа")]
    public void Durations_in_Russian(int minutes, string expected) => Assert.Equal(expected, EventTexts.Duration(minutes));

    [Theory]
    [InlineData("2026-11-27T15:00", "2026-11-26T10:00", "27 ноября (пт) в 15:00")]
    [InlineData("2027-01-05T09:30", "2026-11-26T10:00", "5 января 2027 (вт) в 09:30")]
    public void Dates_with_weekday_and_year_when_not_this_year(string local, string localNow, string expected) =>
        Assert.Equal(expected, EventTexts.Date(DateTime.Parse(local, CultureInfo.InvariantCulture), DateTime.Parse(localNow, CultureInfo.InvariantCulture)));

    [Fact]
    public void Every_kind_has_a_Russian_name() =>
        Assert.Equal(["Вебинар", "Семинар", "Марафон", "Круглый стол", "Совещание", "Конференция"], Enum.GetValues<EventKind>().Select(EventTexts.KindTitle).ToArray());
}
