using SchoolSupport.Domain.Delivery;

namespace SchoolSupport.Domain.Tests.Delivery;

public sealed class PaceTests
{
    private static readonly DateTime T0 = new(2026, 11, 26, 7, 0, 0, DateTimeKind.Utc);
    private static readonly TimeSpan Ms40 = TimeSpan.FromMilliseconds(40);

    [Theory]
    [InlineData(1, 1)]
    [InlineData(3, 3)]
    [InlineData(5, 5)]
    public void After_a_quiet_spell_a_burst_goes_at_once_and_then_sends_are_spaced_by_the_interval(int burst, int atOnce)
    {
        var rule = new PaceRule(Ms40, burst);
        var pace = new Pace(T0.AddMinutes(-1));
        var sent = 0;
        while (rule.Allows(pace, T0))
        {
            pace = rule.Take(pace, T0);
            sent++;
        }

        Assert.Equal(atOnce, sent);
        Assert.Equal(T0 + Ms40, rule.AllowedAt(pace));
    }

    [Theory]
    [InlineData(25, 1, 25)]
    [InlineData(25, 3, 27)]
    [InlineData(30, 3, 32)]
    [InlineData(1, 1, 1)]
    public void No_window_of_one_second_holds_more_than_the_rate_plus_the_burst(double perSecond, int burst, int maxInAnySecond)
    {
        var rule = new PaceRule(TimeSpan.FromTicks((long)(TimeSpan.TicksPerSecond / perSecond)), burst);
        var pace = new Pace(T0);
        var sends = new List<DateTime>();
        // A sender that asks every millisecond for 5 seconds, as greedy as possible.
        for (var now = T0; now < T0.AddSeconds(5); now = now.AddMilliseconds(1))
            while (rule.Allows(pace, now))
            {
                pace = rule.Take(pace, now);
                sends.Add(now);
            }

        var worst = sends.Max(s => sends.Count(x => x >= s && x < s.AddSeconds(1)));
        Assert.Equal(maxInAnySecond, worst);
        Assert.InRange(sends.Count, (int)(perSecond * 5), (int)(perSecond * 5) + burst);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(3)]
    public void A_pace_never_used_allows_a_send_at_any_time(int burst)
    {
        var rule = new PaceRule(Ms40, burst);

        Assert.Equal(DateTime.MinValue, rule.AllowedAt(default));
        Assert.True(rule.Allows(default, T0));
        Assert.Equal(T0 + Ms40, rule.Take(default, T0).NextUtc);
        Assert.Equal(T0 + Ms40, rule.Charge(default, T0, TimeSpan.FromSeconds(1)).NextUtc);
    }

    [Fact]
    public void A_late_wake_up_may_send_up_to_the_burst_at_once_so_the_average_rate_holds()
    {
        var rule = new PaceRule(Ms40, 3);
        var pace = rule.Take(new Pace(T0), T0);         // next at T0+40ms
        var late = T0 + TimeSpan.FromMilliseconds(100); // woke 60 ms late
        var sent = 0;
        while (rule.Allows(pace, late))
        {
            pace = rule.Take(pace, late);
            sent++;
        }

        Assert.Equal(3, sent);
        Assert.Equal(T0 + TimeSpan.FromMilliseconds(140), rule.AllowedAt(pace));
    }

    [Theory]
    [InlineData(0, 40)]     // an idle limiter: the reply uses one slot
    [InlineData(500, 540)]  // bulk was scheduled half a second ahead: the reply pushes it one slot further
    [InlineData(990, 1000)] // near the cap: pushed to now + 1 s at most
    [InlineData(1500, 1500)] // already beyond the cap: never moved back
    public void A_reply_is_charged_to_the_budget_but_pushes_paced_sends_back_by_at_most_the_lead(int aheadMs, int expectedMs)
    {
        var rule = new PaceRule(Ms40, 3);

        var charged = rule.Charge(new Pace(T0.AddMilliseconds(aheadMs)), T0, TimeSpan.FromSeconds(1));

        Assert.Equal(T0.AddMilliseconds(expectedMs), charged.NextUtc);
    }
}
