using SchoolSupport.TestBotApi;

namespace SchoolSupport.Benchmarks.Broadcast;

/// <summary>
/// A person using the bot during the broadcast: sends /help every second and measures how long the answer
/// takes to reach the server (from the update being queued to the reply being recorded, both on the real clock).
/// </summary>
internal sealed class InteractiveUser(TestBotApiServer api, long id)
{
    private static readonly TimeSpan ReplyTimeout = TimeSpan.FromSeconds(30);
    private readonly List<TimeSpan> latencies = [];

    public IReadOnlyList<TimeSpan> Latencies => latencies;
    public int Unanswered { get; private set; }

    public async Task RunAsync(CancellationToken stop)
    {
        using var tick = new PeriodicTimer(TimeSpan.FromSeconds(1));
        try
        {
            while (await tick.WaitForNextTickAsync(stop))
            {
                var before = api.SentTo(id);
                var sentAt = DateTimeOffset.UtcNow;
                api.SendText(id, "/help");
                try
                {
                    await api.WaitUntilAsync(a => a.SentTo(id) > before, ReplyTimeout, "the reply to /help");
                    var reply = api.Chat(id)[before];
                    latencies.Add(reply.At - sentAt);
                }
                catch (TimeoutException)
                {
                    Unanswered++;
                }
            }
        }
        catch (OperationCanceledException)
        {
        }
    }
}
