using System.Text.RegularExpressions;
using SchoolSupport.Domain.Schools;

namespace SchoolSupport.Bot.Content;

/// <summary>The rules demo data must keep: ids, names and time zones that resolve, schools in known municipalities.</summary>
internal static partial class DemoDataValidator
{
    public static IReadOnlyList<string> Problems(DemoData data)
    {
        var problems = new List<string>();
        if (data.Version != DemoData.CurrentVersion)
        {
            problems.Add($"version {data.Version} is not supported (expected {DemoData.CurrentVersion})");
        }

        var municipalityIds = CheckMunicipalities(data.Municipalities, problems);
        CheckSchools(data.Schools, municipalityIds, problems);
        CheckCoordinator(data.Coordinator, municipalityIds, problems);
        return problems;
    }

    private static HashSet<string> CheckMunicipalities(IReadOnlyList<Municipality> municipalities, List<string> problems)
    {
        if (municipalities.Count == 0)
        {
            problems.Add("no municipalities");
        }

        var ids = new HashSet<string>(StringComparer.Ordinal);
        foreach (var municipality in municipalities)
        {
            var id = municipality.Id;
            if (!IdPattern().IsMatch(id))
            {
                problems.Add($"municipality id '{id}' must be Latin lowercase letters, digits and '-'");
            }

            if (!ids.Add(id))
            {
                problems.Add($"municipality id '{id}' appears twice");
            }

            if (string.IsNullOrWhiteSpace(municipality.Name) || string.IsNullOrWhiteSpace(municipality.Region))
            {
                problems.Add($"municipality '{id}' needs a name and a region");
            }

            if (!TimeZoneResolves(municipality.TimeZoneId))
            {
                problems.Add($"municipality '{id}': time zone '{municipality.TimeZoneId}' is not known to this system");
            }
        }

        return ids;
    }

    private static void CheckSchools(IReadOnlyList<School> schools, HashSet<string> municipalityIds, List<string> problems)
    {
        var keys = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < schools.Count; i++)
        {
            var school = schools[i];
            var label = $"school #{i + 1} '{school.Name}'";
            if (string.IsNullOrWhiteSpace(school.Name) || school.Name.Length > SchoolImport.MaxNameLength)
            {
                problems.Add($"{label}: the name must be 1..{SchoolImport.MaxNameLength} characters");
            }

            if (!municipalityIds.Contains(school.MunicipalityId))
            {
                problems.Add($"{label}: municipality '{school.MunicipalityId}' is not in the municipalities list");
            }

            if (!keys.Add(school.MunicipalityId + "\n" + SchoolImport.NameKey(school.Name)))
            {
                problems.Add($"{label}: appears twice in '{school.MunicipalityId}'");
            }

            if (school.Cohort500Year is < 2020 or > 2100)
            {
                problems.Add($"{label}: 500+ cohort year {school.Cohort500Year} is outside 2020..2100");
            }
        }
    }

    private static void CheckCoordinator(DemoCoordinator coordinator, HashSet<string> municipalityIds, List<string> problems)
    {
        if (string.IsNullOrWhiteSpace(coordinator.Name))
        {
            problems.Add("the coordinator needs a name");
        }

        if (coordinator.MunicipalityIds.Count == 0)
        {
            problems.Add("the coordinator needs at least one municipality");
        }

        foreach (var id in coordinator.MunicipalityIds.Where(id => !municipalityIds.Contains(id)))
        {
            problems.Add($"coordinator: municipality '{id}' is not in the municipalities list");
        }
    }

    private static bool TimeZoneResolves(string timeZoneId)
    {
        if (string.IsNullOrWhiteSpace(timeZoneId))
        {
            return false;
        }

        try
        {
            _ = TimeZoneInfo.FindSystemTimeZoneById(timeZoneId);
            return true;
        }
        catch (Exception ex) when (ex is TimeZoneNotFoundException or InvalidTimeZoneException)
        {
            return false;
        }
    }

    [GeneratedRegex("^[a-z0-9-]+$", RegexOptions.CultureInvariant)]
    private static partial Regex IdPattern();
}
