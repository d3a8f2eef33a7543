namespace SchoolSupport.TestBotApi.Internal;

/// <summary>
/// Wakes every waiter on each state change. Take <see cref="Next"/> before looking at the state,
/// then await it: a change made in between completes that task, so no wake-up is lost.
/// </summary>
internal sealed class ChangeSignal
{
    private TaskCompletionSource _next = NewSource();

    public Task Next => Volatile.Read(ref _next).Task;

    public void Pulse() => Interlocked.Exchange(ref _next, NewSource()).TrySetResult();

    /// <summary>Waits for <paramref name="next"/>; false when <paramref name="timeout"/> passed first.</summary>
    public static async Task<bool> WaitAsync(Task next, TimeSpan timeout, CancellationToken ct)
    {
        if (timeout <= TimeSpan.Zero)
        {
            return next.IsCompleted;
        }

        try
        {
            await next.WaitAsync(timeout, ct);
            return true;
        }
        catch (TimeoutException)
        {
            return false;
        }
    }

    private static TaskCompletionSource NewSource() => new(TaskCreationOptions.RunContinuationsAsynchronously);
}
