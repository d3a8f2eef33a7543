namespace SchoolSupport.TestBotApi.Internal;

/// <summary>Thrown by method handlers to answer with a Telegram error instead of a result.</summary>
internal sealed class ApiError(int statusCode, string description, int? retryAfter = null) : Exception(description)
{
    public int StatusCode { get; } = statusCode;

    public int? RetryAfter { get; } = retryAfter;

    public static ApiError BadRequest(string what) => new(400, "Bad Request: " + what);

    public static ApiError Blocked() => new(403, "Forbidden: bot was blocked by the user");

    public static ApiError NotFound(string what) => new(404, "Not Found: " + what);

    public static ApiError Conflict(string what) => new(409, "Conflict: " + what);

    public static ApiError From(ErrorFault fault) => new(fault.StatusCode, fault.Description, fault.RetryAfter);
}
