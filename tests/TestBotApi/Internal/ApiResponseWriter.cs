using System.Buffers;
using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Telegram.Bot;

namespace SchoolSupport.TestBotApi.Internal;

/// <summary>Writes Bot API answers: <c>{"ok":true,"result":...}</c> or <c>{"ok":false,"error_code":...}</c>.</summary>
internal static class ApiResponseWriter
{
    public static Task WriteResultAsync(HttpResponse response, object result, CancellationToken ct)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var json = new Utf8JsonWriter(buffer))
        {
            json.WriteStartObject();
            json.WriteBoolean("ok", true);
            json.WritePropertyName("result");
            JsonSerializer.Serialize(json, result, result.GetType(), JsonBotAPI.Options);
            json.WriteEndObject();
        }

        return WriteAsync(response, StatusCodes.Status200OK, buffer, ct);
    }

    public static Task WriteErrorAsync(HttpResponse response, ApiError error, CancellationToken ct)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var json = new Utf8JsonWriter(buffer))
        {
            json.WriteStartObject();
            json.WriteBoolean("ok", false);
            json.WriteNumber("error_code", error.StatusCode);
            json.WriteString("description", error.Message);
            if (error.RetryAfter is { } retryAfter)
            {
                json.WriteStartObject("parameters");
                json.WriteNumber("retry_after", retryAfter);
                json.WriteEndObject();
            }

            json.WriteEndObject();
        }

        return WriteAsync(response, error.StatusCode, buffer, ct);
    }

    private static async Task WriteAsync(HttpResponse response, int status, ArrayBufferWriter<byte> buffer, CancellationToken ct)
    {
        response.StatusCode = status;
        response.ContentType = "application/json";
        response.ContentLength = buffer.WrittenCount;
        await response.Body.WriteAsync(buffer.WrittenMemory, ct);
    }
}
