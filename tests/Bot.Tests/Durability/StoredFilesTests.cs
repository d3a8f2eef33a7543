using SchoolSupport.Bot.Hosting;
using SchoolSupport.Bot.Storage;
using SchoolSupport.Domain.Messaging;

namespace SchoolSupport.Bot.Tests.Durability;

public sealed class StoredFilesTests
{
    [Theory]
    [InlineData("files/a.pdf", true)]
    [InlineData("../outside.pdf", false)]
    [InlineData("files/../../outside.pdf", false)]
    [InlineData("files/missing.pdf", false)]
    public void A_stored_file_message_reads_only_inside_the_data_folder(string relative, bool readable)
    {
        var root = Path.Combine(Path.GetTempPath(), "schoolbot-tests", Guid.NewGuid().ToString("N"));
        var data = Path.Combine(root, "data");
        Directory.CreateDirectory(Path.Combine(data, "files"));
        File.WriteAllBytes(Path.Combine(data, "files", "a.pdf"), [1, 2, 3]);
        File.WriteAllBytes(Path.Combine(root, "outside.pdf"), [9]);
        try
        {
            var files = new StoredFiles(new StorageOptions { DataDirectory = data });
            var message = FileOut.Stored(new ChatAddress("telegram", 1), "a.pdf", relative, null, isImage: false);
            var content = files.ContentOf(message);
            Assert.Equal(readable, content is not null);
            if (readable) Assert.Equal([1, 2, 3], content);
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    }
}
