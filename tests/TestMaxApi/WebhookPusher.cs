using System.Text;
using SchoolSupport.TestBotApi;

namespace SchoolSupport.TestMaxApi;

/// <summary>
/// While a subscription exists and a loopback target is set, POSTs pending updates to it one at a time, in order,
/// with the subscription's secret in X-Max-Bot-Api-Secret; an update counts as delivered (and is dropped) only on a
/// 2xx answer, otherwise it is posted again shortly after, as MAX does.
/// </summary>
internal sealed class WebhookPusher(MaxState state, HttpClient http)
{
    private static readonly TimeSpan RetryDelay = TimeSpan.FromMilliseconds(200);

    public async Task RunAsync(CancellationToken stopping)
    {
        while (!stopping.IsCancellationRequested)
        {
            Task next;
            (long Seq, string Body, string Url, string? Secret)? job = null;
            lock (state.Gate)
            {
                next = state.Next;
                if (state.WebhookTarget is { } target && state.Subscriptions.FirstOrDefault() is { Key: { } url } subscription
                    && state.Updates.FirstOrDefault(u => u.Seq >= state.Confirmed) is { Update: not null } first)
                {
                    job = (first.Seq, first.Update.ToJsonString(), target.TrimEnd('/') + new Uri(url).AbsolutePath, subscription.Value);
                }
            }
            try
            {
                if (job is not { } j)
                {
                    await next.WaitAsync(stopping);
                    continue;
                }
                var status = await PostAsync(j.Url, j.Body, j.Secret, stopping);
                lock (state.Gate)
                {
                    state.Deliveries.Add(new RecordedDelivery(checked((int)j.Seq), status, DateTimeOffset.UtcNow));
                    if (status is >= 200 and < 300)
                    {
                        state.Confirmed = Math.Max(state.Confirmed, j.Seq + 1);
                        state.Updates.RemoveAll(u => u.Seq < state.Confirmed);
                    }
                    state.Pulse();
                }
                if (status is < 200 or >= 300) await Task.Delay(RetryDelay, stopping);
            }
            catch (OperationCanceledException) when (stopping.IsCancellationRequested)
            {
                return;
            }
        }
    }

    private async Task<int> PostAsync(string url, string body, string? secret, CancellationToken ct)
    {
        try
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, url) { Content = new StringContent(body, Encoding.UTF8, "application/json") };
            if (secret is not null) request.Headers.Add("X-Max-Bot-Api-Secret", secret);
            using var response = await http.SendAsync(request, ct);
            return (int)response.StatusCode;
        }
        catch (HttpRequestException)
        {
            return 0;
        }
    }
}
