using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;

namespace SchoolSupport.TestBotApi.Internal;

/// <summary>Reads an HTTP request into an <see cref="ApiRequest"/>: query string, then a JSON or form body.</summary>
internal static class ApiRequestReader
{
    public static async Task<ApiRequest> ReadAsync(HttpRequest http, string method, CancellationToken ct)
    {
        var args = new JsonObject();
        foreach (var (key, value) in http.Query)
        {
            args[key] = value.ToString();
        }

        if (http.HasFormContentType)
        {
            return await ReadFormAsync(http, method, args, ct);
        }

        using var reader = new StreamReader(http.Body, Encoding.UTF8);
        var body = await reader.ReadToEndAsync(ct);
        if (!string.IsNullOrWhiteSpace(body))
        {
            MergeJson(args, body);
        }

        return new ApiRequest(method, args, new Dictionary<string, UploadedFile>(), body);
    }

    private static async Task<ApiRequest> ReadFormAsync(HttpRequest http, string method, JsonObject args, CancellationToken ct)
    {
        var form = await http.ReadFormAsync(ct);
        var record = new JsonObject();
        foreach (var (key, value) in form)
        {
            args[key] = value.ToString();
            record[key] = value.ToString();
        }

        var files = new Dictionary<string, UploadedFile>(StringComparer.Ordinal);
        foreach (var part in form.Files)
        {
            using var buffer = new MemoryStream();
            await part.CopyToAsync(buffer, ct);
            files[part.Name] = new UploadedFile(part.FileName, buffer.ToArray());
            record[part.Name] = $"<file \"{part.FileName}\", {buffer.Length} bytes>";
        }

        return new ApiRequest(method, args, files, record.ToJsonString(RecordJson));
    }

    private static void MergeJson(JsonObject args, string body)
    {
        JsonNode? parsed;
        try
        {
            parsed = JsonNode.Parse(body);
        }
        catch (JsonException)
        {
            throw ApiError.BadRequest("can't parse request JSON object");
        }

        if (parsed is not JsonObject fields)
        {
            throw ApiError.BadRequest("request body must be a JSON object");
        }

        foreach (var (key, value) in fields.ToList())
        {
            fields.Remove(key);
            args[key] = value;
        }
    }

    private static readonly JsonSerializerOptions RecordJson = new()
    {
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };
}
