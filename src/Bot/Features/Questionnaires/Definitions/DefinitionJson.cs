using System.Text.Json;
using SchoolSupport.Bot.Content;

namespace SchoolSupport.Bot.Features.Questionnaires.Definitions;

/// <summary>Reads instrument and risk catalogue files strictly: unknown fields, missing required ones and bad enum names fail.</summary>
internal static class DefinitionJson
{
    /// <summary>Parses <paramref name="json"/>; <paramref name="source"/> names the file in error messages.</summary>
    /// <exception cref="InvalidDataException">Not JSON of this shape.</exception>
    public static T Parse<T>(string json, string source, string what) where T : class
    {
        try
        {
            return JsonSerializer.Deserialize<T>(json, ContentJson.Strict) ?? throw new InvalidDataException($"{source}: the file holds null instead of {what}.");
        }
        catch (JsonException e)
        {
            throw new InvalidDataException($"{source}: not a valid {what}: {e.Message}", e);
        }
    }
}
