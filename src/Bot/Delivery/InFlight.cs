namespace SchoolSupport.Bot.Delivery;

/// <summary>
/// Items handed to a messenger whose result is not committed yet (one send task per chat at a time, which keeps
/// each chat in order), and the pauses a 429 imposed. A crash can repeat only what is in here.
/// </summary>
internal sealed class InFlight
{
    private readonly Lock gate = new();
    private readonly Dictionary<long, (string Channel, long ChatId, bool Bulk)> items = [];
    private readonly Dictionary<(string Channel, long ChatId), int> chats = [];
    private readonly Dictionary<string, DateTime> pausedUntil = new(StringComparer.Ordinal);
    private int bulk;

    public int Count
    {
        get { lock (gate) return items.Count; }
    }

    public int Bulk
    {
        get { lock (gate) return bulk; }
    }

    public bool Contains(long id)
    {
        lock (gate) return items.ContainsKey(id);
    }

    public bool ChatBusy(string channel, long chatId)
    {
        lock (gate) return chats.ContainsKey((channel, chatId));
    }

    public void Add(OutboxItem item)
    {
        lock (gate)
        {
            if (!items.TryAdd(item.Id, (item.Channel, item.ChatId, item.IsBulk))) return;
            chats[(item.Channel, item.ChatId)] = chats.GetValueOrDefault((item.Channel, item.ChatId)) + 1;
            if (item.IsBulk) bulk++;
        }
    }

    /// <summary>The results of these items are committed (or they were handed back unsent): their chats may go on.</summary>
    public void Release(IEnumerable<long> ids)
    {
        lock (gate)
        {
            foreach (var id in ids)
            {
                if (!items.Remove(id, out var entry)) continue;
                var key = (entry.Channel, entry.ChatId);
                if (--chats[key] == 0) chats.Remove(key);
                if (entry.Bulk) bulk--;
            }
        }
    }

    /// <summary>A 429: nothing more goes to this messenger before <paramref name="untilUtc"/>.</summary>
    public void Pause(string channel, DateTime untilUtc)
    {
        lock (gate)
        {
            if (!pausedUntil.TryGetValue(channel, out var current) || current < untilUtc) pausedUntil[channel] = untilUtc;
        }
    }

    public DateTime? PausedUntil(string channel, DateTime nowUtc)
    {
        lock (gate) return pausedUntil.TryGetValue(channel, out var until) && until > nowUtc ? until : null;
    }
}
