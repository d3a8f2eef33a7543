using SchoolSupport.Domain.Messaging;

namespace SchoolSupport.Bot.Features.Status;

/// <summary>
/// Button payloads of /status ("st:..."). A scope is a municipality id, <see cref="Mine"/> for a curator's or a
/// school team's own schools, or <see cref="Everywhere"/> for every municipality a coordinator has. Rights are asked
/// again on every press.
/// </summary>
internal static class StatusCallbacks
{
    public const string Action = "st";
    public const string Mine = "~";
    public const string Everywhere = "*";

    /// <summary>"st:h": the start screen of /status.</summary>
    public static string Home() => Pack("h");

    /// <summary>"st:v:&lt;scope&gt;": the coordinator's overview.</summary>
    public static string Overview(string scope) => Pack("v", scope);

    /// <summary>"st:l:&lt;scope&gt;:&lt;page&gt;": schools, one line each, a page at a time.</summary>
    public static string List(string scope, int page) => Pack("l", scope, page);

    /// <summary>"st:s:&lt;school&gt;": one school in detail.</summary>
    public static string School(int schoolId) => Pack("s", schoolId);

    /// <summary>"st:c:&lt;scope&gt;": the PNG chart.</summary>
    public static string Chart(string scope) => Pack("c", scope);

    /// <summary>"st:x:&lt;scope&gt;": the XLSX export.</summary>
    public static string Export(string scope) => Pack("x", scope);

    private static string Pack(params object[] args) => CallbackData.Of(Action, args).Pack();
}
