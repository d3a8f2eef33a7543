namespace SchoolSupport.Domain.Schools;

/// <summary>The lookups one import needs, built once per file: municipalities by id and name, existing schools, rows accepted so far.</summary>
internal sealed class SchoolImportContext
{
    private const int MaxQuotedValueLength = 40;

    private readonly Dictionary<string, Municipality> _municipalitiesById = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, Municipality> _municipalitiesByName = new(StringComparer.Ordinal);
    private readonly IReadOnlySet<string> _allowedMunicipalityIds;
    private readonly HashSet<string> _existing = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _acceptedLines = new(StringComparer.Ordinal);

    public SchoolImportContext(
        IReadOnlyList<Municipality> municipalities,
        IReadOnlySet<string> allowedMunicipalityIds,
        IReadOnlyCollection<School> existingSchools)
    {
        foreach (var municipality in municipalities)
        {
            _municipalitiesById.TryAdd(municipality.Id, municipality);
            _municipalitiesByName.TryAdd(SchoolFieldParser.ComparisonKey(municipality.Name), municipality);
        }

        _allowedMunicipalityIds = allowedMunicipalityIds;
        foreach (var school in existingSchools)
        {
            _existing.Add(SchoolKey(school));
        }
    }

    public void RememberAccepted(School school, int line) => _acceptedLines.TryAdd(SchoolKey(school), line);

    public SchoolRowResult Validate(SchoolImportRow row)
    {
        var cells = Cells(row.Fields);
        var errors = new List<string>();

        var name = ValidateName(cells, errors);
        var municipality = ValidateMunicipality(cells, errors);
        var flags = ValidateFlag(cells, SchoolImportColumns.LowResults, SchoolFlags.LowResults, errors)
            | ValidateFlag(cells, SchoolImportColumns.AdverseConditions, SchoolFlags.AdverseConditions, errors)
            | ValidateFlag(cells, SchoolImportColumns.VprBias, SchoolFlags.VprBias, errors)
            | ValidateFlag(cells, SchoolImportColumns.RiskZone, SchoolFlags.RiskZone, errors);

        var clusterText = Cell(cells, SchoolImportColumns.Cluster);
        if (!SchoolFieldParser.TryParseCluster(clusterText, out var cluster))
        {
            errors.Add($"{SchoolImportColumns.Cluster}: ожидается «базово», «умеренно» или «сильно», получено {Quote(clusterText)}");
        }

        var yearText = Cell(cells, SchoolImportColumns.Cohort500);
        if (!SchoolFieldParser.TryParseCohortYear(yearText, out var year))
        {
            errors.Add($"{SchoolImportColumns.Cohort500}: ожидается год от {SchoolFieldParser.MinCohortYear} до {SchoolFieldParser.MaxCohortYear}, получено {Quote(yearText)}");
        }

        var localityText = Cell(cells, SchoolImportColumns.Locality);
        if (!SchoolFieldParser.TryParseLocality(localityText, out var locality))
        {
            errors.Add($"{SchoolImportColumns.Locality}: ожидается «город» или «село», получено {Quote(localityText)}");
        }

        var leader = Cell(cells, SchoolImportColumns.LeaderSchool);
        if (leader.Length > SchoolImport.MaxNameLength)
        {
            errors.Add($"{SchoolImportColumns.LeaderSchool}: длиннее {SchoolImport.MaxNameLength} символов");
        }

        if (name is not null && municipality is not null)
        {
            CheckDuplicate(name, municipality, errors);
        }

        if (errors.Count > 0 || name is null || municipality is null)
        {
            return SchoolRowResult.Invalid([.. errors.Select(reason => new RowError(row.Line, reason))]);
        }

        return SchoolRowResult.Valid(new School
        {
            Name = name,
            MunicipalityId = municipality.Id,
            Flags = flags,
            Cluster = cluster,
            Cohort500Year = year,
            Locality = locality,
            LeaderSchool = leader.Length == 0 ? null : leader,
        });
    }

    private static string? ValidateName(Dictionary<string, string> cells, List<string> errors)
    {
        var name = Cell(cells, SchoolImportColumns.Name);
        if (name.Length == 0)
        {
            errors.Add("не указано название");
            return null;
        }

        if (name.Length > SchoolImport.MaxNameLength)
        {
            errors.Add($"название длиннее {SchoolImport.MaxNameLength} символов");
            return null;
        }

        return name;
    }

    private Municipality? ValidateMunicipality(Dictionary<string, string> cells, List<string> errors)
    {
        var text = Cell(cells, SchoolImportColumns.Municipality);
        if (text.Length == 0)
        {
            errors.Add("не указан муниципалитет");
            return null;
        }

        if (!_municipalitiesById.TryGetValue(text, out var municipality)
            && !_municipalitiesByName.TryGetValue(SchoolFieldParser.ComparisonKey(text), out municipality))
        {
            errors.Add($"муниципалитет {Quote(text)} не найден");
            return null;
        }

        if (!_allowedMunicipalityIds.Contains(municipality.Id))
        {
            errors.Add($"муниципалитет «{municipality.Name}» вне вашей зоны ответственности");
            return null;
        }

        return municipality;
    }

    private static SchoolFlags ValidateFlag(Dictionary<string, string> cells, string column, SchoolFlags flag, List<string> errors)
    {
        var text = Cell(cells, column);
        if (SchoolFieldParser.TryParseFlag(text, out var set))
        {
            return set ? flag : SchoolFlags.None;
        }

        errors.Add($"{column}: ожидается «да» или «нет», получено {Quote(text)}");
        return SchoolFlags.None;
    }

    private void CheckDuplicate(string name, Municipality municipality, List<string> errors)
    {
        var key = SchoolKey(municipality.Id, name);
        if (_existing.Contains(key))
        {
            errors.Add($"школа {Quote(name)} уже есть в «{municipality.Name}»");
        }
        else if (_acceptedLines.TryGetValue(key, out var firstLine))
        {
            errors.Add($"школа {Quote(name)} уже есть в этом файле (строка {firstLine})");
        }
    }

    /// <summary>The row's cells by canonical column name, normalised; the first of two columns with the same name wins.</summary>
    private static Dictionary<string, string> Cells(IReadOnlyDictionary<string, string?> fields)
    {
        var cells = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (header, value) in fields)
        {
            if (SchoolImportColumns.Canonical(header) is { } column)
            {
                cells.TryAdd(column, SchoolFieldParser.CollapseSpaces(value));
            }
        }

        return cells;
    }

    private static string Cell(Dictionary<string, string> cells, string column) =>
        cells.TryGetValue(column, out var value) ? value : "";

    private static string SchoolKey(School school) => SchoolKey(school.MunicipalityId, school.Name);

    private static string SchoolKey(string municipalityId, string name) =>
        municipalityId.ToUpperInvariant() + "\n" + SchoolFieldParser.ComparisonKey(name);

    private static string Quote(string value) =>
        value.Length <= MaxQuotedValueLength ? $"«{value}»" : $"«{value[..MaxQuotedValueLength]}…»";
}
