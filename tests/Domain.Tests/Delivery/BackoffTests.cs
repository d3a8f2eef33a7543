using SchoolSupport.Domain.Delivery;

namespace SchoolSupport.Domain.Tests.Delivery;

public sealed class BackoffTests
{
    [Theory]
    [InlineData(1, 0.5, 2)]
    [InlineData(2, 0.5, 4)]
    [InlineData(3, 0.5, 8)]
    [InlineData(4, 0.5, 16)]
    [InlineData(1, 0.0, 1)]
    [InlineData(1, 1.0, 3)]
    [InlineData(4, 1.0, 24)]
    [InlineData(10, 0.5, 60)]  // capped at a minute
    [InlineData(10, 1.0, 90)]  // the cap with +50 % jitter
    [InlineData(0, 0.5, 2)]    // never less than the first step
    public void Waits_double_with_each_attempt_with_jitter_of_fifty_percent(int attempt, double random, double seconds) =>
        Assert.Equal(TimeSpan.FromSeconds(seconds), Backoff.Delay(attempt, random));

    [Theory]
    [InlineData(1, 5, true)]
    [InlineData(4, 5, true)]
    [InlineData(5, 5, false)]
    [InlineData(1, 1, false)]
    public void A_message_is_retried_until_it_has_failed_max_attempts_times(int attempts, int max, bool retried) =>
        Assert.Equal(retried, Backoff.Retries(attempts, max));
}
