using SchoolSupport.Domain.Events;

namespace SchoolSupport.Domain.Tests.Events;

public sealed class RelativeWhenTests
{
    // The event starts at 12:00 UTC on 27 Nov 2026: 15:00 in Moscow/Volgograd, 17:00 in Yekaterinburg.
    private static readonly DateTime Start = new(2026, 11, 27, 12, 0, 0, DateTimeKind.Utc);

    [Theory]
    [InlineData("2026-11-26T12:00", "Europe/Moscow", WhenKind.Tomorrow, "2026-11-27T15:00")]
    [InlineData("2026-11-26T12:00", "Asia/Yekaterinburg", WhenKind.Tomorrow, "2026-11-27T17:00")]
    [InlineData("2026-11-26T12:00", "Europe/Volgograd", WhenKind.Tomorrow, "2026-11-27T15:00")]
    [InlineData("2026-11-27T06:00", "Europe/Moscow", WhenKind.Today, "2026-11-27T15:00")]
    [InlineData("2026-11-27T09:00", "Europe/Moscow", WhenKind.Today, "2026-11-27T15:00")] // exactly 3 h
    [InlineData("2026-11-27T09:01", "Europe/Moscow", WhenKind.Soon, "2026-11-27T15:00")]
    [InlineData("2026-11-27T11:00", "Asia/Yekaterinburg", WhenKind.Soon, "2026-11-27T17:00")]
    [InlineData("2026-11-27T12:00", "Europe/Moscow", WhenKind.Started, "2026-11-27T15:00")]
    [InlineData("2026-11-25T12:00", "Europe/Moscow", WhenKind.OnDate, "2026-11-27T15:00")]
    // 20:30 UTC on 26 Nov is already 01:30 on 27 Nov in Yekaterinburg: the event is «сегодня» there, «завтра» in Moscow.
    [InlineData("2026-11-26T20:30", "Asia/Yekaterinburg", WhenKind.Today, "2026-11-27T17:00")]
    [InlineData("2026-11-26T20:30", "Europe/Moscow", WhenKind.Tomorrow, "2026-11-27T15:00")]
    public void Phrase_kind_and_local_time_per_recipient_zone(string nowUtc, string zone, WhenKind kind, string local)
    {
        var now = DateTime.SpecifyKind(DateTime.Parse(nowUtc, System.Globalization.CultureInfo.InvariantCulture), DateTimeKind.Utc);
        var when = RelativeWhen.Of(Start, now, TimeZoneInfo.FindSystemTimeZoneById(zone));
        Assert.Equal(kind, when.Kind);
        Assert.Equal(DateTime.Parse(local, System.Globalization.CultureInfo.InvariantCulture), when.Local);
        Assert.Equal(Start - now, when.Until);
    }
}
