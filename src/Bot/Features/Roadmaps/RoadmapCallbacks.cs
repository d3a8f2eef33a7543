using SchoolSupport.Domain.Messaging;

namespace SchoolSupport.Bot.Features.Roadmaps;

/// <summary>
/// Button payloads of /roadmap ("rm:..."): "menu", "as" (assign) and "mv" (move a deadline) start a wizard;
/// every wizard button ends with the conversation version. Assign: "t:&lt;template index&gt;", "m:&lt;municipality&gt;",
/// "y:&lt;year&gt;", "s:&lt;school&gt;" (toggle), "all", "ok". Move: "dm:&lt;municipality&gt;", "da" (all its schools),
/// "ds:&lt;school&gt;", "dg:&lt;roadmap index&gt;", "dt:&lt;stage index&gt;"; then the date is typed.
/// </summary>
internal static class RoadmapCallbacks
{
    public const string Action = "rm";

    public static string Menu() => Pack("menu");

    public static string Assign() => Pack("as");

    public static string Move() => Pack("mv");

    public static string Step(string step, int version) => Pack(step, version);

    public static string Step(string step, object arg, int version) => Pack(step, arg, version);

    private static string Pack(params object[] args) => CallbackData.Of(Action, args).Pack();
}
