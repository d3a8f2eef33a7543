using LiteDB;
using SchoolSupport.Bot.Storage;
using SchoolSupport.Domain.Nudges;

namespace SchoolSupport.Bot.Features.Nudges;

/// <summary>
/// The nudges already sent ("nudges_sent"), by <see cref="NudgeKey.Value"/>. A key is stored in the same transaction
/// that queues the message, so a nudge is either queued and marked, or neither.
/// </summary>
internal sealed class NudgeLedger(Store store)
{
    private readonly ILiteCollection<SentNudge> items = store.Collection<SentNudge>("nudges_sent");

    public DateTime? SentAtUtc(NudgeKey key) => items.FindById(key.Value)?.SentAtUtc;

    public void Mark(NudgeKey key, DateTime nowUtc) => items.Upsert(new SentNudge { Id = key.Value, Kind = key.Kind, SentAtUtc = nowUtc });

    public int Count(NudgeKind kind) => items.Count(x => x.Kind == kind);

    /// <summary>Daily and weekly keys older than <paramref name="beforeUtc"/> can no longer match a current period.</summary>
    public int Prune(DateTime beforeUtc) =>
        items.DeleteMany(x => (x.Kind == NudgeKind.Digest || x.Kind == NudgeKind.WeeklySummary) && x.SentAtUtc < beforeUtc);

    internal sealed class SentNudge
    {
        public string Id { get; set; } = "";
        public NudgeKind Kind { get; set; }
        public DateTime SentAtUtc { get; set; }
    }
}
