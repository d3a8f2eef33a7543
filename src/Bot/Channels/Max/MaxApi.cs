using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;

namespace SchoolSupport.Bot.Channels.Max;

/// <summary>A MAX Bot API call that failed: the HTTP status and MAX's error code ("too.many.requests", "chat.denied", …).</summary>
internal sealed class MaxApiException(int status, string? code, string message, TimeSpan? retryAfter = null)
    : Exception($"{status} {code}: {message}")
{
    public int Status { get; } = status;
    public string? Code { get; } = code;
    public TimeSpan? RetryAfter { get; } = retryAfter;
}

/// <summary>
/// A small typed client of the MAX Bot API over HttpClient (no NuGet client is served for MAX). The token
/// travels in the Authorization header, never in a URL, so it cannot reach a log line.
/// </summary>
internal sealed class MaxApi(HttpClient http, MaxOptions options)
{
    private readonly Uri baseUri = new(options.ApiBaseUrl.TrimEnd('/') + "/");

    public Task<MaxUser> GetMeAsync(CancellationToken ct) => SendAsync<MaxUser>(HttpMethod.Get, "me", null, ct);

    /// <param name="marker">The marker of the previous answer; null on the very first call.</param>
    public Task<MaxUpdateList> GetUpdatesAsync(long? marker, int timeoutSeconds, int limit, CancellationToken ct)
    {
        var query = $"updates?limit={limit}&timeout={timeoutSeconds}&types={string.Join(',', MaxJson.UpdateTypes)}";
        if (marker is { } m) query += "&marker=" + m.ToString(CultureInfo.InvariantCulture);
        return SendAsync<MaxUpdateList>(HttpMethod.Get, query, null, ct);
    }

    public async Task<MaxMessage> SendMessageAsync(long chatId, MaxNewMessage message, CancellationToken ct)
    {
        var result = await SendAsync<MaxSendResult>(HttpMethod.Post, "messages?chat_id=" + chatId.ToString(CultureInfo.InvariantCulture), message, ct);
        return result.Message ?? throw new MaxApiException(200, null, "the answer has no message");
    }

    public Task EditMessageAsync(string mid, MaxNewMessage message, CancellationToken ct) =>
        SendAsync<MaxResult>(HttpMethod.Put, "messages?message_id=" + Uri.EscapeDataString(mid), message, ct);

    public Task AnswerCallbackAsync(string callbackId, MaxCallbackAnswer answer, CancellationToken ct) =>
        SendAsync<MaxResult>(HttpMethod.Post, "answers?callback_id=" + Uri.EscapeDataString(callbackId), answer, ct);

    public Task<MaxSubscriptionList> GetSubscriptionsAsync(CancellationToken ct) =>
        SendAsync<MaxSubscriptionList>(HttpMethod.Get, "subscriptions", null, ct);

    public Task SubscribeAsync(string url, string secret, CancellationToken ct) =>
        SendAsync<MaxResult>(HttpMethod.Post, "subscriptions", new MaxSubscriptionRequest(url, MaxJson.UpdateTypes, secret), ct);

    public Task UnsubscribeAsync(string url, CancellationToken ct) =>
        SendAsync<MaxResult>(HttpMethod.Delete, "subscriptions?url=" + Uri.EscapeDataString(url), null, ct);

    /// <summary>POST /uploads?type=file|image, then the bytes to the URL it gives: the token to attach the file with.</summary>
    public async Task<string> UploadAsync(string type, string fileName, byte[] content, CancellationToken ct)
    {
        var endpoint = await SendAsync<MaxUploadEndpoint>(HttpMethod.Post, "uploads?type=" + type, null, ct);
        using var form = new MultipartFormDataContent();
        var file = new ByteArrayContent(content);
        file.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
        form.Add(file, "data", fileName);
        using var request = new HttpRequestMessage(HttpMethod.Post, endpoint.Url) { Content = form };
        using var response = await http.SendAsync(request, ct);
        var body = await response.Content.ReadAsStringAsync(ct);
        if (!response.IsSuccessStatusCode) throw Error(response, body);
        return TokenOf(body) ?? endpoint.Token ?? throw new MaxApiException((int)response.StatusCode, null, "the upload answer has no token");
    }

    /// <summary>A file a user sent, by the URL in its attachment.</summary>
    public async Task<byte[]> DownloadAsync(string url, long maxBytes, CancellationToken ct)
    {
        using var response = await http.GetAsync(url, HttpCompletionOption.ResponseHeadersRead, ct);
        if (!response.IsSuccessStatusCode) throw Error(response, await response.Content.ReadAsStringAsync(ct));
        if (response.Content.Headers.ContentLength > maxBytes) throw new MaxApiException(413, null, "the file is larger than allowed");
        var bytes = await response.Content.ReadAsByteArrayAsync(ct);
        return bytes.Length > maxBytes ? throw new MaxApiException(413, null, "the file is larger than allowed") : bytes;
    }

    /// <summary>A file upload answers {"token": …}; an image upload answers {"photos": {"…": {"token": …}}}.</summary>
    private static string? TokenOf(string body)
    {
        if (string.IsNullOrWhiteSpace(body)) return null;
        using var json = JsonDocument.Parse(body);
        var root = json.RootElement;
        if (root.ValueKind != JsonValueKind.Object) return null;
        if (root.TryGetProperty("token", out var token) && token.ValueKind == JsonValueKind.String) return token.GetString();
        if (root.TryGetProperty("photos", out var photos) && photos.ValueKind == JsonValueKind.Object)
        {
            foreach (var photo in photos.EnumerateObject())
                if (photo.Value.TryGetProperty("token", out var t) && t.ValueKind == JsonValueKind.String) return t.GetString();
        }
        return null;
    }

    private async Task<T> SendAsync<T>(HttpMethod method, string pathAndQuery, object? body, CancellationToken ct)
    {
        using var request = new HttpRequestMessage(method, new Uri(baseUri, pathAndQuery));
        request.Headers.TryAddWithoutValidation("Authorization", options.Token);
        if (body is not null) request.Content = JsonContent.Create(body, body.GetType(), options: MaxJson.Options);
        using var response = await http.SendAsync(request, ct);
        var text = await response.Content.ReadAsStringAsync(ct);
        if (!response.IsSuccessStatusCode) throw Error(response, text);
        try
        {
            return JsonSerializer.Deserialize<T>(text, MaxJson.Options) ?? throw new MaxApiException((int)response.StatusCode, null, "empty answer");
        }
        catch (JsonException e)
        {
            throw new MaxApiException((int)response.StatusCode, null, "unreadable answer: " + e.Message);
        }
    }

    private static MaxApiException Error(HttpResponseMessage response, string body)
    {
        MaxError? error = null;
        try
        {
            if (!string.IsNullOrWhiteSpace(body)) error = JsonSerializer.Deserialize<MaxError>(body, MaxJson.Options);
        }
        catch (JsonException)
        {
            // Not JSON (a proxy's error page): the status says enough.
        }
        TimeSpan? retryAfter = response.StatusCode == HttpStatusCode.TooManyRequests
            ? response.Headers.RetryAfter?.Delta ?? TimeSpan.FromSeconds(1)
            : null;
        return new MaxApiException((int)response.StatusCode, error?.Code, error?.Message ?? response.ReasonPhrase ?? "error", retryAfter);
    }
}
