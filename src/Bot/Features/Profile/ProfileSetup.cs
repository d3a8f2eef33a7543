using Microsoft.Extensions.DependencyInjection;

namespace SchoolSupport.Bot.Features.Profile;

internal static class ProfileSetup
{
    /// <summary>/profile: risk profiles, their verification, the municipality's heat table and anonymised exports.</summary>
    public static IServiceCollection AddProfile(this IServiceCollection s) => s
        .AddSingleton<VerificationRepository>()
        .AddSingleton<ProfileQuery>()
        .AddSingleton<ProfileScreens>()
        .AddSingleton<ProfileVerifier>()
        .AddSingleton<IFeature, ProfileFeature>();
}
