using Quartz;
using SchoolSupport.Bot.Features.Questionnaires;

namespace SchoolSupport.Bot.Jobs;

/// <summary>
/// Every minute: the campaign work that is due (<see cref="CampaignScheduler"/>): invitations, reminders, closing, live
/// cards. What was sent lives in LiteDB with each message, so reruns and restarts never repeat it.
/// </summary>
[DisallowConcurrentExecution]
internal sealed class CampaignJob(CampaignScheduler scheduler) : IJob
{
    public static readonly JobKey Key = new("campaigns");
    public static readonly TimeSpan Interval = TimeSpan.FromMinutes(1);

    public static void Schedule(IQuartzBuilder q) =>
        q.ScheduleJob<CampaignJob>(
            trigger => trigger.WithIdentity(Key.Name).StartNow().WithSimpleSchedule(x => x.WithInterval(Interval).RepeatForever()),
            job => job.WithIdentity(Key));

    public ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken)
    {
        scheduler.RunDue();
        return ValueTask.CompletedTask;
    }
}
