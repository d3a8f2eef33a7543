using System.Text.Json;
using System.Text.Json.Serialization;

namespace SchoolSupport.Bot.Content;

/// <summary>
/// How every content file (demo data, roadmaps, questionnaires, the risk catalogue) is read: strictly. Unknown
/// fields, missing required ones and bad enum names fail with the file's name, never silently become defaults.
/// </summary>
internal static class ContentJson
{
    public static JsonSerializerOptions Strict { get; } = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter(namingPolicy: null, allowIntegerValues: false) },
        RespectNullableAnnotations = true,
        RespectRequiredConstructorParameters = true,
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
        ReadCommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
    };
}
