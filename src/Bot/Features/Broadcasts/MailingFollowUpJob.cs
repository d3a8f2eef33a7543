using Quartz;

namespace SchoolSupport.Bot.Features.Mailings;

/// <summary>Hourly (and at start): follow-ups of mailings that are due. Idempotent; what is due is kept in LiteDB.</summary>
internal sealed class MailingFollowUpJob(MailingFollowUps followUps) : IJob
{
    public static void Schedule(IQuartzBuilder q) =>
        q.ScheduleJob<MailingFollowUpJob>(
            trigger => trigger.WithIdentity("mailing-followups").StartNow().WithSimpleSchedule(x => x.WithInterval(TimeSpan.FromHours(1)).RepeatForever()),
            job => job.WithIdentity("mailing-followups"));

    public ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken)
    {
        followUps.RunDue();
        return ValueTask.CompletedTask;
    }
}
