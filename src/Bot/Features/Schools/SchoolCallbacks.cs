using SchoolSupport.Domain.Messaging;
using SchoolSupport.Domain.Schools;

namespace SchoolSupport.Bot.Features.Schools;

/// <summary>
/// Button payloads of the schools feature ("sc:..."). Browsing payloads carry no version (they only show data
/// and are checked against the participant's rights); the flag and save buttons of the add wizard carry the
/// conversation version so a press on an older message is recognised as stale.
/// </summary>
internal static class SchoolCallbacks
{
    public const string Action = "sc";

    /// <summary>"sc:ls" or "sc:ls:&lt;page&gt;": the start view (municipalities, or one's own schools).</summary>
    public static string List(int page = 0) => page == 0 ? Pack("ls") : Pack("ls", page);

    /// <summary>"sc:m:&lt;muniId&gt;" or "sc:m:&lt;muniId&gt;:&lt;page&gt;": a municipality's schools.</summary>
    public static string Municipality(string municipalityId, int page = 0) =>
        page == 0 ? Pack("m", municipalityId) : Pack("m", municipalityId, page);

    /// <summary>"sc:add:&lt;muniId&gt;": start adding one school.</summary>
    public static string Add(string municipalityId) => Pack("add", municipalityId);

    /// <summary>"sc:csv": how to prepare the CSV file; then the bot waits for it.</summary>
    public static string Csv() => Pack("csv");

    /// <summary>"sc:f:&lt;flag&gt;:&lt;version&gt;": toggle one flag (1 ШНОР, 2 ШНСУ, 4 ВПР, 8 зона риска).</summary>
    public static string Flag(SchoolFlags flag, int version) => Pack("f", (int)flag, version);

    /// <summary>"sc:ok:&lt;version&gt;": save the new school.</summary>
    public static string Save(int version) => Pack("ok", version);

    private static string Pack(params object[] args) => CallbackData.Of(Action, args).Pack();
}
