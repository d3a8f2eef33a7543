namespace SchoolSupport.Benchmarks;

/// <summary>
/// Samples the thread pool every 5 ms on a thread of its own (so it keeps sampling when the pool is starved):
/// work items waiting for a thread and the number of pool threads. Diagnostics only.
/// </summary>
internal sealed class PoolSampler : IDisposable
{
    private readonly Thread thread;
    private readonly Lock gate = new();
    private volatile bool stopping;
    private long samples;
    private long queuedSum;
    private long maxQueued;
    private int minThreads = int.MaxValue;
    private int maxThreads;

    public PoolSampler()
    {
        thread = new Thread(Run) { IsBackground = true, Name = "pool sampler" };
        thread.Start();
    }

    /// <summary>The figures since the last call, and starts afresh.</summary>
    public PoolFigures Take()
    {
        lock (gate)
        {
            var f = new PoolFigures(samples == 0 ? 0 : queuedSum / (double)samples, maxQueued, minThreads == int.MaxValue ? ThreadPool.ThreadCount : minThreads, Math.Max(maxThreads, ThreadPool.ThreadCount));
            samples = queuedSum = maxQueued = 0;
            minThreads = int.MaxValue;
            maxThreads = 0;
            return f;
        }
    }

    private void Run()
    {
        while (!stopping)
        {
            var queued = ThreadPool.PendingWorkItemCount;
            var threads = ThreadPool.ThreadCount;
            lock (gate)
            {
                samples++;
                queuedSum += queued;
                maxQueued = Math.Max(maxQueued, queued);
                minThreads = Math.Min(minThreads, threads);
                maxThreads = Math.Max(maxThreads, threads);
            }
            Thread.Sleep(5);
        }
    }

    public void Dispose()
    {
        stopping = true;
        thread.Join();
    }
}

/// <summary>Thread-pool figures of a run: mean and max work items queued, pool threads at least and at most.</summary>
internal sealed record PoolFigures(double MeanQueued, long MaxQueued, int MinThreads, int MaxThreads);
