using SchoolSupport.Domain.Messaging;

namespace SchoolSupport.Bot.Features.Reviews;

/// <summary>
/// Button payloads of reviews ("rv:..."). Decision buttons name the submission and the version they are
/// about, so a press on an older card is recognised; rights are checked again on every press.
/// </summary>
internal static class ReviewCallbacks
{
    public const string Action = "rv";

    /// <summary>"rv:a:&lt;submission&gt;:&lt;version&gt;": accept now.</summary>
    public static string Accept(string id, int version) => Pack("a", id, version);

    /// <summary>"rv:c:&lt;submission&gt;:&lt;version&gt;": accept with a comment (asks for it).</summary>
    public static string AcceptWithComment(string id, int version) => Pack("c", id, version);

    /// <summary>"rv:r:&lt;submission&gt;:&lt;version&gt;": return for rework (asks for the required comment).</summary>
    public static string Return(string id, int version) => Pack("r", id, version);

    /// <summary>"rv:h:&lt;submission&gt;": the full history.</summary>
    public static string History(string id) => Pack("h", id);

    /// <summary>"rv:o:&lt;submission&gt;": open the card with the file (from the /reviews list).</summary>
    public static string Open(string id) => Pack("o", id);

    /// <summary>"rv:l": the /reviews list.</summary>
    public static string List() => Pack("l");

    private static string Pack(params object[] args) => CallbackData.Of(Action, args).Pack();
}
