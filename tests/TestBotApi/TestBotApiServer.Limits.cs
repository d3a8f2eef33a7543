namespace SchoolSupport.TestBotApi;

/// <summary>Server-side rate limits, random faults, and ledgers of what was delivered.</summary>
public sealed partial class TestBotApiServer
{
    /// <summary>
    /// From now on at most <paramref name="perSecond"/> message calls (send*, edit*) are accepted in any sliding
    /// 1 s window (real time); the calls beyond answer 429 "Too Many Requests" with retry_after. 0 turns it off.
    /// </summary>
    public void EnforceRate(int perSecond) => _state.Gate.EnforceRate(perSecond);

    /// <summary>Each message call answers 429 with <paramref name="retryAfterSeconds"/> with this probability (seeded, reproducible).</summary>
    public void RandomTooManyRequests(double probability, int seed, int retryAfterSeconds = 1) =>
        _state.Gate.RandomTooManyRequests(probability, seed, retryAfterSeconds);

    /// <summary>Each call of <paramref name="method"/> ("*" = any) gets <paramref name="fault"/> with this probability (seeded).</summary>
    public void InjectRandomFaults(string method, Fault fault, double probability, int seed) =>
        _state.Gate.AddRandomFault(method, fault, probability, seed);

    /// <summary>Stops the random faults and random 429s (the rate limit stays).</summary>
    public void ClearRandomFaults() => _state.Gate.ClearRandom();

    /// <summary>Calls refused with 429 because of <see cref="EnforceRate"/>.</summary>
    public int RateLimitedCalls => _state.Gate.RateLimited;

    /// <summary>Calls refused with 429 by <see cref="RandomTooManyRequests"/>.</summary>
    public int RandomTooManyRequestsAnswered => _state.Gate.Random429;

    /// <summary>New bot messages per chat so far (sends, not edits; deleted ones included).</summary>
    public IReadOnlyDictionary<long, int> SentPerChat => _state.Chats.SentPerChat();

    /// <summary>New bot messages in one chat so far.</summary>
    public int SentTo(long chatId) => SentPerChat.GetValueOrDefault(chatId);

    /// <summary>Every message the bot has in some chat more than once (same kind, text and file name).</summary>
    public IReadOnlyList<DuplicateMessage> Duplicates() => _state.Chats.Duplicates();

    /// <summary>The most successful message calls (send*, edit*) answered within any 1 s window so far.</summary>
    public int PeakMessagesPerSecond()
    {
        var times = Calls.Where(c => c.StatusCode == 200 && Internal.SendGate.IsMessageMethod(c.Method)).Select(c => c.At).Order().ToList();
        var peak = 0;
        var start = 0;
        for (var end = 0; end < times.Count; end++)
        {
            while (times[end] - times[start] >= TimeSpan.FromSeconds(1))
            {
                start++;
            }

            peak = Math.Max(peak, end - start + 1);
        }

        return peak;
    }
}
