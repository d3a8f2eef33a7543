namespace SchoolSupport.TestBotApi.Internal;

/// <summary>Every request, webhook deliveries, the callback queries handed out and the answers to them.</summary>
internal sealed class CallLog(ChangeSignal signal)
{
    private readonly Lock _gate = new();
    private readonly List<RecordedCall> _calls = [];
    private readonly List<RecordedCallbackAnswer> _answers = [];
    private readonly List<RecordedDelivery> _deliveries = [];
    private readonly Dictionary<string, bool> _queries = new(StringComparer.Ordinal); // id -> answered
    private long _queryCounter = 4_200_000_000_000_000_000;

    public IReadOnlyList<RecordedCall> Calls
    {
        get { lock (_gate) { return [.. _calls]; } }
    }

    public IReadOnlyList<RecordedCallbackAnswer> Answers
    {
        get { lock (_gate) { return [.. _answers]; } }
    }

    public IReadOnlyList<RecordedDelivery> Deliveries
    {
        get { lock (_gate) { return [.. _deliveries]; } }
    }

    /// <summary>The last failed webhook delivery, for getWebhookInfo.</summary>
    public RecordedDelivery? LastFailedDelivery
    {
        get { lock (_gate) { return _deliveries.LastOrDefault(d => d.Error is not null); } }
    }

    public void AddDelivery(RecordedDelivery delivery)
    {
        lock (_gate)
        {
            _deliveries.Add(delivery);
        }

        signal.Pulse();
    }

    public void Add(RecordedCall call)
    {
        lock (_gate)
        {
            _calls.Add(call);
        }

        signal.Pulse();
    }

    /// <summary>A new callback query id, numeric like Telegram's.</summary>
    public string NewCallbackQueryId()
    {
        lock (_gate)
        {
            var id = (++_queryCounter).ToString(System.Globalization.CultureInfo.InvariantCulture);
            _queries[id] = false;
            return id;
        }
    }

    /// <summary>Accepts the first answer to a query handed out; Telegram refuses unknown ids and second answers.</summary>
    public void Answer(RecordedCallbackAnswer answer)
    {
        lock (_gate)
        {
            if (!_queries.TryGetValue(answer.CallbackQueryId, out var answered) || answered)
            {
                throw ApiError.BadRequest("query is too old and response timeout expired or query ID is invalid");
            }

            _queries[answer.CallbackQueryId] = true;
            _answers.Add(answer);
        }

        signal.Pulse();
    }
}
