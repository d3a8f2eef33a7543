using System.Globalization;
using SchoolSupport.Domain.Participants;

namespace SchoolSupport.Domain.Tests.Participants;

/// <summary>Failures and "now" are written as minutes after 09:00 UTC.</summary>
public sealed class CodeAttemptPolicyTests
{
    private static readonly DateTime T0 = new(2025, 3, 1, 9, 0, 0, DateTimeKind.Utc);

    private static DateTime At(double minutes) => T0.AddMinutes(minutes);

    private static DateTime[] Failures(string minutes) =>
        [.. minutes.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(m => At(double.Parse(m, CultureInfo.InvariantCulture)))];

    [Fact]
    public void The_policy_is_five_failures_in_ten_minutes_lock_for_thirty()
    {
        Assert.Equal(5, CodeAttemptPolicy.MaxFailures);
        Assert.Equal(TimeSpan.FromMinutes(10), CodeAttemptPolicy.Window);
        Assert.Equal(TimeSpan.FromMinutes(30), CodeAttemptPolicy.LockFor);
    }

    [Theory]
    // failures, now, locked until (null = may try a code)
    [InlineData("", 0, null)]
    [InlineData("0", 0, null)]
    [InlineData("0,1,2,3", 3, null)] // four failures are not enough
    [InlineData("0,1,2,3", 5, null)]
    [InlineData("0,1,2,3,4", 4, 34.0)] // the fifth locks for 30 minutes from itself
    [InlineData("0,1,2,3,4", 20, 34.0)]
    [InlineData("0,1,2,3,4", 33.99, 34.0)]
    [InlineData("0,1,2,3,4", 34, null)] // the lock ends exactly at fifth + 30 min
    [InlineData("0,1,2,3,4", 60, null)]
    [InlineData("0,0,0,0,0", 0, 30.0)] // five at the same instant
    [InlineData("4,0,3,1,2", 5, 34.0)] // order of storage does not matter
    [InlineData("0,2.5,5,7.5,10", 10, 40.0)] // exactly ten minutes from first to fifth still counts
    [InlineData("0,2.5,5,7.5,10.01", 10.01, null)] // a hair over ten minutes does not
    [InlineData("0,2,5,8,11", 11, null)] // five spread over eleven minutes
    [InlineData("0,3,6,9,12,15,18,21", 21, null)] // many failures, but never five in ten minutes
    [InlineData("0,6,7,8,9,10.5", 10.5, 40.5)] // the window slides: 6..10.5 holds five
    [InlineData("0,1,2,3,4,5", 6, 35.0)] // a sixth failure inside the window extends the lock
    [InlineData("0,1,2,3,4,20,21,22,23,24", 25, 54.0)] // the latest of two locks wins
    [InlineData("0,1,2,3,4,35", 35, null)] // after a lock, old failures do not count with new ones
    [InlineData("0,1,2,3,4,35,36,37,38", 38, null)]
    [InlineData("0,1,2,3,4,35,36,37,38,39", 39, 69.0)] // five fresh failures lock again
    public void Locked_until(string failures, double now, double? expected) =>
        Assert.Equal(expected is { } m ? At(m) : null, CodeAttemptPolicy.LockedUntil(Failures(failures), At(now)));

    [Theory]
    [InlineData("0,1,2,3,4", 3, null)] // the fifth failure is still in the future
    [InlineData("0,1,2,3,20", 5, null)]
    [InlineData("10,11,12,13,14", 5, null)] // all five in the future
    [InlineData("0,1,2,3,4,5,6,7,8", 4, 34.0)] // a lock from past failures only
    public void Failures_in_the_future_are_ignored(string failures, double now, double? expected) =>
        Assert.Equal(expected is { } m ? At(m) : null, CodeAttemptPolicy.LockedUntil(Failures(failures), At(now)));

    [Theory]
    // failures, now, failures still relevant (sorted)
    [InlineData("", 0, "")]
    [InlineData("0,1,2", 2, "0,1,2")]
    [InlineData("2,0,1", 2, "0,1,2")] // sorted
    [InlineData("0,1,2", 39.99, "0,1,2")]
    [InlineData("0,1,2", 40, "1,2")] // forty minutes (window + lock) later the first is forgotten
    [InlineData("0,1,2", 42, "")]
    [InlineData("0,10,39.9,40", 40, "10,39.9,40")]
    public void Relevant_failures_are_those_of_the_last_window_and_lock(string failures, double now, string expected) =>
        Assert.Equal(Failures(expected), CodeAttemptPolicy.Relevant(Failures(failures), At(now)));

    [Theory]
    [InlineData("0,1,2,3,4", 4)]
    [InlineData("0,1,2,3,4", 33.99)]
    [InlineData("0,2.5,5,7.5,10", 39.99)] // the first failure of the lock is 39.99 minutes old
    [InlineData("0,6,7,8,9,10.5", 40.4)]
    [InlineData("0,1,2,3,4,20,21,22,23,24", 53)]
    [InlineData("0,1,2,3,4,35,36,37,38,39", 68)]
    [InlineData("0,3,6,9,12,15,18,21", 21)]
    public void Pruning_to_relevant_failures_never_lifts_a_lock(string failures, double now)
    {
        var all = Failures(failures);

        Assert.Equal(
            CodeAttemptPolicy.LockedUntil(all, At(now)),
            CodeAttemptPolicy.LockedUntil(CodeAttemptPolicy.Relevant(all, At(now)), At(now)));
    }
}
