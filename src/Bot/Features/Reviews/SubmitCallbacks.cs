using SchoolSupport.Domain.Messaging;

namespace SchoolSupport.Bot.Features.Reviews;

/// <summary>
/// Button payloads of /submit ("sb:..."). Wizard buttons end with the conversation version (a press on an
/// older step is stale); "new" and "re" start the wizard and are checked against the participant's rights.
/// </summary>
internal static class SubmitCallbacks
{
    public const string Action = "sb";

    /// <summary>"sb:new": start /submit.</summary>
    public static string New() => Pack("new");

    /// <summary>"sb:re:&lt;submission&gt;": send a new version of a returned document.</summary>
    public static string Resubmit(string submissionId) => Pack("re", submissionId);

    /// <summary>"sb:a:&lt;assignment&gt;:&lt;v&gt;": choose the roadmap.</summary>
    public static string Roadmap(string assignmentId, int v) => Pack("a", assignmentId, v);

    /// <summary>"sb:st:&lt;stage index&gt;:&lt;v&gt;": choose the stage.</summary>
    public static string Stage(int index, int v) => Pack("st", index, v);

    /// <summary>"sb:d:&lt;slot index&gt;:&lt;v&gt;": choose the document of the stage.</summary>
    public static string Slot(int index, int v) => Pack("d", index, v);

    /// <summary>"sb:bk:&lt;v&gt;": back to the stages.</summary>
    public static string Back(int v) => Pack("bk", v);

    /// <summary>"sb:nc:&lt;v&gt;": send without a comment.</summary>
    public static string NoComment(int v) => Pack("nc", v);

    private static string Pack(params object[] args) => CallbackData.Of(Action, args).Pack();
}
