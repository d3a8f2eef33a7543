using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Telegram.Bot;

namespace SchoolSupport.TestBotApi.Internal;

/// <summary>A file part of a multipart request.</summary>
internal sealed record UploadedFile(string FileName, byte[] Content);

/// <summary>
/// The parameters of one API call, whatever way they came: a JSON body, form fields (always strings,
/// JSON objects as JSON text) or the query string. Getters accept both shapes.
/// </summary>
internal sealed class ApiRequest(string method, JsonObject args, IReadOnlyDictionary<string, UploadedFile> files, string body)
{
    public string Method { get; } = method;

    public string Body { get; } = body;

    public string? String(string name) => args[name] switch
    {
        null => null,
        JsonValue value when value.GetValueKind() == JsonValueKind.String => value.GetValue<string>(),
        var node => node.ToJsonString(),
    };

    public long? Long(string name) => args[name] switch
    {
        null => null,
        JsonValue value when value.GetValueKind() == JsonValueKind.Number => value.GetValue<long>(),
        JsonValue value when long.TryParse(value.ToString(), NumberStyles.Integer, CultureInfo.InvariantCulture, out var n) => n,
        _ => throw ApiError.BadRequest($"{name} is invalid"),
    };

    public int? Int(string name) => Long(name) switch
    {
        null => null,
        var n when n is >= int.MinValue and <= int.MaxValue => (int)n,
        _ => throw ApiError.BadRequest($"{name} is invalid"),
    };

    public bool Bool(string name) => args[name] switch
    {
        null => false,
        JsonValue value when value.GetValueKind() is JsonValueKind.True or JsonValueKind.False => value.GetValue<bool>(),
        var node => bool.TryParse(node.ToString(), out var b) && b,
    };

    /// <summary>A JSON parameter; form fields carry it as JSON text.</summary>
    public JsonNode? Json(string name)
    {
        var node = args[name];
        if (node is JsonValue value && value.GetValueKind() == JsonValueKind.String)
        {
            try
            {
                return JsonNode.Parse(value.GetValue<string>());
            }
            catch (JsonException)
            {
                throw ApiError.BadRequest($"can't parse {name} JSON object");
            }
        }

        return node;
    }

    public T? Deserialize<T>(string name)
        where T : class
    {
        try
        {
            return Json(name)?.Deserialize<T>(JsonBotAPI.Options);
        }
        catch (JsonException)
        {
            throw ApiError.BadRequest($"can't parse {name} JSON object");
        }
    }

    public long RequireChatId()
    {
        var raw = String("chat_id");
        if (string.IsNullOrEmpty(raw))
        {
            throw ApiError.BadRequest("chat_id is empty");
        }

        return long.TryParse(raw, NumberStyles.Integer, CultureInfo.InvariantCulture, out var id)
            ? id
            : throw ApiError.BadRequest("chat not found");
    }

    public int RequireInt(string name) => Int(name) ?? throw ApiError.BadRequest($"{name} is empty");

    public string RequireString(string name) =>
        String(name) is { Length: > 0 } value ? value : throw ApiError.BadRequest($"{name} is empty");

    /// <summary>The chat_id for the call log: only a numeric one.</summary>
    public long? ChatIdOrNull() =>
        long.TryParse(String("chat_id"), NumberStyles.Integer, CultureInfo.InvariantCulture, out var id) ? id : null;

    /// <summary>The uploaded file a parameter refers to: "attach://name" or a part named like the parameter.</summary>
    public UploadedFile? Upload(string name)
    {
        var value = String(name);
        if (value is not null && value.StartsWith("attach://", StringComparison.Ordinal))
        {
            return files.TryGetValue(value["attach://".Length..], out var attached)
                ? attached
                : throw ApiError.BadRequest($"{name} attachment not found");
        }

        return value is null && files.TryGetValue(name, out var direct) ? direct : null;
    }
}
