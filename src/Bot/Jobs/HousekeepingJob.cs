using Microsoft.Extensions.Logging;
using Quartz;
using SchoolSupport.Bot.Delivery;
using SchoolSupport.Bot.Hosting;
using SchoolSupport.Bot.Storage;

namespace SchoolSupport.Bot.Jobs;

/// <summary>
/// Every few hours: forgets update keys older than a week (no messenger re-delivers them that late) and
/// delivered messages older than 30 days, and what each <see cref="IPrunable"/> no longer needs (expired link
/// codes, old MAX message numbers). Idempotent, so a rerun after downtime is harmless.
/// </summary>
internal sealed class HousekeepingJob(Store store, UpdatePipeline pipeline, Outbox outbox, IEnumerable<IPrunable> prunables, TimeProvider time, ILogger<HousekeepingJob> log) : IJob
{
    public static readonly TimeSpan KeepUpdateKeys = TimeSpan.FromDays(7);
    public static readonly TimeSpan KeepDelivered = TimeSpan.FromDays(30);

    public ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow().UtcDateTime;
        var (keys, messages, other) = store.Write(() => (pipeline.Prune(now - KeepUpdateKeys), outbox.Prune(now - KeepDelivered), prunables.Sum(p => p.Prune(now))));
        if (keys + messages + other > 0)
            log.LogInformation("Housekeeping removed {Keys} update keys, {Messages} delivered messages and {Other} other records", keys, messages, other);
        return ValueTask.CompletedTask;
    }
}
