namespace SchoolSupport.TestBotApi;

/// <summary>One request to the server.</summary>
/// <param name="Method">The API method as the client spelled it (file downloads are recorded as "downloadFile").</param>
/// <param name="ChatId">The chat_id parameter, when there is a numeric one.</param>
/// <param name="Body">The raw JSON body, or for multipart uploads a JSON object of the form fields and file sizes.</param>
/// <param name="StatusCode">The HTTP status answered (499 when the client went away before the answer).</param>
public sealed record RecordedCall(string Method, long? ChatId, string Body, int StatusCode, DateTimeOffset At)
{
    /// <summary>The error description answered, when the call failed.</summary>
    public string? Error { get; init; }
}
