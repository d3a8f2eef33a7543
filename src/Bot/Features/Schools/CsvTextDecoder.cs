using System.Text;
using System.Text.Unicode;

namespace SchoolSupport.Bot.Features.Schools;

/// <summary>
/// Turns the bytes of a file that Russian Excel exported into text: UTF-8 (with or without BOM) when
/// the bytes are valid UTF-8, UTF-16 when a BOM says so, Windows-1251 otherwise.
/// </summary>
internal static class CsvTextDecoder
{
    public const string Utf8Name = "UTF-8";
    public const string Utf16Name = "UTF-16";
    public const string Windows1251Name = "Windows-1251";

    private static readonly Encoding Windows1251 = CodePagesEncodingProvider.Instance.GetEncoding(1251)
        ?? throw new InvalidOperationException("The Windows-1251 code page is not available.");

    private static readonly byte[] Utf8Bom = [0xEF, 0xBB, 0xBF];
    private static readonly byte[] Utf16LeBom = [0xFF, 0xFE];
    private static readonly byte[] Utf16BeBom = [0xFE, 0xFF];
    private static readonly byte[] ZipSignature = [0x50, 0x4B, 0x03, 0x04];
    private static readonly byte[] OleSignature = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1];

    /// <summary>The text of <paramref name="content"/> without a byte order mark, and the name of the encoding it was read in.</summary>
    public static (string Text, string EncodingName) Decode(byte[] content)
    {
        ReadOnlySpan<byte> bytes = content;
        if (bytes.StartsWith(Utf8Bom))
        {
            return (Encoding.UTF8.GetString(bytes[Utf8Bom.Length..]), Utf8Name);
        }

        if (bytes.StartsWith(Utf16LeBom))
        {
            return (Encoding.Unicode.GetString(bytes[Utf16LeBom.Length..]), Utf16Name);
        }

        if (bytes.StartsWith(Utf16BeBom))
        {
            return (Encoding.BigEndianUnicode.GetString(bytes[Utf16BeBom.Length..]), Utf16Name);
        }

        return Utf8.IsValid(bytes)
            ? (Encoding.UTF8.GetString(bytes), Utf8Name)
            : (Windows1251.GetString(bytes), Windows1251Name);
    }

    /// <summary>Whether the bytes are an .xlsx (zip) or .xls (OLE) workbook rather than CSV text.</summary>
    public static bool LooksLikeSpreadsheet(byte[] content) =>
        content.AsSpan().StartsWith(ZipSignature) || content.AsSpan().StartsWith(OleSignature);

    /// <summary>Whether decoded text is really binary data: any NUL, or more than 1% control characters.</summary>
    public static bool LooksBinary(string text)
    {
        var controls = 0;
        foreach (var c in text)
        {
            if (c == '\0')
            {
                return true;
            }

            if (char.IsControl(c) && c is not ('\r' or '\n' or '\t'))
            {
                controls++;
            }
        }

        return controls * 100 > text.Length;
    }
}
