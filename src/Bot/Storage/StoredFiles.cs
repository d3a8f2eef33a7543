using SchoolSupport.Bot.Hosting;
using SchoolSupport.Domain.Messaging;

namespace SchoolSupport.Bot.Storage;

/// <summary>Reads files kept in the data folder for messages that refer to them (never outside that folder).</summary>
internal sealed class StoredFiles(StorageOptions storage)
{
    private string Root => Path.GetFullPath(storage.DataDirectory) + Path.DirectorySeparatorChar;

    /// <summary>The bytes a file message carries or refers to; null when the referred file is gone.</summary>
    public byte[]? ContentOf(FileOut file)
    {
        if (file.StoredPath is not { } relative) return file.Content;
        var full = Path.GetFullPath(Path.Combine(Root, relative));
        return full.StartsWith(Root, StringComparison.Ordinal) && File.Exists(full) ? File.ReadAllBytes(full) : null;
    }
}
