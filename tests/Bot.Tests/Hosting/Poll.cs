using System.Diagnostics;

namespace SchoolSupport.Bot.Tests.Hosting;

/// <summary>Waits for a condition on the bot's own state (which the test server cannot signal), re-checking every few milliseconds.</summary>
internal static class Poll
{
    public static async Task UntilAsync(Func<bool> condition, string what, TimeSpan? timeout = null)
    {
        var limit = timeout ?? TimeSpan.FromSeconds(30);
        var started = Stopwatch.GetTimestamp();
        while (!condition())
        {
            if (Stopwatch.GetElapsedTime(started) > limit)
                throw new TimeoutException($"Timed out after {limit.TotalSeconds:0} s waiting for {what}.");
            await Task.Delay(20);
        }
    }
}
