namespace SchoolSupport.TestBotApi;

/// <summary>
/// A failure the server answers with instead of handling a call normally (see <see cref="TestBotApiServer.InjectFault"/>).
/// </summary>
public abstract record Fault
{
    private protected Fault()
    {
    }

    /// <summary>429 "Too Many Requests: retry after N" with <c>parameters.retry_after</c>.</summary>
    public static Fault TooManyRequests(int retryAfterSeconds) =>
        new ErrorFault(429, $"Too Many Requests: retry after {retryAfterSeconds}", retryAfterSeconds);

    /// <summary>A 5xx answer with <c>ok=false</c>.</summary>
    public static Fault ServerError(int status = 502)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(status, 500);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(status, 599);
        var reason = status switch
        {
            500 => "Internal Server Error",
            502 => "Bad Gateway",
            503 => "Service Unavailable",
            504 => "Gateway Timeout",
            _ => "Server Error",
        };
        return new ErrorFault(status, reason, null);
    }

    /// <summary>
    /// The server waits <paramref name="delay"/> and then handles the call normally, even if the client gave up
    /// meanwhile (so a timed-out sendMessage is still delivered, as with the real Telegram).
    /// </summary>
    public static Fault Timeout(TimeSpan delay) => new DelayFault(delay);

    /// <summary>
    /// The server drops the connection without handling the call: the client sees a network error and nothing
    /// was delivered (a timeout or a broken connection before the request reached Telegram).
    /// </summary>
    public static Fault Disconnect() => new DisconnectFault();

    /// <summary>409 "Conflict: terminated by other getUpdates request".</summary>
    public static Fault Conflict() => new ErrorFault(
        409, "Conflict: terminated by other getUpdates request; make sure that only one bot instance is running", null);

    /// <summary>403 "Forbidden: bot was blocked by the user".</summary>
    public static Fault Forbidden() => new ErrorFault(403, "Forbidden: bot was blocked by the user", null);

    /// <summary>400 "Bad Request: {description}" (the prefix is added unless already there).</summary>
    public static Fault BadRequest(string description) => new ErrorFault(
        400, description.StartsWith("Bad Request", StringComparison.Ordinal) ? description : "Bad Request: " + description, null);
}

/// <summary>An error answer: HTTP status = error_code, description, optional retry_after.</summary>
public sealed record ErrorFault(int StatusCode, string Description, int? RetryAfter) : Fault;

/// <summary>A delay before normal handling.</summary>
public sealed record DelayFault(TimeSpan Delay) : Fault;

/// <summary>The connection is dropped before the call is handled.</summary>
public sealed record DisconnectFault : Fault;
