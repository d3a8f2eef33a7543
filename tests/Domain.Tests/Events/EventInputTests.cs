using SchoolSupport.Domain.Events;

namespace SchoolSupport.Domain.Tests.Events;

public sealed class EventInputTests
{
    // 26 Nov 2026, 10:00 in Moscow, 12:00 in Yekaterinburg.
    private static readonly DateTime Now = new(2026, 11, 26, 7, 0, 0, DateTimeKind.Utc);
    private static readonly TimeZoneInfo Moscow = TimeZoneInfo.FindSystemTimeZoneById("Europe/Moscow");
    private static readonly TimeZoneInfo Yekaterinburg = TimeZoneInfo.FindSystemTimeZoneById("Asia/Yekaterinburg");

    [Theory]
    [InlineData("28.11 15:00", "Europe/Moscow", "2026-11-28T12:00")]
    [InlineData("28.11 15:00", "Asia/Yekaterinburg", "2026-11-28T10:00")]
    [InlineData("28.11.2026 15:00", "Europe/Moscow", "2026-11-28T12:00")]
    [InlineData("28.11.26 15:00", "Europe/Moscow", "2026-11-28T12:00")]
    [InlineData("  28.11   в 15.00 ", "Europe/Moscow", "2026-11-28T12:00")]
    [InlineData("28.11, 9:05", "Europe/Moscow", "2026-11-28T06:05")]
    [InlineData("1.2 10:00", "Europe/Moscow", "2027-02-01T07:00")] // no year, already past: next year
    [InlineData("05.01.2027 10:00", "Europe/Moscow", "2027-01-05T07:00")]
    [InlineData("26.11 10:01", "Europe/Moscow", "2026-11-26T07:01")] // a minute from now
    [InlineData("29.02.2028 10:00", "Europe/Moscow", "2028-02-29T07:00")]
    public void Start_reads_local_time_in_the_organisers_zone(string text, string zone, string expectedUtc)
    {
        var parsed = EventInput.Start(text, Now, TimeZoneInfo.FindSystemTimeZoneById(zone));
        Assert.Null(parsed.Error);
        Assert.Equal(DateTime.Parse(expectedUtc, System.Globalization.CultureInfo.InvariantCulture), parsed.Value);
    }

    [Theory]
    [InlineData("", EventInputTexts.DateFormat)]
    [InlineData("завтра", EventInputTexts.DateFormat)]
    [InlineData("28 ноября 15:00", EventInputTexts.DateFormat)]
    [InlineData("28.11", EventInputTexts.DateFormat)]
    [InlineData("15:00", EventInputTexts.DateFormat)]
    [InlineData("28/11 15:00", EventInputTexts.DateFormat)]
    [InlineData("28.11 25:00", EventInputTexts.NoSuchTime)]
    [InlineData("28.11 15:60", EventInputTexts.NoSuchTime)]
    [InlineData("31.11 15:00", "Такой даты нет: 31.11. Проверьте число и месяц.")]
    [InlineData("29.02.2027 15:00", "Такой даты нет: 29.02. Проверьте число и месяц.")]
    [InlineData("10.13 15:00", "Такой даты нет: 10.13. Проверьте число и месяц.")]
    [InlineData("26.11 09:59", EventInputTexts.InPast)] // earlier today
    [InlineData("20.11 15:00", EventInputTexts.InPast)] // last week: a mistake, not next year
    [InlineData("28.11.2025 15:00", EventInputTexts.InPast)]
    [InlineData("28.11.2029 15:00", EventInputTexts.TooFar)]
    public void Start_explains_what_is_wrong(string text, string error) =>
        Assert.Equal(error, EventInput.Start(text, Now, Moscow).Error);

    [Fact]
    public void Start_in_the_past_depends_on_the_zone()
    {
        // 11:00 is already past in Yekaterinburg (12:00 now) but still ahead in Moscow (10:00 now).
        Assert.Equal(EventInputTexts.InPast, EventInput.Start("26.11 11:00", Now, Yekaterinburg).Error);
        Assert.True(EventInput.Start("26.11 11:00", Now, Moscow).Ok);
    }

    [Theory]
    [InlineData("90", 90)]
    [InlineData("45 мин", 45)]
    [InlineData("45мин.", 45)]
    [InlineData("120 минут", 120)]
    [InlineData("1:30", 90)]
    [InlineData("2:00", 120)]
    [InlineData("1,5 ч", 90)]
    [InlineData("1.5 ч", 90)]
    [InlineData("1,5 часа", 90)]
    [InlineData("2 часа", 120)]
    [InlineData("2ч", 120)]
    [InlineData("1 Ч 30 МИН", 90)]
    [InlineData("1ч30м", 90)]
    [InlineData("5", 5)]
    [InlineData("24 ч", 1440)]
    public void Duration_reads_minutes_clock_and_hours(string text, int minutes)
    {
        var parsed = EventInput.DurationMinutes(text);
        Assert.Null(parsed.Error);
        Assert.Equal(minutes, parsed.Value);
    }

    [Theory]
    [InlineData("", EventInputTexts.DurationFormat)]
    [InlineData("полтора часа", EventInputTexts.DurationFormat)]
    [InlineData("1:75", EventInputTexts.DurationFormat)]
    [InlineData("-30", EventInputTexts.DurationFormat)]
    [InlineData("1,5", EventInputTexts.DurationFormat)]
    [InlineData("4", EventInputTexts.DurationRange)]
    [InlineData("0", EventInputTexts.DurationRange)]
    [InlineData("25 ч", EventInputTexts.DurationRange)]
    [InlineData("1441", EventInputTexts.DurationRange)]
    public void Duration_explains_what_is_wrong(string text, string error) =>
        Assert.Equal(error, EventInput.DurationMinutes(text).Error);

    [Theory]
    [InlineData("https://example.org/webinar", true, "https://example.org/webinar")]
    [InlineData(" http://vk.com/video-1_2?x=1 ", false, "http://vk.com/video-1_2?x=1")]
    [InlineData("https://xn--80ak6aa92e.xn--p1ai/a", false, "https://xn--80ak6aa92e.xn--p1ai/a")]
    [InlineData("-", true, null)]
    public void Link_accepts_http_and_https(string text, bool optional, string? expected)
    {
        var parsed = EventInput.Link(text, optional);
        Assert.Null(parsed.Error);
        Assert.Equal(expected, parsed.Value);
    }

    [Theory]
    [InlineData("ftp://example.org/file", false, EventInputTexts.LinkScheme)]
    [InlineData("javascript:alert(1)", false, EventInputTexts.LinkFormat)]
    [InlineData("example.org/webinar", false, EventInputTexts.LinkScheme)]
    [InlineData("ссылка будет позже", false, EventInputTexts.LinkFormat)]
    [InlineData("https://localhostx", false, EventInputTexts.LinkFormat)]
    [InlineData("-", false, EventInputTexts.LinkFormat)]
    [InlineData("example.org", true, EventInputTexts.LinkScheme + EventInputTexts.LinkOrDash)]
    public void Link_refuses_anything_else(string text, bool optional, string error) =>
        Assert.Equal(error, EventInput.Link(text, optional).Error);

    [Theory]
    [InlineData("Формирующее оценивание", "Формирующее оценивание", null)]
    [InlineData("  ИРО  ", "ИРО", null)]
    [InlineData("ИР", null, EventInputTexts.TitleLength)]
    public void Title_is_3_to_150_characters(string text, string? expected, string? error)
    {
        var parsed = EventInput.Title(text);
        Assert.Equal(error, parsed.Error);
        if (error is null) Assert.Equal(expected, parsed.Value);
    }

    [Fact]
    public void Long_titles_descriptions_and_feedback_are_refused()
    {
        Assert.Equal(EventInputTexts.TitleLength, EventInput.Title(new string('а', 151)).Error);
        Assert.Equal(EventInputTexts.DescriptionLength, EventInput.Description(new string('а', 2001)).Error);
        Assert.Equal(EventInputTexts.FeedbackLength, EventInput.Feedback(new string('а', 1001)).Error);
        Assert.Equal(EventInputTexts.FeedbackEmpty, EventInput.Feedback("   ").Error);
        Assert.Equal("", EventInput.Description(" - ").Value);
        Assert.Equal("Текст  с пробелами", EventInput.Description(" Текст  с пробелами ").Value);
    }
}
