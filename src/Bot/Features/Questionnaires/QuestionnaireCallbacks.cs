using System.Globalization;
using SchoolSupport.Domain.Messaging;

namespace SchoolSupport.Bot.Features.Questionnaires;

/// <summary>
/// A press while filling in: "q:&lt;op&gt;:&lt;campaign&gt;:&lt;slot&gt;:&lt;at&gt;[:&lt;arg&gt;[:&lt;on&gt;]]", far below 64 bytes
/// (campaign ids are 8 characters). <c>at</c> is where the screen was: an item's position in the instrument, or "r" for the
/// review screen, or for «Отправить» the draft step the review screen showed. A press whose <c>at</c> is not where the
/// draft is now comes from an older screen and changes nothing.
/// <list type="table">
/// <item><term>q:ls</term><description>my questionnaires</description></item>
/// <item><term>q:go:c:s</term><description>start or continue</description></item>
/// <item><term>q:o:c:s:i:k</term><description>choose option k (x = write my own) of item i</description></item>
/// <item><term>q:t:c:s:i:k:1|0</term><description>tick / untick option k of a multiple-choice item</description></item>
/// <item><term>q:d:c:s:i</term><description>«Готово» of a multiple-choice item</description></item>
/// <item><term>q:k:c:s:i</term><description>skip an optional item</description></item>
/// <item><term>q:n:c:s:i</term><description>keep the answer given earlier, next</description></item>
/// <item><term>q:b:c:s:i|r</term><description>«Назад»</description></item>
/// <item><term>q:r:c:s:i</term><description>back to the review screen</description></item>
/// <item><term>q:e:c:s:r:i</term><description>change the answer to item i (from the review screen)</description></item>
/// <item><term>q:s:c:s:step</term><description>submit</description></item>
/// </list>
/// </summary>
internal sealed record QuestionnaireCallbacks(string Op, string CampaignId, int Slot, string At, string Arg, string Flag)
{
    public const string Action = "q";
    public const string ReviewAt = "r";
    public const string OtherArg = "x";

    public static string List() => CallbackData.Of(Action, "ls").Pack();

    public static string Go(string campaignId, int slot) => Pack("go", campaignId, slot);

    public static string Choose(string campaignId, int slot, int item, string option) => Pack("o", campaignId, slot, item, option);

    public static string Tick(string campaignId, int slot, int item, string option, bool on) => Pack("t", campaignId, slot, item, option, on ? 1 : 0);

    public static string Done(string campaignId, int slot, int item) => Pack("d", campaignId, slot, item);

    public static string Skip(string campaignId, int slot, int item) => Pack("k", campaignId, slot, item);

    public static string Keep(string campaignId, int slot, int item) => Pack("n", campaignId, slot, item);

    public static string Back(string campaignId, int slot, string at) => Pack("b", campaignId, slot, at);

    public static string ToReview(string campaignId, int slot, int item) => Pack("r", campaignId, slot, item);

    public static string Edit(string campaignId, int slot, int item) => Pack("e", campaignId, slot, ReviewAt, item);

    public static string Submit(string campaignId, int slot, int step) => Pack("s", campaignId, slot, step);

    public static string AtItem(int item) => item.ToString(CultureInfo.InvariantCulture);

    public static bool TryParse(CallbackData d, out QuestionnaireCallbacks press)
    {
        press = new QuestionnaireCallbacks(d.Arg(0), d.Arg(1), -1, d.Arg(3), d.Arg(4), d.Arg(5));
        if (d.Args.Count < 3 || d.IntArg(2) is not { } slot || d.Arg(1).Length is 0 or > 16) return false;
        press = press with { Slot = slot };
        return true;
    }

    public int? ArgNumber => int.TryParse(Arg, NumberStyles.None, CultureInfo.InvariantCulture, out var v) ? v : null;

    public int? AtNumber => int.TryParse(At, NumberStyles.None, CultureInfo.InvariantCulture, out var v) ? v : null;

    private static string Pack(params object[] args) => CallbackData.Of(Action, args).Pack();
}
