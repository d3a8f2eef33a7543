using Microsoft.AspNetCore.Http;
using SchoolSupport.TestBotApi.Internal.Methods;

namespace SchoolSupport.TestBotApi.Internal;

/// <summary>
/// The one request handler: checks the token, finds the method, applies injected faults, runs the method,
/// records the call (before answering, so a client that got its answer always finds its call in the log).
/// </summary>
internal sealed class BotApiEndpoint(ServerState state, string token, CancellationToken stopping)
{
    private const int ClientClosedRequest = 499;

    /// <summary>Recorded for a call whose connection the server dropped on purpose (<see cref="DisconnectFault"/>).</summary>
    public const int Disconnected = 444;

    public Task HandleAsync(HttpContext http)
    {
        var path = http.Request.Path.Value ?? "";
        if (path.StartsWith("/file/bot", StringComparison.Ordinal))
        {
            return DownloadAsync(http, path["/file/bot".Length..]);
        }

        var (pathToken, method) = Split(path.StartsWith("/bot", StringComparison.Ordinal) ? path["/bot".Length..] : "");
        if (pathToken != token)
        {
            return AnswerAsync(http, method, null, "", new ApiError(401, "Unauthorized"), null);
        }

        return MethodTable.Find(method) is { } handler
            ? CallAsync(http, method, handler)
            : AnswerAsync(http, method, null, "", ApiError.NotFound("method not found"), null);
    }

    private async Task CallAsync(HttpContext http, string method, ApiMethod handler)
    {
        var aborted = http.RequestAborted;
        using var callEnds = CancellationTokenSource.CreateLinkedTokenSource(aborted, stopping);
        ApiRequest? request = null;
        try
        {
            request = await ApiRequestReader.ReadAsync(http.Request, method, callEnds.Token);
            var fault = state.Faults.Take(method) ?? state.Gate.Check(method);
            if (fault is not null)
            {
                state.Signal.Pulse(); // waiters on FaultsLeft
            }

            switch (fault)
            {
                case ErrorFault error:
                    throw ApiError.From(error);
                case DelayFault delay:
                    await Task.Delay(delay.Delay, stopping);
                    break;
                case DisconnectFault:
                    Record(method, request.ChatIdOrNull(), request.Body, Disconnected, "connection dropped by the test server");
                    http.Abort();
                    return;
            }

            var result = await handler(state, request, callEnds.Token);
            await AnswerAsync(http, method, request.ChatIdOrNull(), request.Body, null, result);
        }
        catch (ApiError error)
        {
            await AnswerAsync(http, method, request?.ChatIdOrNull(), request?.Body ?? "", error, null);
        }
        catch (OperationCanceledException) when (aborted.IsCancellationRequested || stopping.IsCancellationRequested)
        {
            var reason = aborted.IsCancellationRequested ? "client closed request" : "server stopped";
            Record(method, request?.ChatIdOrNull(), request?.Body ?? "", ClientClosedRequest, reason);
            http.Abort(); // a stopping server drops the connection rather than answer an empty 200
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            var error = new ApiError(500, $"Internal Server Error: test server failed: {exception.GetType().Name}: {exception.Message}");
            await AnswerAsync(http, method, request?.ChatIdOrNull(), request?.Body ?? "", error, null);
        }
    }

    private async Task DownloadAsync(HttpContext http, string rest)
    {
        var (pathToken, filePath) = Split(rest);
        var file = pathToken == token ? state.Files.ByPath(filePath) : null;
        if (file is null)
        {
            var error = pathToken == token ? ApiError.NotFound("file not found") : new ApiError(401, "Unauthorized");
            await AnswerAsync(http, "downloadFile", null, filePath, error, null);
            return;
        }

        Record("downloadFile", null, filePath, StatusCodes.Status200OK, null);
        http.Response.ContentType = "application/octet-stream";
        http.Response.ContentLength = file.Content.Length;
        await WriteQuietlyAsync(() => http.Response.Body.WriteAsync(file.Content, http.RequestAborted).AsTask());
    }

    private Task AnswerAsync(HttpContext http, string method, long? chatId, string body, ApiError? error, object? result)
    {
        var aborted = http.RequestAborted;
        if (aborted.IsCancellationRequested)
        {
            Record(method, chatId, body, ClientClosedRequest, error?.Message ?? "client closed request");
            return Task.CompletedTask;
        }

        Record(method, chatId, body, error?.StatusCode ?? StatusCodes.Status200OK, error?.Message);
        return WriteQuietlyAsync(() => error is null
            ? ApiResponseWriter.WriteResultAsync(http.Response, result!, aborted)
            : ApiResponseWriter.WriteErrorAsync(http.Response, error, aborted));
    }

    private void Record(string method, long? chatId, string body, int status, string? error) =>
        state.Log.Add(new RecordedCall(method, chatId, body, status, state.Clock.GetUtcNow()) { Error = error });

    /// <summary>Writes an answer; a client that went away meanwhile is not an error of the server.</summary>
    private static async Task WriteQuietlyAsync(Func<Task> write)
    {
        try
        {
            await write();
        }
        catch (Exception exception) when (exception is OperationCanceledException or IOException)
        {
        }
    }

    private static (string Token, string Remainder) Split(string path)
    {
        var slash = path.IndexOf('/', StringComparison.Ordinal);
        return slash < 0 ? (path, "") : (path[..slash], path[(slash + 1)..]);
    }
}
