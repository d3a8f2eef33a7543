using Microsoft.Extensions.DependencyInjection;

namespace SchoolSupport.Bot.Features.Roadmaps;

internal static class RoadmapsSetup
{
    /// <summary>/roadmap: templates from Content/roadmaps (validated at start), assignments and deadlines.</summary>
    public static IServiceCollection AddRoadmaps(this IServiceCollection s) => s
        .AddSingleton(_ => new RoadmapTemplates())
        .AddSingleton<AssignmentRepository>()
        .AddSingleton<AssignWizard>()
        .AddSingleton<DeadlineWizard>()
        .AddSingleton<IFeature, RoadmapFeature>();
}
