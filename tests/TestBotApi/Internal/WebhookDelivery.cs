using System.Net;
using System.Text.Json;
using Telegram.Bot;
using Telegram.Bot.Types;

namespace SchoolSupport.TestBotApi.Internal;

/// <summary>
/// While a webhook on a loopback address is set, POSTs pending updates to it one at a time, in order, with the
/// secret token header. A 2xx answer confirms the update; anything else is retried after a short pause.
/// Webhooks elsewhere are only recorded, never called.
/// </summary>
internal sealed class WebhookDelivery(ServerState state, HttpClient http)
{
    private static readonly TimeSpan RetryPause = TimeSpan.FromMilliseconds(500);

    public async Task RunAsync(CancellationToken stopping)
    {
        try
        {
            while (true)
            {
                var next = state.Signal.Next;
                if (state.Updates.NextForWebhook() is not (var webhook, var update))
                {
                    await next.WaitAsync(stopping);
                    continue;
                }

                if (await DeliverAsync(webhook, update, stopping))
                {
                    state.Updates.Delivered(update.Id);
                }
                else
                {
                    await Task.Delay(RetryPause, stopping);
                }
            }
        }
        catch (OperationCanceledException) when (stopping.IsCancellationRequested)
        {
        }
    }

    public static bool IsLoopback(string url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri)
        && (uri.IsLoopback || (IPAddress.TryParse(uri.Host.Trim('[', ']'), out var ip) && IPAddress.IsLoopback(ip)));

    private async Task<bool> DeliverAsync(WebhookState webhook, Update update, CancellationToken stopping)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, webhook.Url)
        {
            Content = new ByteArrayContent(JsonSerializer.SerializeToUtf8Bytes(update, JsonBotAPI.Options)),
        };
        request.Content.Headers.ContentType = new("application/json");
        if (webhook.SecretToken is { } secret)
        {
            request.Headers.Add("X-Telegram-Bot-Api-Secret-Token", secret);
        }

        int status;
        string? error;
        try
        {
            using var response = await http.SendAsync(request, stopping);
            status = (int)response.StatusCode;
            error = response.IsSuccessStatusCode ? null : $"Wrong response from the webhook: {status} {response.ReasonPhrase}";
        }
        catch (Exception exception) when (exception is HttpRequestException or TaskCanceledException && !stopping.IsCancellationRequested)
        {
            status = 0;
            error = exception is TaskCanceledException ? "Read timeout expired" : $"Connection failed: {exception.Message}";
        }

        state.Log.AddDelivery(new RecordedDelivery(update.Id, status, state.Clock.GetUtcNow()) { Error = error });
        return error is null;
    }
}
