namespace SchoolSupport.TestBotApi;

/// <summary>One attempt to POST an update to the webhook.</summary>
/// <param name="StatusCode">The bot's HTTP status, or 0 when there was no answer (refused, timed out).</param>
public sealed record RecordedDelivery(int UpdateId, int StatusCode, DateTimeOffset At)
{
    /// <summary>Why the attempt failed, as getWebhookInfo's last_error_message says it.</summary>
    public string? Error { get; init; }
}
