using SchoolSupport.Domain.Messaging;
using SchoolSupport.Domain.Risks;

namespace SchoolSupport.Bot.Features.Profile;

/// <summary>
/// Button payloads of /profile, all "rp:…" and far below 64 bytes (school ids are numbers, municipality ids short codes).
/// Rights are asked again on every press; decisions carry the verification step they were drawn at, so a press from an
/// older screen is stale.
/// <list type="table">
/// <item><term>rp:h</term><description>the start screen (municipalities or schools)</description></item>
/// <item><term>rp:m:&lt;municipality&gt;</term><description>a coordinator's municipality: schools, heat table, exports</description></item>
/// <item><term>rp:s:&lt;school&gt;</term><description>a school's profile in chat with its chart</description></item>
/// <item><term>rp:c:&lt;school&gt;</term><description>the chart alone</description></item>
/// <item><term>rp:v:&lt;school&gt;</term><description>verification: the risks to go through</description></item>
/// <item><term>rp:r:&lt;school&gt;:&lt;risk&gt;</term><description>one risk with its decisions and the allowed actions</description></item>
/// <item><term>rp:d:&lt;school&gt;:&lt;risk&gt;:&lt;trigger&gt;:&lt;step&gt;</term><description>a decision (confirm and reject ask for a comment first)</description></item>
/// <item><term>rp:n:&lt;school&gt;:&lt;risk&gt;:&lt;trigger&gt;:&lt;step&gt;</term><description>the decision without a comment</description></item>
/// <item><term>rp:hp:&lt;municipality&gt;</term><description>the heat table as PNG; rp:hx as XLSX</description></item>
/// <item><term>rp:x:&lt;s|m&gt;:&lt;id&gt;:&lt;x|c&gt;</term><description>anonymised answers and aggregates of a school or municipality, XLSX or CSV</description></item>
/// </list>
/// </summary>
internal static class ProfileCallbacks
{
    public const string Action = "rp";
    public const string SchoolScope = "s";
    public const string MunicipalityScope = "m";
    public const string Xlsx = "x";
    public const string Csv = "c";

    public static string Home() => Of("h");

    public static string Municipality(string id) => Of("m", id);

    public static string School(int id) => Of("s", id);

    public static string Chart(int id) => Of("c", id);

    public static string Verification(int id) => Of("v", id);

    public static string Risk(int school, int risk) => Of("r", school, risk);

    public static string Decide(int school, int risk, VerificationTrigger trigger, int step) => Of("d", school, risk, (int)trigger, step);

    public static string NoComment(int school, int risk, VerificationTrigger trigger, int step) => Of("n", school, risk, (int)trigger, step);

    public static string HeatPng(string municipality) => Of("hp", municipality);

    public static string HeatXlsx(string municipality) => Of("hx", municipality);

    public static string Export(string scope, string id, string format) => Of("x", scope, id, format);

    private static string Of(string op, params object[] args) => CallbackData.Of(Action, [op, .. args]).Pack();
}
