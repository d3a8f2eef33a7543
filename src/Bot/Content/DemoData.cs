using System.Text.Json;
using SchoolSupport.Domain.Schools;

namespace SchoolSupport.Bot.Content;

/// <summary>The coordinator created with the demo data, responsible for the listed municipalities.</summary>
internal sealed record DemoCoordinator(string Name, IReadOnlyList<string> MunicipalityIds);

/// <summary>
/// Demo municipalities and schools taken from the seed documents (Content/demo-data.json;
/// sources in docs/demo-data.md). School ids are 0: the store assigns them.
/// </summary>
internal sealed record DemoData(
    int Version,
    IReadOnlyList<Municipality> Municipalities,
    IReadOnlyList<School> Schools,
    DemoCoordinator Coordinator)
{
    public const int CurrentVersion = 1;

    /// <summary>Reads and validates a demo data file.</summary>
    /// <exception cref="InvalidDataException">The file is not valid JSON of this shape or breaks a rule of <see cref="DemoDataValidator"/>.</exception>
    public static DemoData Load(string path) => Parse(File.ReadAllText(path), path);

    /// <summary>Parses and validates demo data; <paramref name="source"/> names it in error messages.</summary>
    public static DemoData Parse(string json, string source = "demo-data.json")
    {
        DemoData? data;
        try
        {
            data = JsonSerializer.Deserialize<DemoData>(json, ContentJson.Strict);
        }
        catch (JsonException ex)
        {
            throw new InvalidDataException($"{source}: not valid demo data JSON: {ex.Message}", ex);
        }

        if (data is null)
        {
            throw new InvalidDataException($"{source}: the file holds null instead of demo data.");
        }

        var problems = DemoDataValidator.Problems(data);
        if (problems.Count > 0)
        {
            throw new InvalidDataException($"{source}: {string.Join("; ", problems)}");
        }

        return data;
    }
}
