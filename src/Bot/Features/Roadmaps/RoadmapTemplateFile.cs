using System.Text.Json;
using System.Text.Json.Serialization;
using SchoolSupport.Domain.Roadmaps;

namespace SchoolSupport.Bot.Features.Roadmaps;

/// <summary>Reads one roadmap template file (Content/roadmaps/*.json) into the domain record, strictly.</summary>
internal static class RoadmapTemplateFile
{
    private static readonly JsonSerializerOptions JsonOptions = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter(namingPolicy: null, allowIntegerValues: false) },
        RespectNullableAnnotations = true,
        RespectRequiredConstructorParameters = true,
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
        ReadCommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
    };

    /// <summary>Parses a template; <paramref name="source"/> names it in error messages.</summary>
    /// <exception cref="InvalidDataException">Not JSON of this shape.</exception>
    public static RoadmapTemplate Parse(string json, string source)
    {
        try
        {
            return JsonSerializer.Deserialize<RoadmapTemplate>(json, JsonOptions)
                ?? throw new InvalidDataException($"{source}: the file holds null instead of a roadmap template.");
        }
        catch (JsonException e)
        {
            throw new InvalidDataException($"{source}: not a valid roadmap template: {e.Message}", e);
        }
    }
}
