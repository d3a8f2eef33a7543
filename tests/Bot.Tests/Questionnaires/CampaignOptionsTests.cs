using Microsoft.Extensions.Configuration;
using SchoolSupport.Bot.Features.Questionnaires;
using SchoolSupport.Domain.Delivery;

namespace SchoolSupport.Bot.Tests.Questionnaires;

public sealed class CampaignOptionsTests
{
    private static CampaignOptions Read(params (string Key, string Value)[] values) =>
        CampaignOptions.Read(new ConfigurationBuilder().AddInMemoryCollection(values.Select(v => new KeyValuePair<string, string?>(v.Key, v.Value))).Build(), QuietHours.None);

    [Fact]
    public void Defaults_are_three_and_one_day_before_the_last_day_from_ten_oclock()
    {
        var o = Read();

        Assert.Equal([3, 1], o.Reminders.DaysBefore);
        Assert.Equal(10, o.Reminders.Hour);
    }

    [Fact]
    public void Days_come_as_one_value_or_as_an_array_and_are_ordered()
    {
        Assert.Equal([5, 2, 0], Read(("Campaigns:ReminderDaysBefore", "0, 5,2")).Reminders.DaysBefore);
        Assert.Equal([7, 1], Read(("Campaigns:ReminderDaysBefore:0", "1"), ("Campaigns:ReminderDaysBefore:1", "7")).Reminders.DaysBefore);
        Assert.Equal(9, Read(("Campaigns:ReminderHour", "9")).Reminders.Hour);
    }

    [Theory]
    [InlineData("Campaigns:ReminderDaysBefore", "три", "Campaigns:ReminderDaysBefore: «три»")]
    [InlineData("Campaigns:ReminderDaysBefore", "31", "Campaigns:ReminderDaysBefore: «31»")]
    [InlineData("Campaigns:ReminderHour", "24", "Campaigns:ReminderHour должно быть целым числом от 0 до 23")]
    [InlineData("Campaigns:ReminderHour", "-1", "Campaigns:ReminderHour должно быть целым числом от 0 до 23")]
    public void A_bad_value_stops_the_start_with_a_clear_message(string key, string value, string message) =>
        Assert.Contains(message, Assert.Throws<InvalidOperationException>(() => Read((key, value))).Message, StringComparison.Ordinal);
}
