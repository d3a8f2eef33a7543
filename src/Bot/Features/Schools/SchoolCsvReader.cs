using CsvHelper;
using SchoolSupport.Domain.Schools;

namespace SchoolSupport.Bot.Features.Schools;

/// <summary>
/// Reads the school CSV file a coordinator sends (docs/csv-schools.md) into rows for
/// <see cref="SchoolImport.ValidateFile"/>. Checks only the file as a whole; the rows are validated in Domain.
/// </summary>
internal static class SchoolCsvReader
{
    public const int MaxRows = 2000;
    public const int MaxMegabytes = 5;

    private static readonly char[] CandidateSeparators = [';', ',', '\t'];

    public static CsvReadResult Read(byte[] content)
    {
        if (content.Length > MaxMegabytes * 1024 * 1024)
        {
            return CsvReadResult.Failure(SchoolCsvTexts.TooLarge(MaxMegabytes));
        }

        if (CsvTextDecoder.LooksLikeSpreadsheet(content))
        {
            return CsvReadResult.Failure(SchoolCsvTexts.Spreadsheet);
        }

        var (text, encodingName) = CsvTextDecoder.Decode(content);
        if (string.IsNullOrWhiteSpace(text))
        {
            return CsvReadResult.Failure(SchoolCsvTexts.Empty);
        }

        if (CsvTextDecoder.LooksBinary(text))
        {
            return CsvReadResult.Failure(SchoolCsvTexts.Binary);
        }

        var (body, separator) = DetectSeparator(text);
        try
        {
            return Parse(body, encodingName, separator);
        }
        catch (CsvFormatException)
        {
            return CsvReadResult.Failure(SchoolCsvTexts.Unreadable);
        }
    }

    private static CsvReadResult Parse(string body, string encodingName, char separator)
    {
        long? unclosedQuoteLine = null;
        var options = CsvReaderOptions.Default with
        {
            Separator = separator,
            HasHeader = true,
            TrimWhitespace = true,
            SkipEmptyLines = true,
            TrackLineNumbers = true,
            OnMalformedRecord = record =>
            {
                if (record.Reason == CsvMalformedReason.UnterminatedQuote)
                {
                    unclosedQuoteLine ??= record.LineNumber;
                }
            },
        };

        using var reader = CsvReader.FromText(body, options);
        var headers = reader.Headers.Select(header => header.Trim()).ToArray();
        if (HeaderProblem(headers) is { } problem)
        {
            return CsvReadResult.Failure(problem);
        }

        var rows = new List<SchoolImportRow>();
        while (reader.Read())
        {
            if (ReadRow(reader, headers) is not { } fields)
            {
                continue;
            }

            if (rows.Count == MaxRows)
            {
                return CsvReadResult.Failure(SchoolCsvTexts.TooManyRows(MaxRows));
            }

            rows.Add(new SchoolImportRow(checked((int)reader.LineNumber), fields));
        }

        if (unclosedQuoteLine is { } line)
        {
            return CsvReadResult.Failure(SchoolCsvTexts.UnclosedQuote(line));
        }

        return rows.Count == 0
            ? CsvReadResult.Failure(SchoolCsvTexts.HeaderOnly)
            : CsvReadResult.Success(rows, encodingName, separator);
    }

    /// <summary>Missing required columns or a known column named twice; null when the header is fine.</summary>
    private static string? HeaderProblem(string[] headers)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var header in headers)
        {
            if (SchoolImportColumns.Canonical(header) is { } column && !seen.Add(column))
            {
                return SchoolCsvTexts.DuplicateColumn(column);
            }
        }

        var missing = SchoolImportColumns.Required.Where(column => !seen.Contains(column)).ToList();
        return missing.Count > 0 ? SchoolCsvTexts.MissingColumns(missing) : null;
    }

    /// <summary>The record's values by header (null past the end of a short record); null for a record with no value at all.</summary>
    private static Dictionary<string, string?>? ReadRow(CsvReader reader, string[] headers)
    {
        var fields = new Dictionary<string, string?>(StringComparer.OrdinalIgnoreCase);
        var hasValue = false;
        for (var i = 0; i < headers.Length; i++)
        {
            var value = i < reader.FieldCount ? reader.GetString(i) : null;
            hasValue |= !string.IsNullOrWhiteSpace(value);
            if (headers[i].Length > 0)
            {
                fields.TryAdd(headers[i], value);
            }
        }

        for (var i = headers.Length; i < reader.FieldCount && !hasValue; i++)
        {
            hasValue = !reader.IsEmpty(i);
        }

        return hasValue ? fields : null;
    }

    /// <summary>
    /// The separator used in the header line (the first line that is not empty): the most frequent of
    /// ';', ',' and tab outside quotes, ';' on a tie. An Excel «sep=;» line sets it and is blanked,
    /// so that line numbers still match the file.
    /// </summary>
    private static (string Body, char Separator) DetectSeparator(string text)
    {
        var start = 0;
        while (true)
        {
            var end = text.IndexOf('\n', start);
            var line = (end < 0 ? text[start..] : text[start..end]).Trim();
            if (line.Length > 0 || end < 0)
            {
                if (line.StartsWith("sep=", StringComparison.OrdinalIgnoreCase) && line.Length == 5 && line[4] is ';' or ',' or '\t')
                {
                    return (text[..start] + (end < 0 ? "" : text[end..]), line[4]);
                }

                return (text, MostFrequentSeparator(line));
            }

            start = end + 1;
        }
    }

    private static char MostFrequentSeparator(string headerLine)
    {
        var counts = new int[CandidateSeparators.Length];
        var quoted = false;
        foreach (var c in headerLine)
        {
            if (c == '"')
            {
                quoted = !quoted;
            }
            else if (!quoted && Array.IndexOf(CandidateSeparators, c) is var index and >= 0)
            {
                counts[index]++;
            }
        }

        var best = 0;
        for (var i = 1; i < counts.Length; i++)
        {
            if (counts[i] > counts[best])
            {
                best = i;
            }
        }

        return CandidateSeparators[best];
    }
}
