using System.Diagnostics;

namespace SchoolSupport.Benchmarks;

/// <summary>
/// Measures the disk while the runs go on: every 100 ms, on a thread of its own, one 8 KB write + fsync to a
/// file of its own next to the database (10 fsyncs/s, a negligible extra load). This tells a slow run on a slow
/// disk moment apart from a slow bot: on this machine the fsync time varies tenfold from minute to minute.
/// </summary>
internal sealed class DiskProbe : IDisposable
{
    private readonly Thread thread;
    private readonly Lock gate = new();
    private readonly FileStream file;
    private readonly string path;
    private readonly List<double> samples = [];
    private volatile bool stopping;

    public DiskProbe(string directory)
    {
        path = Path.Combine(directory, "fsync-probe.bin");
        file = new FileStream(path, FileMode.Create, FileAccess.ReadWrite, FileShare.None, 1, FileOptions.None);
        thread = new Thread(Run) { IsBackground = true, Name = "disk probe" };
        thread.Start();
    }

    /// <summary>fsync latency (ms) since the last call, and starts afresh.</summary>
    public Percentiles Take()
    {
        lock (gate)
        {
            var p = Percentiles.Of(samples);
            samples.Clear();
            return p;
        }
    }

    private void Run()
    {
        var page = new byte[8192];
        while (!stopping)
        {
            page[0]++;
            var started = Stopwatch.GetTimestamp();
            file.Position = 0;
            file.Write(page);
            file.Flush(flushToDisk: true);
            var ms = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
            lock (gate) samples.Add(ms);
            Thread.Sleep(100);
        }
    }

    public void Dispose()
    {
        stopping = true;
        thread.Join();
        file.Dispose();
        try { File.Delete(path); } catch (IOException) { }
    }
}
