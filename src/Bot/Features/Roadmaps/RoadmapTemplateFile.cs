using System.Text.Json;
using SchoolSupport.Bot.Content;
using SchoolSupport.Domain.Roadmaps;

namespace SchoolSupport.Bot.Features.Roadmaps;

/// <summary>Reads one roadmap template file (Content/roadmaps/*.json) into the domain record, strictly.</summary>
internal static class RoadmapTemplateFile
{
    /// <summary>Parses a template; <paramref name="source"/> names it in error messages.</summary>
    /// <exception cref="InvalidDataException">Not JSON of this shape.</exception>
    public static RoadmapTemplate Parse(string json, string source)
    {
        try
        {
            return JsonSerializer.Deserialize<RoadmapTemplate>(json, ContentJson.Strict)
                ?? throw new InvalidDataException($"{source}: the file holds null instead of a roadmap template.");
        }
        catch (JsonException e)
        {
            throw new InvalidDataException($"{source}: not a valid roadmap template: {e.Message}", e);
        }
    }
}
