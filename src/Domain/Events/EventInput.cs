namespace SchoolSupport.Domain.Events;

/// <summary>Parses what an organiser types into the event wizard. Times are read in the organiser's zone.</summary>
public static partial class EventInput
{
    public const int MinMinutes = 5;
    public const int MaxMinutes = 24 * 60;
    public const int MaxTitle = 150;
    public const int MaxDescription = 2000;
    public const int MaxFeedback = 1000;
    public const string NoneMark = "-";

    /// <summary>An absolute http(s) address; with <paramref name="optional"/>, «-» means none.</summary>
    public static Parsed<string?> Link(string text, bool optional)
    {
        var s = text.Trim();
        if (optional && s == NoneMark) return Parsed.Of<string?>(null);
        var hint = optional ? EventInputTexts.LinkOrDash : "";
        if (s.Length == 0 || s.Length > 1000 || s.Any(char.IsWhiteSpace)) return Parsed.Fail<string?>(EventInputTexts.LinkFormat + hint);
        if (!Uri.TryCreate(s, UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https"))
            return Parsed.Fail<string?>((s.Contains("://", StringComparison.Ordinal) || s.Contains('.', StringComparison.Ordinal) ? EventInputTexts.LinkScheme : EventInputTexts.LinkFormat) + hint);
        return uri.Host.Contains('.', StringComparison.Ordinal) || uri.IsLoopback ? Parsed.Of<string?>(s) : Parsed.Fail<string?>(EventInputTexts.LinkFormat + hint);
    }

    public static Parsed<string> Title(string text)
    {
        var s = text.Trim();
        return s.Length is < 3 or > MaxTitle ? Parsed.Fail<string>(EventInputTexts.TitleLength) : Parsed.Of<string>(s);
    }

    /// <summary>Free text up to 2000 characters; «-» means no description.</summary>
    public static Parsed<string> Description(string text)
    {
        var s = text.Trim();
        if (s == NoneMark) return Parsed.Of<string>("");
        return s.Length > MaxDescription ? Parsed.Fail<string>(EventInputTexts.DescriptionLength) : Parsed.Of<string>(s);
    }

    public static Parsed<string> Feedback(string text)
    {
        var s = text.Trim();
        if (s.Length == 0) return Parsed.Fail<string>(EventInputTexts.FeedbackEmpty);
        return s.Length > MaxFeedback ? Parsed.Fail<string>(EventInputTexts.FeedbackLength) : Parsed.Of<string>(s);
    }
}
