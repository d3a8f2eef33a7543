using SchoolSupport.Domain.Messaging;

namespace SchoolSupport.Bot.Features.Questionnaires;

/// <summary>
/// Button payloads of campaigns, all "cp:…" and far below 64 bytes (campaign ids are 8 characters). Rights are asked
/// again on every press.
/// <list type="table">
/// <item><term>cp:ls:&lt;page&gt;</term><description>the campaigns the participant follows</description></item>
/// <item><term>cp:new</term><description>open a new campaign (the wizard)</description></item>
/// <item><term>cp:w:&lt;op&gt;:&lt;arg&gt;:&lt;version&gt;</term><description>a wizard step; the conversation version makes older screens stale</description></item>
/// <item><term>cp:v:&lt;id&gt;</term><description>the campaign card with its completion matrix (kept up to date while watched)</description></item>
/// <item><term>cp:ln:&lt;id&gt;</term><description>its class links</description></item>
/// <item><term>cp:qr:&lt;id&gt;:&lt;group&gt;</term><description>the QR code of a group's link</description></item>
/// <item><term>cp:x:&lt;id&gt;</term><description>expected counts: pick a group (cp:xg:&lt;id&gt;:&lt;group&gt;), then type the number</description></item>
/// <item><term>cp:st:&lt;id&gt;</term><description>close early: ask (cp:sty:&lt;id&gt; confirms)</description></item>
/// </list>
/// </summary>
internal static class CampaignCallbacks
{
    public const string Action = "cp";

    public static string List(int page = 0) => Of("ls", page);

    public static string New() => Of("new");

    public static string Wizard(string op, object arg, int version) => Of("w", op, arg, version);

    public static string View(string id) => Of("v", id);

    public static string Links(string id) => Of("ln", id);

    public static string Qr(string id, string groupKey) => Of("qr", id, groupKey);

    public static string Expected(string id) => Of("x", id);

    public static string ExpectedFor(string id, string groupKey) => Of("xg", id, groupKey);

    public static string Stop(string id) => Of("st", id);

    public static string StopConfirmed(string id) => Of("sty", id);

    private static string Of(string op, params object[] args) => CallbackData.Of(Action, [op, .. args]).Pack();
}
