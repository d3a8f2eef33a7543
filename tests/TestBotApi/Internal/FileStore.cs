using System.Globalization;
using Telegram.Bot.Types;

namespace SchoolSupport.TestBotApi.Internal;

/// <summary>A file the server keeps: uploaded by the bot or sent by a simulated user.</summary>
internal sealed record StoredFile(string FileId, string FileUniqueId, string FileName, string MimeType, byte[] Content, string FilePath)
{
    public bool IsPhoto => FilePath.StartsWith("photos/", StringComparison.Ordinal);

    public Document ToDocument() => new()
    {
        FileId = FileId,
        FileUniqueId = FileUniqueId,
        FileName = FileName,
        MimeType = MimeType,
        FileSize = Content.Length,
    };

    public PhotoSize[] ToPhoto() =>
        [new PhotoSize { FileId = FileId, FileUniqueId = FileUniqueId, Width = 1280, Height = 960, FileSize = Content.Length }];

    public TGFile ToTelegramFile() => new()
    {
        FileId = FileId,
        FileUniqueId = FileUniqueId,
        FileSize = Content.Length,
        FilePath = FilePath,
    };
}

/// <summary>Files by file_id and by file_path, for getFile, downloads and re-sending by file_id.</summary>
internal sealed class FileStore
{
    private readonly Lock _gate = new();
    private readonly Dictionary<string, StoredFile> _byId = new(StringComparer.Ordinal);
    private readonly Dictionary<string, StoredFile> _byPath = new(StringComparer.Ordinal);
    private int _counter;

    /// <summary>Stores a file; <paramref name="isPhoto"/> picks the file_id prefix and folder Telegram uses.</summary>
    public StoredFile Add(string fileName, byte[] content, string? mimeType, bool isPhoto)
    {
        lock (_gate)
        {
            var n = ++_counter;
            var number = n.ToString("D6", CultureInfo.InvariantCulture);
            var extension = Path.GetExtension(fileName) is { Length: > 0 } ext ? ext : isPhoto ? ".jpg" : "";
            // The first bytes of a real file_id encode its type: "AgAC" = photo (2), "BQAC" = document (5).
            var file = new StoredFile(
                FileId: (isPhoto ? "AgACAgIAAxkBAAI" : "BQACAgIAAxkBAAI") + number + "TestFile",
                FileUniqueId: "AQAD" + number,
                FileName: fileName,
                MimeType: mimeType ?? MimeTypes.Guess(fileName),
                Content: content,
                FilePath: (isPhoto ? "photos/file_" : "documents/file_") + n.ToString(CultureInfo.InvariantCulture) + extension);
            _byId[file.FileId] = file;
            _byPath[file.FilePath] = file;
            return file;
        }
    }

    public StoredFile? ById(string fileId)
    {
        lock (_gate)
        {
            return _byId.GetValueOrDefault(fileId);
        }
    }

    public StoredFile? ByPath(string filePath)
    {
        lock (_gate)
        {
            return _byPath.GetValueOrDefault(filePath);
        }
    }
}
