namespace SchoolSupport.TestBotApi.Internal;

/// <summary>
/// Server-side limits and random faults: an optional rate for message-sending calls in a sliding 1 s window
/// (calls beyond it answer 429 with retry_after, as Telegram does), seeded random 429s, and seeded random
/// faults for any method. Reproducible for a given seed and call order.
/// </summary>
internal sealed class SendGate(TimeProvider clock)
{
    private static readonly HashSet<string> MessageMethods = new(StringComparer.OrdinalIgnoreCase)
    {
        "sendMessage", "sendDocument", "sendPhoto", "editMessageText", "editMessageCaption", "editMessageReplyMarkup",
    };

    private sealed record RandomFault(string Method, Fault Fault, double Probability, Random Random);

    private readonly Lock _gate = new();
    private readonly Queue<long> _admitted = new();
    private readonly List<RandomFault> _randomFaults = [];
    private int _perSecond;
    private RandomFault? _random429;

    public int RateLimited { get; private set; }

    public int Random429 { get; private set; }

    /// <summary>Whether Telegram counts the method against its message limits.</summary>
    public static bool IsMessageMethod(string method) => MessageMethods.Contains(method);

    public void EnforceRate(int perSecond)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(perSecond);
        lock (_gate)
        {
            _perSecond = perSecond;
            _admitted.Clear();
        }
    }

    public void RandomTooManyRequests(double probability, int seed, int retryAfterSeconds)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(retryAfterSeconds, 1);
        lock (_gate)
        {
            _random429 = probability <= 0 ? null : new RandomFault("*", Fault.TooManyRequests(retryAfterSeconds), probability, new Random(seed));
        }
    }

    public void AddRandomFault(string method, Fault fault, double probability, int seed)
    {
        lock (_gate)
        {
            _randomFaults.Add(new RandomFault(method, fault, probability, new Random(seed)));
        }
    }

    public void ClearRandom()
    {
        lock (_gate)
        {
            _randomFaults.Clear();
            _random429 = null;
        }
    }

    /// <summary>The fault this call gets, if any; a message call that gets none is counted in the rate window.</summary>
    public Fault? Check(string method)
    {
        lock (_gate)
        {
            foreach (var random in _randomFaults)
            {
                var matches = random.Method == "*" || string.Equals(random.Method, method, StringComparison.OrdinalIgnoreCase);
                if (matches && random.Random.NextDouble() < random.Probability)
                {
                    return random.Fault;
                }
            }

            if (!IsMessageMethod(method))
            {
                return null;
            }

            if (_random429 is { } r && r.Random.NextDouble() < r.Probability)
            {
                Random429++;
                return r.Fault;
            }

            return _perSecond > 0 ? Admit() : null;
        }
    }

    private Fault? Admit()
    {
        var now = clock.GetTimestamp();
        while (_admitted.Count > 0 && clock.GetElapsedTime(_admitted.Peek(), now) >= TimeSpan.FromSeconds(1))
        {
            _admitted.Dequeue();
        }

        if (_admitted.Count >= _perSecond)
        {
            RateLimited++;
            var wait = TimeSpan.FromSeconds(1) - clock.GetElapsedTime(_admitted.Peek(), now);
            return Fault.TooManyRequests(Math.Max(1, (int)Math.Ceiling(wait.TotalSeconds)));
        }

        _admitted.Enqueue(now);
        return null;
    }
}
