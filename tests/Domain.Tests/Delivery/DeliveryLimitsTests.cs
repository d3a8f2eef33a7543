using SchoolSupport.Domain.Delivery;

namespace SchoolSupport.Domain.Tests.Delivery;

public sealed class DeliveryLimitsTests
{
    [Theory]
    [InlineData(25, 40, 3)]
    [InlineData(30, 33.3333, 3)]
    [InlineData(5, 200, 1)]
    [InlineData(100, 10, 10)]
    public void The_global_rule_spaces_sends_by_the_rate_with_a_tenth_of_a_second_of_burst(double perSecond, double intervalMs, int burst)
    {
        var rule = new DeliveryLimits(perSecond, 1, 20).Global;

        Assert.Equal(intervalMs, rule.Interval.TotalMilliseconds, 3);
        Assert.Equal(burst, rule.Burst);
    }

    [Theory]
    [InlineData(42L, 1.0, 20, 1000)]       // a private chat: 1 message/s
    [InlineData(42L, 0.5, 20, 2000)]
    [InlineData(-1001234L, 1.0, 20, 3000)] // a group: 20/min is slower than 1/s
    [InlineData(-42L, 1.0, 120, 1000)]     // a group limit looser than the chat limit: the chat limit holds
    public void Chats_are_spaced_by_the_per_chat_rate_and_groups_by_the_slower_of_both(long chatId, double perChat, int perGroupMinute, int intervalMs)
    {
        var rule = new DeliveryLimits(25, perChat, perGroupMinute).ForChat(chatId);

        Assert.Equal(TimeSpan.FromMilliseconds(intervalMs), rule.Interval);
        Assert.Equal(1, rule.Burst);
    }

    [Theory]
    [InlineData(-1L, true)]
    [InlineData(-1001234567890L, true)]
    [InlineData(1L, false)]
    [InlineData(987654321L, false)]
    public void Negative_chat_ids_are_groups(long chatId, bool group) => Assert.Equal(group, DeliveryLimits.IsGroup(chatId));
}
