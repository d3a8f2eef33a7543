using Microsoft.Extensions.Logging;

namespace SchoolSupport.Bot.Channels.Max;

/// <summary>GET /me (for deep links) and the subscription state, retried until MAX answers.</summary>
internal sealed class MaxStartup(MaxApi api, MaxChannel channel, ILogger<MaxStartup> log)
{
    /// <param name="dropSubscriptions">Polling: remove webhook subscriptions, which would otherwise take the updates.</param>
    public async Task<bool> RunAsync(bool dropSubscriptions, CancellationToken ct)
    {
        for (var attempt = 1; !ct.IsCancellationRequested; attempt++)
        {
            try
            {
                var me = await api.GetMeAsync(ct);
                channel.Username = me.Username ?? "";
                if (dropSubscriptions)
                {
                    foreach (var subscription in (await api.GetSubscriptionsAsync(ct)).Subscriptions)
                        await api.UnsubscribeAsync(subscription.Url, ct);
                }
                log.LogInformation("MAX bot {Username} is connected", channel.Username);
                return true;
            }
            catch (OperationCanceledException) when (ct.IsCancellationRequested)
            {
                return false;
            }
            catch (Exception e)
            {
                var wait = Wait(e, attempt);
                log.LogWarning("MAX start-up failed ({Reason}); next try in {Wait}", Describe(e), wait);
                try { await Task.Delay(wait, ct); } catch (OperationCanceledException) { return false; }
            }
        }
        return false;
    }

    internal static TimeSpan Wait(Exception e, int failures) => e switch
    {
        MaxApiException { Status: 429 } a => a.RetryAfter is { } r && r > TimeSpan.Zero ? r : TimeSpan.FromSeconds(1),
        _ => TimeSpan.FromSeconds(Math.Min(30, Math.Pow(2, failures - 1))),
    };

    /// <summary>The reason of a failure, for the log: never the request (the token is in its header only, but still).</summary>
    internal static string Describe(Exception e) => e is MaxApiException a ? a.Message : e.GetType().Name;
}
