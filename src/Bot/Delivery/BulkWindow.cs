namespace SchoolSupport.Bot.Delivery;

/// <summary>
/// The bulk items the worker is working through: up to a few hundred due items read from the outbox index
/// (at most two per chat), handed out one by one, read again when used up or when a pass found nothing it
/// could send. A 10,000-recipient broadcast is never loaded whole.
/// </summary>
internal sealed class BulkWindow(Outbox outbox, Func<OutboxItem, bool> skip)
{
    private const int Size = 256;
    private const int PerChat = 2;
    private const int ScanLimit = 4096;
    private readonly List<OutboxItem> items = [];
    private bool stale = true;

    /// <summary>The items to consider now (a copy: <see cref="Remove"/> may be called while going through it).</summary>
    public IReadOnlyList<OutboxItem> Candidates(DateTime nowUtc)
    {
        items.RemoveAll(i => skip(i));
        if (stale || items.Count == 0)
        {
            items.Clear();
            items.AddRange(outbox.DueBulk(nowUtc, Size, PerChat, ScanLimit, skip));
            stale = false;
        }
        return [.. items];
    }

    public void Remove(OutboxItem item) => items.Remove(item);

    /// <summary>After a pass: if nothing could be sent, read the window again next time (items may have become due).</summary>
    public void PassEnded(bool progress, bool limitedByPace)
    {
        if (!progress && !limitedByPace) stale = true;
    }
}
