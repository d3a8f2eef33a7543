using Microsoft.Extensions.DependencyInjection;
using SchoolSupport.Bot.Delivery;
using SchoolSupport.Bot.Storage;

namespace SchoolSupport.Bot.Channels.Max;

internal static class MaxSetup
{
    /// <summary>The MAX channel: its API client, sender, update translation and polling or webhook.</summary>
    public static IServiceCollection AddMaxChannel(this IServiceCollection s, MaxOptions options)
    {
        s.AddSingleton(_ => new MaxApi(new HttpClient { Timeout = TimeSpan.FromSeconds(60) }, options))
            .AddSingleton<MaxMessageIds>()
            .AddSingleton<IPrunable>(sp => sp.GetRequiredService<MaxMessageIds>())
            .AddSingleton<MaxMarker>()
            .AddSingleton<MaxChannel>()
            .AddSingleton<IChannel>(sp => sp.GetRequiredService<MaxChannel>())
            .AddSingleton<MaxUpdates>()
            .AddSingleton<MaxStartup>();
        if (options.Mode == MaxMode.Webhook)
            s.AddSingleton<MaxWebhook>().AddHostedService(sp => sp.GetRequiredService<MaxWebhook>());
        else
            s.AddHostedService<MaxPolling>();
        return s;
    }
}
