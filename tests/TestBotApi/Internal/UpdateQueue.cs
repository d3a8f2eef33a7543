using Telegram.Bot.Types;

namespace SchoolSupport.TestBotApi.Internal;

/// <summary>
/// Pending updates with Telegram's getUpdates semantics, plus the webhook that excludes polling.
/// A newer getUpdates call terminates a waiting older one with 409, as Telegram does.
/// </summary>
internal sealed class UpdateQueue(ChangeSignal signal)
{
    private sealed class Entry(Update update)
    {
        public Update Update { get; } = update;

        public bool Redeliver { get; set; }
    }

    private readonly Lock _gate = new();
    private readonly List<Entry> _pending = []; // ordered by update id
    private readonly Dictionary<int, Update> _history = [];
    private int _lastId;
    private int _confirmedOffset;
    private long _pollGeneration;
    private int _activePolls;
    private WebhookState? _webhook;

    public int ConfirmedOffset { get { lock (_gate) { return _confirmedOffset; } } }

    public int PendingCount { get { lock (_gate) { return _pending.Count; } } }

    public int ActivePolls { get { lock (_gate) { return _activePolls; } } }

    public WebhookState? Webhook { get { lock (_gate) { return _webhook; } } }

    public int Add(Update update)
    {
        int id;
        lock (_gate)
        {
            id = ++_lastId;
            update.Id = id;
            _history[id] = update;
            _pending.Add(new Entry(update));
        }

        signal.Pulse();
        return id;
    }

    /// <summary>Puts a known update back so the next getUpdates returns it again, whatever offset it is asked with.</summary>
    public int Repeat(int updateId)
    {
        lock (_gate)
        {
            if (!_history.TryGetValue(updateId, out var update))
            {
                throw new ArgumentException($"Update {updateId} was never enqueued.", nameof(updateId));
            }

            var entry = _pending.Find(e => e.Update.Id == updateId);
            if (entry is null)
            {
                entry = new Entry(update);
                var index = _pending.FindIndex(e => e.Update.Id > updateId);
                _pending.Insert(index < 0 ? _pending.Count : index, entry);
            }

            entry.Redeliver = true;
        }

        signal.Pulse();
        return updateId;
    }

    /// <summary>
    /// Starts a getUpdates call: confirms by <paramref name="offset"/> and supersedes older waiting calls.
    /// Every call that began must call <see cref="EndPoll"/>.
    /// </summary>
    public long BeginPoll(int offset)
    {
        long generation;
        lock (_gate)
        {
            ThrowIfWebhook();
            if (offset > 0)
            {
                _confirmedOffset = Math.Max(_confirmedOffset, offset);
                _pending.RemoveAll(e => e.Update.Id < _confirmedOffset && !e.Redeliver);
            }
            else if (offset < 0)
            {
                // Telegram: a negative offset keeps only the last -offset updates and forgets the others.
                _pending.RemoveRange(0, Math.Max(0, _pending.Count + offset));
            }

            generation = ++_pollGeneration;
            _activePolls++;
        }

        signal.Pulse();
        return generation;
    }

    public void EndPoll()
    {
        lock (_gate)
        {
            _activePolls--;
        }

        signal.Pulse();
    }

    /// <summary>Takes up to <paramref name="limit"/> updates for a call; they stay pending until confirmed.</summary>
    public Update[] Take(long generation, int offset, int limit)
    {
        lock (_gate)
        {
            if (generation != _pollGeneration)
            {
                throw ApiError.Conflict("terminated by other getUpdates request; make sure that only one bot instance is running");
            }

            ThrowIfWebhook();
            var taken = _pending.Where(e => e.Redeliver || e.Update.Id >= offset).Take(limit).ToList();
            foreach (var entry in taken.Where(e => e.Redeliver))
            {
                entry.Redeliver = false;
                if (entry.Update.Id < _confirmedOffset)
                {
                    _pending.Remove(entry);
                }
            }

            return [.. taken.Select(e => e.Update)];
        }
    }

    public void SetWebhook(WebhookState? webhook, bool dropPending)
    {
        lock (_gate)
        {
            _webhook = webhook;
            if (dropPending)
            {
                _pending.Clear();
            }
        }

        signal.Pulse();
    }

    /// <summary>The first pending update and where to POST it, while a loopback webhook is set.</summary>
    public (WebhookState Webhook, Update Update)? NextForWebhook()
    {
        lock (_gate)
        {
            return _webhook is { IsLoopback: true } webhook && _pending.Count > 0 ? (webhook, _pending[0].Update) : null;
        }
    }

    /// <summary>The webhook answered 2xx: the update is confirmed.</summary>
    public void Delivered(int updateId)
    {
        lock (_gate)
        {
            _pending.RemoveAll(e => e.Update.Id == updateId);
        }

        signal.Pulse();
    }

    private void ThrowIfWebhook()
    {
        if (_webhook is not null)
        {
            throw ApiError.Conflict("can't use getUpdates method while webhook is active; use deleteWebhook to delete the webhook first");
        }
    }
}

/// <summary>What setWebhook was given.</summary>
internal sealed record WebhookState(string Url, string? SecretToken, int? MaxConnections)
{
    public bool IsLoopback { get; } = WebhookDelivery.IsLoopback(Url);
}
