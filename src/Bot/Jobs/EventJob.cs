using Quartz;
using SchoolSupport.Bot.Features.Events;

namespace SchoolSupport.Bot.Jobs;

/// <summary>
/// Every minute: sends what is due for events (scheduled announcements, reminders, the attendance question). What is
/// due lives in LiteDB, and each send is marked done in the same transaction, so reruns and restarts never repeat it.
/// </summary>
[DisallowConcurrentExecution]
internal sealed class EventJob(EventScheduler scheduler) : IJob
{
    public static readonly JobKey Key = new("events");
    public static readonly TimeSpan Interval = TimeSpan.FromMinutes(1);

    public static void Schedule(IQuartzBuilder q) =>
        q.ScheduleJob<EventJob>(
            trigger => trigger.WithIdentity(Key.Name).StartNow().WithSimpleSchedule(x => x.WithInterval(Interval).RepeatForever()),
            job => job.WithIdentity(Key));

    public ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken)
    {
        scheduler.RunDue();
        return ValueTask.CompletedTask;
    }
}
