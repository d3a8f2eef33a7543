namespace SchoolSupport.Domain.Schools;

/// <summary>
/// Validates schools that a coordinator imports from a table (docs/csv-schools.md). Pure: no I/O.
/// Every problem of a row is reported, in Russian, so the coordinator can fix the file in one pass.
/// </summary>
public static class SchoolImport
{
    public const int MaxNameLength = 200;

    /// <summary>
    /// Validates one row. <paramref name="fields"/> maps the file's column headers to the cell values;
    /// unknown columns are ignored. <paramref name="allowedMunicipalityIds"/> is the coordinator's scope.
    /// </summary>
    public static SchoolRowResult ValidateRow(
        int lineNumber,
        IReadOnlyDictionary<string, string?> fields,
        IReadOnlyList<Municipality> knownMunicipalities,
        IReadOnlySet<string> allowedMunicipalityIds,
        IReadOnlyCollection<School> existingSchools) =>
        new SchoolImportContext(knownMunicipalities, allowedMunicipalityIds, existingSchools)
            .Validate(new SchoolImportRow(lineNumber, fields));

    /// <summary>
    /// Validates every row of a file: as <see cref="ValidateRow"/>, and a school that appears twice in
    /// the same municipality of the file is accepted once, its repetitions rejected.
    /// </summary>
    public static SchoolImportReport ValidateFile(
        IEnumerable<SchoolImportRow> rows,
        IReadOnlyList<Municipality> knownMunicipalities,
        IReadOnlySet<string> allowedMunicipalityIds,
        IReadOnlyCollection<School> existingSchools)
    {
        var context = new SchoolImportContext(knownMunicipalities, allowedMunicipalityIds, existingSchools);
        var accepted = new List<School>();
        var rejected = new List<RowError>();
        foreach (var row in rows)
        {
            var result = context.Validate(row);
            if (result.IsValid)
            {
                context.RememberAccepted(result.School, row.Line);
                accepted.Add(result.School);
            }
            else
            {
                rejected.AddRange(result.Errors);
            }
        }

        return new SchoolImportReport(accepted, rejected);
    }

    /// <summary>A school name as stored: trimmed, every run of whitespace collapsed into one space.</summary>
    public static string NormalizeName(string? name) => SchoolFieldParser.CollapseSpaces(name);

    /// <summary>The key two names are the same school by: case, quotes, «ё» and a space after «№» ignored.</summary>
    public static string NameKey(string name) => SchoolFieldParser.ComparisonKey(name);
}
