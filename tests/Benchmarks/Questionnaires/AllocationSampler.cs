using System.Collections.Concurrent;
using System.Diagnostics.Tracing;

namespace SchoolSupport.Benchmarks.Questionnaires;

/// <summary>
/// Which types the process allocates (<c>--alloc-types</c>): the runtime's GCAllocationTick event fires about every
/// 100 KB allocated and names the type of the object that crossed the mark, so the sums per type are a sample of where
/// the bytes go (not exact, and the listener itself costs a little).
/// </summary>
internal sealed class AllocationSampler : EventListener
{
    private const EventKeywords GcKeyword = (EventKeywords)0x1;
    private readonly ConcurrentDictionary<string, long> bytes = new(StringComparer.Ordinal);
    private volatile bool on;

    public void Start()
    {
        bytes.Clear();
        on = true;
    }

    /// <summary>The types with the most sampled bytes, largest first, with their share of all sampled bytes.</summary>
    public IReadOnlyList<(string Type, double Share)> Stop(int top)
    {
        on = false;
        var total = Math.Max(1, bytes.Values.Sum());
        return [.. bytes.OrderByDescending(kv => kv.Value).Take(top).Select(kv => (kv.Key, kv.Value / (double)total))];
    }

    protected override void OnEventSourceCreated(EventSource source)
    {
        if (source.Name == "Microsoft-Windows-DotNETRuntime") EnableEvents(source, EventLevel.Verbose, GcKeyword);
    }

    protected override void OnEventWritten(EventWrittenEventArgs e)
    {
        if (!on || e.EventName is null || !e.EventName.StartsWith("GCAllocationTick", StringComparison.Ordinal) || e.Payload is null || e.PayloadNames is null) return;
        var type = e.PayloadNames.IndexOf("TypeName") is var t and >= 0 ? e.Payload[t] as string ?? "?" : "?";
        var amount = e.PayloadNames.IndexOf("AllocationAmount64") is var a and >= 0 && e.Payload[a] is ulong v ? (long)v : 100_000;
        bytes.AddOrUpdate(type, amount, (_, old) => old + amount);
    }
}
