using System.Text;
using SchoolSupport.Bot.Hosting;

namespace SchoolSupport.Bot.Features.Reviews;

/// <summary>
/// Durable copies of submitted documents: <c>files/&lt;school&gt;/&lt;submission&gt;/&lt;version&gt;-&lt;safe name&gt;</c> under the
/// data folder. A file is written (temp name, flush, move) before the transaction that records it, so a record
/// never points to a missing file; a file whose record was never committed is a harmless orphan.
/// </summary>
internal sealed class ReviewFiles(StorageOptions storage, ReviewOptions options)
{
    /// <summary>Files up to this size travel inside the outbox message to the curator (LiteDB documents stay under 16 MB).</summary>
    /// <summary>Telegram accepts uploads from bots up to 50 MB; bigger files are announced as text.</summary>
    public const long InlineLimit = 50L * 1024 * 1024;
    private const int MaxNameLength = 80;

    public static IReadOnlyList<string> AcceptedExtensions { get; } = [".pdf", ".doc", ".docx", ".xls", ".xlsx", ".odt", ".jpg", ".jpeg", ".png"];

    public long MaxBytes => options.MaxFileBytes;

    private string Root => Path.GetFullPath(storage.DataDirectory);

    public static bool IsAccepted(string fileName) =>
        AcceptedExtensions.Contains(Path.GetExtension(fileName).ToLowerInvariant());

    /// <summary>Writes the bytes and returns the path relative to the data folder (with '/').</summary>
    public string Save(int schoolId, string submissionId, int version, string fileName, byte[] content)
    {
        var relative = $"files/{schoolId}/{submissionId}/{version}-{SafeName(fileName)}";
        var final = Full(relative);
        var folder = Path.GetDirectoryName(final)!;
        Directory.CreateDirectory(folder);
        var temp = Path.Combine(folder, $".{version}-{Guid.NewGuid():N}.tmp");
        using (var stream = new FileStream(temp, FileMode.CreateNew, FileAccess.Write, FileShare.None, 81920, FileOptions.WriteThrough))
        {
            stream.Write(content);
            stream.Flush(flushToDisk: true);
        }
        File.Move(temp, final, overwrite: true);
        return relative;
    }

    public bool Exists(string relativePath) => File.Exists(Full(relativePath));

    public byte[] Read(string relativePath) => File.ReadAllBytes(Full(relativePath));

    /// <summary>Letters, digits, '.', '-' and '_' of the original name; the extension is kept.</summary>
    public static string SafeName(string fileName)
    {
        var name = Path.GetFileName(fileName.Replace('\\', '/'));
        var builder = new StringBuilder();
        foreach (var c in name) builder.Append(char.IsLetterOrDigit(c) || c is '.' or '-' or '_' ? c : '_');
        var safe = builder.ToString().TrimStart('.');
        var extension = Path.GetExtension(safe);
        if (extension.Length > 10) extension = "";
        var stem = Path.GetFileNameWithoutExtension(safe);
        if (stem.Length == 0) stem = "file";
        if (stem.Length + extension.Length > MaxNameLength) stem = stem[..(MaxNameLength - extension.Length)];
        return stem + extension.ToLowerInvariant();
    }

    private string Full(string relativePath)
    {
        var full = Path.GetFullPath(Path.Combine(Root, relativePath));
        if (!full.StartsWith(Root + Path.DirectorySeparatorChar, StringComparison.Ordinal))
            throw new InvalidOperationException("A stored document path points outside the data folder.");
        return full;
    }
}
