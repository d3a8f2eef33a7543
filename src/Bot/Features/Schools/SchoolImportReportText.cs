using System.Text;
using SchoolSupport.Domain.Schools;

namespace SchoolSupport.Bot.Features.Schools;

/// <summary>The import report: the message text and, when the rejected lines do not fit in it, the full list as a text file.</summary>
internal sealed record SchoolImportReportMessage(string Text, string? ErrorsFile);

/// <summary>
/// Formats the outcome of a CSV import: «Загружено: N школ. Отклонено строк: M.» and the rejected lines
/// («строка 5: …»). A message longer than <see cref="MaxMessageLength"/> keeps the first lines and sends
/// every line in <see cref="ErrorsFileName"/>.
/// </summary>
internal static class SchoolImportReportText
{
    public const int MaxMessageLength = 3500;
    public const string ErrorsFileName = "oshibki-importa.txt";

    public static SchoolImportReportMessage Build(SchoolImportReport report, int maxLength = MaxMessageLength)
    {
        var header = SchoolTexts.ImportHeader(report.Accepted.Count, report.RejectedRowCount);
        if (report.Rejected.Count == 0) return new(header, null);

        var lines = report.Rejected.Select(e => e.Message).ToList();
        var full = Compose(header, lines, SchoolTexts.FixAndResend);
        if (full.Length <= maxLength) return new(full, null);

        var shown = new List<string>();
        foreach (var line in lines)
        {
            var tail = SchoolTexts.MoreErrorsInFile(lines.Count - shown.Count - 1, ErrorsFileName);
            if (Compose(header, [.. shown, line], tail).Length > maxLength) break;
            shown.Add(line);
        }
        var text = Compose(header, shown, SchoolTexts.MoreErrorsInFile(lines.Count - shown.Count, ErrorsFileName));
        var file = SchoolTexts.ErrorsFileTitle(report.Accepted.Count, report.RejectedRowCount) + "\r\n\r\n" + string.Join("\r\n", lines) + "\r\n";
        return new(text, file);
    }

    /// <summary>The errors file as UTF-8 with a byte order mark, so Windows Notepad and Excel show the Cyrillic right.</summary>
    public static byte[] FileBytes(string text) => [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(text)];

    private static string Compose(string header, IReadOnlyList<string> lines, string footer) =>
        $"{header}\n\n{SchoolTexts.RejectedTitle}\n{string.Join('\n', lines)}\n\n{footer}";
}
