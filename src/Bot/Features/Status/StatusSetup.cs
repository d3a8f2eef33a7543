using Microsoft.Extensions.DependencyInjection;

namespace SchoolSupport.Bot.Features.Status;

internal static class StatusSetup
{
    /// <summary>/status for every role: school details, curator lines, the coordinator's overview, chart and export.</summary>
    public static IServiceCollection AddStatus(this IServiceCollection s) => s
        .AddSingleton<StatusQuery>()
        .AddSingleton<StatusScreens>()
        .AddSingleton<StatusExport>()
        .AddSingleton<IFeature, StatusFeature>();
}
