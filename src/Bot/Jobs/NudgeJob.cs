using Quartz;
using SchoolSupport.Bot.Features.Nudges;

namespace SchoolSupport.Bot.Jobs;

/// <summary>
/// Every five minutes (and at start): the nudges that are due (<see cref="NudgeRunner"/>). What was sent lives in
/// LiteDB with each message, so reruns and restarts never repeat a nudge, and the first run after downtime catches up.
/// </summary>
[DisallowConcurrentExecution]
internal sealed class NudgeJob(NudgeRunner runner) : IJob
{
    public static readonly JobKey Key = new("nudges");
    public static readonly TimeSpan Interval = TimeSpan.FromMinutes(5);

    public static void Schedule(IQuartzBuilder q) =>
        q.ScheduleJob<NudgeJob>(
            trigger => trigger.WithIdentity(Key.Name).StartNow().WithSimpleSchedule(x => x.WithInterval(Interval).RepeatForever()),
            job => job.WithIdentity(Key));

    public ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken)
    {
        runner.RunDue();
        return ValueTask.CompletedTask;
    }
}
