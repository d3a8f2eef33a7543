using Microsoft.Extensions.DependencyInjection;

namespace SchoolSupport.Bot.Features.Nudges;

internal static class NudgesSetup
{
    /// <summary>Digests, escalations, weekly summaries and deadline reminders (run by <see cref="Jobs.NudgeJob"/>).</summary>
    public static IServiceCollection AddNudges(this IServiceCollection s, NudgeOptions options) => s
        .AddSingleton(options)
        .AddSingleton<NudgeLedger>()
        .AddSingleton<NudgeMessages>()
        .AddSingleton<NudgeRunner>();
}
