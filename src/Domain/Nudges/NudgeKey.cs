using System.Globalization;

namespace SchoolSupport.Domain.Nudges;

/// <summary>
/// What makes a nudge unique: kind, recipient, subject and a local day. A key that was stored is never sent again,
/// so a restart or a rerun of the job repeats nothing. What the parts mean per kind:
/// <list type="table">
/// <item><term>Digest</term><description>subject "reviews", day = the recipient's local day of the digest</description></item>
/// <item><term>WeeklySummary</term><description>subject "reviews", day = the first day of the summary's week</description></item>
/// <item><term>Escalation</term><description>subject "&lt;submission&gt;.v&lt;version&gt;", day = the local day the wait began</description></item>
/// <item><term>Deadline*, Overdue</term><description>subject "&lt;assignment&gt;/&lt;stage&gt;", day = the deadline date</description></item>
/// </list>
/// </summary>
public sealed record NudgeKey(NudgeKind Kind, string RecipientId, string Subject, DateOnly Day)
{
    public string Value => string.Create(CultureInfo.InvariantCulture, $"{Kind}|{RecipientId}|{Subject}|{Day:yyyy-MM-dd}");

    public override string ToString() => Value;
}
