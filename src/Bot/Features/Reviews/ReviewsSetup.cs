using Microsoft.Extensions.DependencyInjection;

namespace SchoolSupport.Bot.Features.Reviews;

internal static class ReviewsSetup
{
    /// <summary>/submit, /reviews and /handover: documents of roadmap stages and their review.</summary>
    public static IServiceCollection AddReviews(this IServiceCollection s, ReviewOptions options) => s
        .AddSingleton(options)
        .AddSingleton<SubmissionRepository>()
        .AddSingleton<ReviewFiles>()
        .AddSingleton<ReviewCards>()
        .AddSingleton<ReviewNotifier>()
        .AddSingleton<ReviewDecisions>()
        .AddSingleton<SubmitScope>()
        .AddSingleton<SubmitRecorder>()
        .AddSingleton<IFeature, SubmitFeature>()
        .AddSingleton<IFeature, ReviewsFeature>()
        .AddSingleton<IFeature, HandoverFeature>();
}
