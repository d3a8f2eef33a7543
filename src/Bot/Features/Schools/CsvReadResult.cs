using System.Diagnostics.CodeAnalysis;
using SchoolSupport.Domain.Schools;

namespace SchoolSupport.Bot.Features.Schools;

/// <summary>
/// The rows of a school CSV file, or a Russian message that says why the whole file cannot be read.
/// <see cref="EncodingName"/> and <see cref="Separator"/> say what was detected (for logs and tests).
/// </summary>
internal sealed record CsvReadResult
{
    private CsvReadResult(IReadOnlyList<SchoolImportRow> rows, string? error, string encodingName, char separator)
    {
        Rows = rows;
        Error = error;
        EncodingName = encodingName;
        Separator = separator;
    }

    public IReadOnlyList<SchoolImportRow> Rows { get; }

    public string? Error { get; }

    public string EncodingName { get; }

    public char Separator { get; }

    [MemberNotNullWhen(false, nameof(Error))]
    public bool IsSuccess => Error is null;

    public static CsvReadResult Success(IReadOnlyList<SchoolImportRow> rows, string encodingName, char separator) =>
        new(rows, null, encodingName, separator);

    public static CsvReadResult Failure(string error) => new([], error, "", '\0');
}
