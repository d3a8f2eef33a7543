using System.Diagnostics;
using System.Threading.Channels;
using SchoolSupport.Bot.Channels.Telegram;
using SchoolSupport.Bot.Delivery;
using SchoolSupport.Domain.Messaging;

namespace SchoolSupport.Benchmarks;

/// <summary>One message the bot delivered: what, to whom, the message id Telegram gave it, and when the answer came.</summary>
internal sealed record Delivered(Outgoing Message, DeliveryResult Result, long ObservedTicks);

/// <summary>
/// The driver's signal that a reply has reached the test server: the delivery worker's real
/// <see cref="TelegramChannel"/> (real Telegram.Bot client, real HTTP) is wrapped, and every finished attempt
/// is published here. Nothing is changed or delayed; publishing is one lock-free channel write.
/// Latencies are taken from the server's own timestamps of the recorded messages, not from this tap.
/// </summary>
internal sealed class DeliveryTap
{
    private readonly Channel<Delivered> events = Channel.CreateUnbounded<Delivered>(new UnboundedChannelOptions { SingleReader = true });
    private long calls;
    private long callTicks;
    private readonly Lock gate = new();
    private int inFlight;
    private int maxInFlight;

    public ChannelReader<Delivered> Events => events.Reader;

    public TapCounters Snapshot()
    {
        lock (gate) return new(calls, callTicks, maxInFlight);
    }

    public void ResetMaxInFlight()
    {
        lock (gate) maxInFlight = inFlight;
    }

    public long Begin()
    {
        var now = Stopwatch.GetTimestamp();
        lock (gate)
        {
            inFlight++;
            maxInFlight = Math.Max(maxInFlight, inFlight);
        }
        return now;
    }

    public void End(Outgoing message, DeliveryResult result, long started)
    {
        var now = Stopwatch.GetTimestamp();
        lock (gate)
        {
            inFlight--;
            calls++;
            callTicks += now - started;
        }
        events.Writer.TryWrite(new Delivered(message, result, now));
    }
}

/// <summary>Counters of the tap: Bot API calls made by the delivery worker, the time they took, the most in flight at once.</summary>
internal sealed record TapCounters(long Calls, long CallTicks, int MaxInFlight)
{
    public static TapCounters operator -(TapCounters a, TapCounters b) => new(a.Calls - b.Calls, a.CallTicks - b.CallTicks, a.MaxInFlight);

    public double MeanCallMs => Calls == 0 ? 0 : CallTicks * 1000.0 / Stopwatch.Frequency / Calls;
}

/// <summary>The real Telegram channel, reporting each finished delivery attempt to the tap.</summary>
internal sealed class TappedChannel(TelegramChannel inner, DeliveryTap tap) : IChannel
{
    public string Name => inner.Name;

    public ChannelCapabilities Capabilities => inner.Capabilities;

    public string InviteLink(string code) => inner.InviteLink(code);

    public async Task<DeliveryResult> DeliverAsync(Outgoing message, CancellationToken ct)
    {
        var started = tap.Begin();
        var result = await inner.DeliverAsync(message, ct);
        tap.End(message, result, started);
        return result;
    }
}
