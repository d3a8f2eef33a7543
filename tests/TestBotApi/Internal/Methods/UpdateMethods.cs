using System.Diagnostics;
using Telegram.Bot.Types;

namespace SchoolSupport.TestBotApi.Internal.Methods;

/// <summary>getUpdates (long polling) and the webhook methods.</summary>
internal static class UpdateMethods
{
    /// <summary>Longer polls are cut to this, so a client whose HTTP timeout equals its poll timeout still gets answers.</summary>
    private const int MaxPollSeconds = 50;

    public static async Task<object> GetUpdatesAsync(ServerState state, ApiRequest request, CancellationToken ct)
    {
        var offset = request.Int("offset") ?? 0;
        var limit = Math.Clamp(request.Int("limit") ?? 100, 1, 100);
        var timeout = TimeSpan.FromSeconds(Math.Clamp(request.Int("timeout") ?? 0, 0, MaxPollSeconds));
        var started = Stopwatch.GetTimestamp();
        var generation = state.Updates.BeginPoll(offset);
        try
        {
            while (true)
            {
                var next = state.Signal.Next;
                var updates = state.Updates.Take(generation, Math.Max(offset, 0), limit);
                var remaining = timeout - Stopwatch.GetElapsedTime(started);
                if (updates.Length > 0 || remaining <= TimeSpan.Zero)
                {
                    return updates;
                }

                await ChangeSignal.WaitAsync(next, remaining, ct);
            }
        }
        finally
        {
            state.Updates.EndPoll();
        }
    }

    public static Task<object> SetWebhook(ServerState state, ApiRequest request, CancellationToken ct)
    {
        var url = request.String("url");
        if (string.IsNullOrEmpty(url))
        {
            state.Updates.SetWebhook(null, request.Bool("drop_pending_updates"));
            return MethodTable.Ok;
        }

        if (!Uri.TryCreate(url, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttps && uri.Scheme != Uri.UriSchemeHttp))
        {
            throw ApiError.BadRequest("bad webhook: An HTTPS URL must be provided for webhook");
        }

        var secret = request.String("secret_token");
        if (secret is not null && (secret.Length is 0 or > 256 || !secret.All(c => char.IsAsciiLetterOrDigit(c) || c is '_' or '-')))
        {
            throw ApiError.BadRequest("secret token contains unallowed characters");
        }

        state.Updates.SetWebhook(new WebhookState(url, secret, request.Int("max_connections")), request.Bool("drop_pending_updates"));
        return MethodTable.Ok;
    }

    public static Task<object> DeleteWebhook(ServerState state, ApiRequest request, CancellationToken ct)
    {
        state.Updates.SetWebhook(null, request.Bool("drop_pending_updates"));
        return MethodTable.Ok;
    }

    public static Task<object> GetWebhookInfo(ServerState state, ApiRequest request, CancellationToken ct)
    {
        var webhook = state.Updates.Webhook;
        var failure = webhook is null ? null : state.Log.LastFailedDelivery;
        return Task.FromResult<object>(new WebhookInfo
        {
            Url = webhook?.Url ?? "",
            PendingUpdateCount = state.Updates.PendingCount,
            MaxConnections = webhook?.MaxConnections,
            LastErrorDate = failure?.At.UtcDateTime,
            LastErrorMessage = failure?.Error,
        });
    }
}
