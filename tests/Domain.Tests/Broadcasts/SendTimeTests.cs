using SchoolSupport.Domain.Broadcasts;

namespace SchoolSupport.Domain.Tests.Broadcasts;

/// <summary>Times are the sender's local times; "now" is Thursday 26.11.2026 10:00.</summary>
public sealed class SendTimeTests
{
    private static readonly DateTime Now = new(2026, 11, 26, 10, 0, 0);

    [Theory]
    [InlineData("27.11 09:30", "2026-11-27 09:30")]
    [InlineData("27.11 9:30", "2026-11-27 09:30")]
    [InlineData("27.11 9.30", "2026-11-27 09:30")]
    [InlineData(" 26.11 15:00 ", "2026-11-26 15:00")]
    [InlineData("1.12, 08:00", "2026-12-01 08:00")]
    [InlineData("01/12 в 08:00", "2026-12-01 08:00")]
    [InlineData("27.11.2026 12:00", "2026-11-27 12:00")]
    [InlineData("27.11.26 12:00", "2026-11-27 12:00")]
    [InlineData("15.01 09:00", "2027-01-15 09:00")]
    public void A_typed_time_is_read_in_the_senders_zone(string input, string expected)
    {
        Assert.Null(SendTime.TryParse(input, Now, out var local));
        Assert.Equal(expected, local.ToString("yyyy-MM-dd HH:mm", System.Globalization.CultureInfo.InvariantCulture));
    }

    [Theory]
    [InlineData("завтра", SendTimeError.Unreadable)]
    [InlineData("27.11", SendTimeError.Unreadable)]
    [InlineData("32.11 10:00", SendTimeError.Unreadable)]
    [InlineData("29.02.2027 10:00", SendTimeError.Unreadable)]
    [InlineData("27.11 24:00", SendTimeError.Unreadable)]
    [InlineData("26.11 09:00", SendTimeError.Past)]
    [InlineData("26.11 10:03", SendTimeError.Past)]
    [InlineData("25.11.2026 12:00", SendTimeError.Past)]
    [InlineData("26.11.2027 12:00", SendTimeError.TooFar)]
    public void A_bad_or_past_time_is_refused_with_its_reason(string input, SendTimeError error) =>
        Assert.Equal(error, SendTime.TryParse(input, Now, out _));

    [Fact]
    public void Quick_choices_are_the_next_two_daytime_slots_today_then_tomorrow()
    {
        var quick = SendTime.Quick(Now).Select(t => t.ToString("dd HH:mm", System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(["26 12:00", "26 15:00", "27 09:00", "27 15:00"], quick);
    }

    [Fact]
    public void Late_in_the_evening_quick_choices_start_tomorrow()
    {
        var quick = SendTime.Quick(new DateTime(2026, 11, 26, 21, 0, 0)).Select(t => t.ToString("dd HH:mm", System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(["27 09:00", "27 15:00", "28 09:00"], quick);
    }

    [Fact]
    public void A_quick_choice_pressed_too_late_is_past() =>
        Assert.Equal(SendTimeError.Past, SendTime.Check(Now.AddMinutes(2), Now));

    [Theory]
    [InlineData(3500, true)]
    [InlineData(3501, false)]
    [InlineData(0, false)]
    public void Texts_up_to_3500_characters_are_accepted(int length, bool ok) =>
        Assert.Equal(ok, MailingRules.IsValidText(new string('а', length)));
}
