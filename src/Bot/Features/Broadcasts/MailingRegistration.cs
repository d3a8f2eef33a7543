using Microsoft.Extensions.DependencyInjection;
using SchoolSupport.Bot.Features.Audiences;

namespace SchoolSupport.Bot.Features.Mailings;

internal static class MailingRegistration
{
    /// <summary>The audience picker, «Рассылки» and the follow-up worker (its Quartz trigger: <see cref="MailingFollowUpJob.Schedule"/>).</summary>
    public static IServiceCollection AddMailings(this IServiceCollection s) => s
        .AddSingleton<MailingRepository>()
        .AddSingleton<MailingFiles>()
        .AddSingleton<MailingSender>()
        .AddSingleton<MailingWizard>()
        .AddSingleton<MailingPreview>()
        .AddSingleton<MailingAcks>()
        .AddSingleton<MailingReports>()
        .AddSingleton<MailingFollowUps>()
        .AddSingleton<IFeature, MailingFeature>();
}
