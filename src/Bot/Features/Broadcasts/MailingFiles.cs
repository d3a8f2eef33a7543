using System.Text.RegularExpressions;
using SchoolSupport.Bot.Hosting;

namespace SchoolSupport.Bot.Features.Mailings;

/// <summary>
/// Attachments of mailings, one file per key under &lt;data&gt;/files/mailings, written and flushed to disk before the
/// draft refers to them (the database holds only the key).
/// </summary>
internal sealed partial class MailingFiles(StorageOptions options)
{
    private string Root => Path.Combine(Path.GetFullPath(options.DataDirectory), "files", "mailings");

    public string Save(byte[] content)
    {
        Directory.CreateDirectory(Root);
        var key = Ids.Random(12);
        var temp = Path.Combine(Root, key + ".tmp");
        using (var stream = new FileStream(temp, FileMode.CreateNew, FileAccess.Write))
        {
            stream.Write(content);
            stream.Flush(flushToDisk: true);
        }
        File.Move(temp, PathOf(key));
        return key;
    }

    /// <summary>Where the file of <paramref name="key"/> lies, relative to the data folder (for stored-file messages).</summary>
    public static string RelativePath(string key) => $"files/mailings/{key}";

    public bool Exists(string key) => IsKey(key) && File.Exists(PathOf(key));

    public byte[]? Load(string key) => IsKey(key) && File.Exists(PathOf(key)) ? File.ReadAllBytes(PathOf(key)) : null;

    public void Delete(string key)
    {
        if (IsKey(key)) File.Delete(PathOf(key));
    }

    private string PathOf(string key) => Path.Combine(Root, key);

    private static bool IsKey(string key) => KeyPattern().IsMatch(key);

    [GeneratedRegex("^[A-Za-z0-9_-]{16}$", RegexOptions.CultureInvariant)]
    private static partial Regex KeyPattern();
}
