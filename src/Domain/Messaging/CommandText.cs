namespace SchoolSupport.Domain.Messaging;

public static class CommandText
{
    private static readonly System.Buffers.SearchValues<char> Whitespace =
        System.Buffers.SearchValues.Create(" \t\r\n\u00A0\u2007\u202F\u2028\u2029\v\f");

    /// <summary>Splits "/start@my_bot CODE" into ("start", "CODE"); false when the text is not a command.</summary>
    public static bool TryParse(string? text, out string name, out string argument)
    {
        name = argument = "";
        if (text is null || text.Length < 2 || text[0] != '/') return false;
        var trimmed = text.Trim();
        var space = trimmed.AsSpan().IndexOfAny(Whitespace);
        var head = space < 0 ? trimmed[1..] : trimmed[1..space];
        var at = head.IndexOf('@');
        if (at >= 0) head = head[..at];
        if (head.Length == 0 || head.Length > 32 || !head.All(c => char.IsAsciiLetterOrDigit(c) || c == '_')) return false;
        name = head.ToLowerInvariant();
        argument = space < 0 ? "" : trimmed[(space + 1)..].Trim();
        return true;
    }
}
