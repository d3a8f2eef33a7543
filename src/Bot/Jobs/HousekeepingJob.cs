using Microsoft.Extensions.Logging;
using Quartz;
using SchoolSupport.Bot.Delivery;
using SchoolSupport.Bot.Hosting;
using SchoolSupport.Bot.Storage;

namespace SchoolSupport.Bot.Jobs;

/// <summary>
/// Every few hours: forgets update keys older than a week (no messenger re-delivers them that late) and
/// delivered messages older than 30 days. Idempotent, so a rerun after downtime is harmless.
/// </summary>
internal sealed class HousekeepingJob(Store store, UpdatePipeline pipeline, Outbox outbox, TimeProvider time, ILogger<HousekeepingJob> log) : IJob
{
    public static readonly TimeSpan KeepUpdateKeys = TimeSpan.FromDays(7);
    public static readonly TimeSpan KeepDelivered = TimeSpan.FromDays(30);

    public ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow().UtcDateTime;
        var (keys, messages) = store.Write(() => (pipeline.Prune(now - KeepUpdateKeys), outbox.Prune(now - KeepDelivered)));
        if (keys + messages > 0) log.LogInformation("Housekeeping removed {Keys} update keys and {Messages} delivered messages", keys, messages);
        return ValueTask.CompletedTask;
    }
}
