using Microsoft.Extensions.Configuration;
using SchoolSupport.Bot.Delivery;

namespace SchoolSupport.Bot.Tests.Delivery;

public sealed class DeliveryOptionsTests
{
    [Fact]
    public void Without_a_Delivery_section_the_defaults_are_Telegram_limits_and_quiet_hours_from_21_to_8()
    {
        var options = DeliveryOptions.Read(Config([]), out var errors);

        Assert.Empty(errors);
        Assert.Equal(25, options.GlobalPerSecond);
        Assert.Equal(1, options.PerChatPerSecond);
        Assert.Equal(20, options.PerGroupPerMinute);
        Assert.Equal(new TimeOnly(21, 0), options.QuietHoursStart);
        Assert.Equal(new TimeOnly(8, 0), options.QuietHoursEnd);
        Assert.Equal(5, options.MaxAttempts);
    }

    [Fact]
    public void Values_are_read_with_a_decimal_point_and_hours_as_HH_mm()
    {
        var options = DeliveryOptions.Read(Config(new()
        {
            ["Delivery:GlobalPerSecond"] = "12.5",
            ["Delivery:PerChatPerSecond"] = "0.5",
            ["Delivery:PerGroupPerMinute"] = "10",
            ["Delivery:QuietHoursStart"] = "22:30",
            ["Delivery:QuietHoursEnd"] = "7:00",
            ["Delivery:MaxAttempts"] = "3",
        }), out var errors);

        Assert.Empty(errors);
        Assert.Equal(12.5, options.GlobalPerSecond);
        Assert.Equal(0.5, options.PerChatPerSecond);
        Assert.Equal(10, options.PerGroupPerMinute);
        Assert.Equal(new TimeOnly(22, 30), options.QuietHoursStart);
        Assert.Equal(new TimeOnly(7, 0), options.QuietHoursEnd);
        Assert.Equal(3, options.MaxAttempts);
    }

    [Theory]
    [InlineData("GlobalPerSecond", "0")]
    [InlineData("GlobalPerSecond", "много")]
    [InlineData("PerChatPerSecond", "-1")]
    [InlineData("PerGroupPerMinute", "2.5")]
    [InlineData("QuietHoursStart", "9 вечера")]
    [InlineData("QuietHoursEnd", "25:00")]
    [InlineData("MaxAttempts", "0")]
    [InlineData("MaxAttempts", "100")]
    public void A_bad_value_is_reported_with_the_key_and_the_value(string key, string value)
    {
        DeliveryOptions.Read(Config(new() { [$"Delivery:{key}"] = value }), out var errors);

        var error = Assert.Single(errors);
        Assert.Contains($"Delivery:{key}", error, StringComparison.Ordinal);
        Assert.Contains(value, error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_bad_Delivery_value_stops_the_start_with_the_other_configuration_errors()
    {
        var error = Assert.Throws<InvalidOperationException>(() => SchoolSupport.Bot.Hosting.OptionsSetup.Read(Config(new()
        {
            ["Delivery:GlobalPerSecond"] = "0",
            ["Bot:TimeZone"] = "Mars/Olympus_Mons",
            ["Storage:DataDirectory"] = Path.Combine(Path.GetTempPath(), "schoolbot-tests", Guid.NewGuid().ToString("N")),
        })));

        Assert.Contains("Delivery:GlobalPerSecond", error.Message, StringComparison.Ordinal);
        Assert.Contains("Bot:TimeZone", error.Message, StringComparison.Ordinal);
    }

    private static IConfiguration Config(Dictionary<string, string?> values) => new ConfigurationBuilder().AddInMemoryCollection(values).Build();
}
