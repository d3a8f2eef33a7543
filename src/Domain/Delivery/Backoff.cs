namespace SchoolSupport.Domain.Delivery;

/// <summary>Retrying after a 5xx, a timeout or a network error: exponential, with jitter, a bounded number of times.</summary>
public static class Backoff
{
    public static readonly TimeSpan Cap = TimeSpan.FromMinutes(1);

    /// <summary>
    /// The wait after the <paramref name="attempt"/>-th failed attempt: 2, 4, 8, 16 s … capped at a minute, each
    /// scaled by 0.5 + <paramref name="random01"/> (±50 %) so the retries of many chats spread out.
    /// </summary>
    public static TimeSpan Delay(int attempt, double random01)
    {
        var seconds = Math.Min(Cap.TotalSeconds, Math.Pow(2, Math.Max(1, attempt)));
        return TimeSpan.FromSeconds(seconds * (0.5 + Math.Clamp(random01, 0, 1)));
    }

    /// <summary>Whether a message that has failed <paramref name="attempts"/> times gets another try.</summary>
    public static bool Retries(int attempts, int maxAttempts) => attempts < maxAttempts;
}
