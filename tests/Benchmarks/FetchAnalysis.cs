using System.Text.Json;
using SchoolSupport.TestBotApi;

namespace SchoolSupport.Benchmarks;

/// <summary>
/// Splits each update's latency at the moment a getUpdates answer carried it to the bot, using only the server's
/// call log: call k returned updates [offset_k, offset_k+1) (the next call's offset confirms them), at its time.
/// </summary>
internal sealed record FetchFigures(Percentiles UntilFetched, Percentiles AfterFetch, int Batches, double MeanBatch, int MaxBatch)
{
    public static FetchFigures Of(IReadOnlyList<RecordedCall> calls, IReadOnlyList<Sample> samples)
    {
        var polls = calls
            .Where(c => c.Method.Equals("getUpdates", StringComparison.OrdinalIgnoreCase) && c.StatusCode == 200)
            .Select(c => (c.At, Offset: Offset(c.Body)))
            .ToList();
        var batches = new List<(int From, int To, DateTimeOffset At)>();
        for (var k = 0; k < polls.Count; k++)
        {
            var to = k + 1 < polls.Count ? polls[k + 1].Offset : int.MaxValue;
            if (to > polls[k].Offset) batches.Add((polls[k].Offset, to, polls[k].At));
        }
        var until = new List<double>();
        var after = new List<double>();
        var perBatch = new Dictionary<int, int>();
        foreach (var s in samples)
        {
            var b = batches.FindIndex(x => x.From <= s.UpdateId && s.UpdateId < x.To && x.At >= s.SentAt);
            if (b < 0) continue;
            until.Add((batches[b].At - s.SentAt).TotalMilliseconds);
            after.Add((s.ReplyAt - batches[b].At).TotalMilliseconds);
            perBatch[b] = perBatch.GetValueOrDefault(b) + 1;
        }
        return new FetchFigures(
            Percentiles.Of(until),
            Percentiles.Of(after),
            perBatch.Count,
            perBatch.Count == 0 ? 0 : perBatch.Values.Average(),
            perBatch.Count == 0 ? 0 : perBatch.Values.Max());
    }

    private static int Offset(string body)
    {
        try
        {
            using var json = JsonDocument.Parse(body);
            return json.RootElement.TryGetProperty("offset", out var o) && o.TryGetInt32(out var v) ? v : 0;
        }
        catch (JsonException)
        {
            return 0;
        }
    }
}
