using SchoolSupport.Bot.Delivery;
using SchoolSupport.Domain.Delivery;

namespace SchoolSupport.Bot.Tests.Delivery;

public sealed class RateLimiterTests
{
    private static readonly DateTime T0 = new(2026, 11, 26, 7, 0, 0, DateTimeKind.Utc);

    [Fact]
    public void Each_messenger_is_paced_by_its_own_limits_and_one_does_not_slow_the_other()
    {
        var limiter = new RateLimiter(channel => channel == "max" ? new DeliveryLimits(2, 1, 20) : new DeliveryLimits(10, 1, 20));

        for (var i = 0; i < 3; i++) limiter.TakeBulk("max", 100 + i, T0);
        limiter.TakeBulk("telegram", 100, T0);

        Assert.Equal(T0 + TimeSpan.FromSeconds(1.5), limiter.GlobalAllowedAt("max"));
        Assert.Equal(T0 + TimeSpan.FromSeconds(0.1), limiter.GlobalAllowedAt("telegram"));
        Assert.Equal(T0 + TimeSpan.FromSeconds(1), limiter.ChatAllowedAt("max", 100));
        Assert.True(limiter.ChatAllowedAt("telegram", 101) <= T0);
    }

    [Fact]
    public void The_delivery_options_give_MAX_its_own_pace_and_every_other_channel_the_common_one()
    {
        var options = new DeliveryOptions { GlobalPerSecond = 28, MaxGlobalPerSecond = 20, MaxPerChatPerSecond = 2 };

        Assert.Equal(new DeliveryLimits(20, 2, 20), options.LimitsFor("max"));
        Assert.Equal(new DeliveryLimits(28, 1, 20), options.LimitsFor("telegram"));
        Assert.Equal(options.Limits, options.LimitsFor("console"));
    }
}
