namespace SchoolSupport.TestBotApi.Internal;

/// <summary>The MIME type Telegram reports for an uploaded document, from its extension.</summary>
internal static class MimeTypes
{
    public static string Guess(string fileName) => Path.GetExtension(fileName).ToUpperInvariant() switch
    {
        ".PDF" => "application/pdf",
        ".XLSX" => "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        ".DOCX" => "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        ".CSV" => "text/csv",
        ".TXT" => "text/plain",
        ".JSON" => "application/json",
        ".ZIP" => "application/zip",
        ".PNG" => "image/png",
        ".JPG" or ".JPEG" => "image/jpeg",
        _ => "application/octet-stream",
    };
}
