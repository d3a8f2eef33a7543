using System.Text;
using SchoolSupport.Bot.Hosting;
using SchoolSupport.Domain.Events;

namespace SchoolSupport.Bot.Features.Events;

/// <summary>Materials files, kept under the data folder (files/events/…) and attached to announcements.</summary>
internal sealed class EventFiles(StorageOptions storage)
{
    /// <summary>Stored once in the data folder; recipients' messages refer to it (Telegram takes up to 20 MB from users).</summary>
    public const long MaxBytes = 20 * 1024 * 1024;
    private const int MaxNameLength = 80;

    public MaterialsFile Save(string fileName, byte[] content)
    {
        var name = SafeName(fileName);
        var relative = $"files/events/{Ids.Random(9)}-{name}";
        var full = FullPath(relative);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        File.WriteAllBytes(full, content);
        return new MaterialsFile { FileName = name, StoredPath = relative, Size = content.Length };
    }

    public byte[]? Read(MaterialsFile file)
    {
        var full = FullPath(file.StoredPath);
        return File.Exists(full) ? File.ReadAllBytes(full) : null;
    }

    private string FullPath(string relative) => Path.Combine(Path.GetFullPath(storage.DataDirectory), relative);

    /// <summary>Letters, digits, '.', '-', '_' only; no path parts; never empty.</summary>
    internal static string SafeName(string fileName)
    {
        var builder = new StringBuilder();
        foreach (var c in Path.GetFileName(fileName.Replace('\\', '/')))
            builder.Append(char.IsLetterOrDigit(c) || c is '.' or '-' or '_' ? c : '_');
        var name = builder.ToString().Trim('.');
        if (name.Length > MaxNameLength) name = name[^MaxNameLength..];
        return name.Length == 0 ? "materials" : name;
    }
}
