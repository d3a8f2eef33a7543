using Microsoft.Extensions.Configuration;
using SchoolSupport.Bot.Features.Nudges;
using SchoolSupport.Domain.Delivery;

namespace SchoolSupport.Bot.Tests.Nudges;

public sealed class NudgeOptionsTests
{
    private static (NudgeOptions Options, List<string> Errors) Read(params (string Key, string Value)[] values)
    {
        var config = new ConfigurationBuilder().AddInMemoryCollection(values.ToDictionary(v => $"Nudges:{v.Key}", v => (string?)v.Value)).Build();
        var options = NudgeOptions.Read(config, QuietHours.None, out var errors);
        return (options, errors);
    }

    [Fact]
    public void Defaults_are_9_oclock_3_days_7_days_and_monday()
    {
        var (o, errors) = Read();

        Assert.Empty(errors);
        Assert.Equal((9, 3, 7, DayOfWeek.Monday), (o.Settings.DigestHour, o.Settings.WaitingDays, o.Settings.EscalationDays, o.Settings.WeeklySummaryDay));
    }

    [Theory]
    [InlineData("DigestHour", "24", "Nudges:DigestHour")]
    [InlineData("DigestHour", "девять", "Nudges:DigestHour")]
    [InlineData("WaitingDays", "0", "Nudges:WaitingDays")]
    [InlineData("EscalationDays", "2", "Nudges:EscalationDays (2) должно быть не меньше Nudges:WaitingDays (3)")]
    [InlineData("WeeklySummaryDay", "Понедельник", "Nudges:WeeklySummaryDay")]
    [InlineData("WeeklySummaryDay", "8", "Nudges:WeeklySummaryDay")]
    public void A_bad_value_is_reported(string key, string value, string expected)
    {
        var (_, errors) = Read((key, value));

        Assert.Contains(errors, e => e.Contains(expected, StringComparison.Ordinal));
    }

    [Fact]
    public void Values_are_read()
    {
        var (o, errors) = Read(("DigestHour", "10"), ("WaitingDays", "2"), ("EscalationDays", "5"), ("WeeklySummaryDay", "friday"));

        Assert.Empty(errors);
        Assert.Equal((10, 2, 5, DayOfWeek.Friday), (o.Settings.DigestHour, o.Settings.WaitingDays, o.Settings.EscalationDays, o.Settings.WeeklySummaryDay));
    }
}
