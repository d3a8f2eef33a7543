using System.Diagnostics;
using LiteDB;
using SchoolSupport.Bot.Hosting;
using SchoolSupport.Bot.Storage;

namespace SchoolSupport.Benchmarks;

/// <summary>What one LiteDB commit costs on this disk: alone, and shared by a batch of writes.</summary>
internal sealed record CommitCost(double SingleMs, double BatchMs, int BatchSize)
{
    public double SinglePerSecond => 1000 / SingleMs;
    public double BatchedWritesPerSecond => 1000 / BatchMs * BatchSize;
}

internal static class CommitProbe
{
    /// <summary>
    /// Opens a separate <see cref="Store"/> (same class, same connection settings as the bot) in a temp folder and
    /// times 200 single-document commits and 40 commits of 100 documents each, taking the medians.
    /// </summary>
    public static CommitCost Measure(int singles = 200, int batches = 40, int batchSize = 100)
    {
        var dir = Path.Combine(Path.GetTempPath(), "schoolbot-bench", "probe-" + Guid.NewGuid().ToString("N"));
        try
        {
            using (var store = new Store(new StorageOptions { DataDirectory = dir, DatabaseFile = "probe.db" }))
            {
                var docs = store.Collection<BsonDocument>("probe");
                var n = 0;
                BsonDocument Doc() => new() { ["_id"] = ++n, ["text"] = "Вас приглашает координатор программы. Роль: учитель, школа № 1." };
                for (var i = 0; i < 20; i++) store.Write(() => docs.Insert(Doc())); // warm-up
                var single = Median(singles, () => store.Write(() => docs.Insert(Doc())));
                var batch = Median(batches, () => store.Write(() => { for (var j = 0; j < batchSize; j++) docs.Insert(Doc()); }));
                return new CommitCost(single, batch, batchSize);
            }
        }
        finally
        {
            try { Directory.Delete(dir, recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
        }
    }

    private static double Median(int times, Action action)
    {
        var ms = new double[times];
        for (var i = 0; i < times; i++)
        {
            var started = Stopwatch.GetTimestamp();
            action();
            ms[i] = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
        }
        Array.Sort(ms);
        return ms[times / 2];
    }
}
