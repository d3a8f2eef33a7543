using System.Globalization;
using SchoolSupport.TestBotApi;

namespace SchoolSupport.Benchmarks.Broadcast;

/// <summary>What a broadcast run achieved, from the test server's own ledger and timestamps.</summary>
internal sealed record BroadcastFigures(
    BroadcastOptions Options,
    int Delivered,
    int AllMessages,
    int Lost,
    int Duplicates,
    TimeSpan Elapsed,
    TimeSpan FirstToLast,
    int Random429,
    int ServerLimit429,
    int PeakPerSecond,
    int MaxInFlight,
    IReadOnlyList<TimeSpan> Latencies,
    int Unanswered,
    string Report)
{
    /// <summary>Every message the bot sent in the period (bulk, replies, progress edits): the limit is for the whole bot.</summary>
    public double Achieved => AllMessages / Elapsed.TotalSeconds;
    public double Ratio => Achieved / Options.Rate;
    public double BulkRate => Delivered / Elapsed.TotalSeconds;
    /// <summary>Time lost to retry_after pauses (each random 429 pauses the bot for 1 s), as an upper bound.</summary>
    public double PausedSeconds => Random429 + ServerLimit429;
    public TimeSpan P50 => Percentile(0.50);
    public TimeSpan P95 => Percentile(0.95);
    public TimeSpan Max => Latencies.Count == 0 ? TimeSpan.Zero : Latencies.Max();
    public bool MeetsTargets => Lost == 0 && Ratio >= 0.95 && P95 <= TimeSpan.FromMilliseconds(500) && Unanswered == 0;

    public static BroadcastFigures Measure(TestBotApiServer api, BroadcastOptions o, DateTimeOffset started, Bot.Delivery.Broadcast broadcast, InteractiveUser user, int maxInFlight)
    {
        var sent = api.SentPerChat;
        var ids = Enumerable.Range(0, o.Recipients).Select(i => BroadcastRun.FirstRecipient + i).ToList();
        var calls = api.Calls;
        var deliveredCalls = calls
            .Where(c => c.StatusCode == 200 && c.Method.Equals("sendMessage", StringComparison.OrdinalIgnoreCase) && c.ChatId is >= BroadcastRun.FirstRecipient and < BroadcastRun.Interactive)
            .Select(c => c.At).Order().ToList();
        var all = calls.Count(c => c.StatusCode == 200 && c.At >= started && c.At <= deliveredCalls[^1]
            && (c.Method.StartsWith("send", StringComparison.OrdinalIgnoreCase) || c.Method.StartsWith("edit", StringComparison.OrdinalIgnoreCase)));
        return new BroadcastFigures(
            o,
            ids.Sum(id => Math.Min(1, sent.GetValueOrDefault(id))),
            all,
            ids.Count(id => sent.GetValueOrDefault(id) == 0),
            ids.Sum(id => Math.Max(0, sent.GetValueOrDefault(id) - 1)),
            deliveredCalls[^1] - started,
            deliveredCalls[^1] - deliveredCalls[0],
            api.RandomTooManyRequestsAnswered,
            api.RateLimitedCalls,
            api.PeakMessagesPerSecond(),
            maxInFlight,
            user.Latencies,
            user.Unanswered,
            api.Chat(BroadcastRun.Sender).Last(m => m.Text?.StartsWith("📊", StringComparison.Ordinal) == true).Text!);
    }

    public void Print(TextWriter w)
    {
        var c = CultureInfo.InvariantCulture;
        w.WriteLine();
        w.WriteLine("Results");
        w.WriteLine(string.Create(c, $"  Delivered:        {Delivered} of {Options.Recipients} recipients in {Elapsed.TotalSeconds:0.0} s (first→last message {FirstToLast.TotalSeconds:0.0} s)"));
        w.WriteLine(string.Create(c, $"  Achieved rate:    {Achieved:0.00}/s of configured {Options.Rate:0.##}/s = {Ratio:0.000} (target ≥ 0.95): all {AllMessages} messages the bot sent (the limit is for the whole bot)"));
        w.WriteLine(string.Create(c, $"  Bulk alone:       {BulkRate:0.00}/s; replies and progress edits took the rest of the budget"));
        w.WriteLine(string.Create(c, $"  429s:             {Random429} random (each pauses the bot 1 s, ≈ {Random429 / Elapsed.TotalSeconds:P1} of the run) + {ServerLimit429} over the server's {Options.ServerRate}/s limit"));
        w.WriteLine(string.Create(c, $"  Rate if no pause: {AllMessages / Math.Max(1, Elapsed.TotalSeconds - PausedSeconds):0.00}/s (time minus 1 s per 429)"));
        w.WriteLine(string.Create(c, $"  Peak at server:   {PeakPerSecond} messages in one sliding second (limit {Options.ServerRate})"));
        w.WriteLine(string.Create(c, $"  Lost:             {Lost} (target 0)"));
        w.WriteLine(string.Create(c, $"  Duplicates:       {Duplicates}"));
        w.WriteLine(string.Create(c, $"  In flight (max):  {MaxInFlight} items sent or being sent but not yet recorded (sampled every 100 ms)"));
        w.WriteLine(string.Create(c, $"  Replies:          {Latencies.Count} answered, {Unanswered} unanswered; latency p50 {P50.TotalMilliseconds:0} ms, p95 {P95.TotalMilliseconds:0} ms, max {Max.TotalMilliseconds:0} ms (target p95 ≤ 500 ms)"));
        w.WriteLine("  Sender's report:  " + Report.Replace("\n", " | ", StringComparison.Ordinal));
        w.WriteLine(MeetsTargets ? "All targets met." : "Some target was missed.");
    }

    private TimeSpan Percentile(double p)
    {
        if (Latencies.Count == 0) return TimeSpan.Zero;
        var sorted = Latencies.Order().ToList();
        return sorted[Math.Clamp((int)Math.Ceiling(p * sorted.Count) - 1, 0, sorted.Count - 1)];
    }
}
