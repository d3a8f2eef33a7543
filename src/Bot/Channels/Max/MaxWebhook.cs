using System.Text.Json;
using Microsoft.Extensions.Logging;
using SchoolSupport.Bot.Hosting;

namespace SchoolSupport.Bot.Channels.Max;

/// <summary>MAX's webhook mode: the secret in X-Max-Bot-Api-Secret; GET /me, then POST /subscriptions.</summary>
internal sealed class MaxWebhook(
    MaxApi api,
    MaxOptions options,
    MaxStartup startup,
    MaxUpdates updates,
    MaxChannel channel,
    UpdatePipeline pipeline,
    ILogger<MaxWebhook> log)
    : WebhookHost<MaxUpdate>(new WebhookEndpoint(options.WebhookListenUrl, options.WebhookUrl!, SecretHeader, options.WebhookSecret ?? ""), pipeline, channel, log)
{
    public const string SecretHeader = "X-Max-Bot-Api-Secret";

    protected override string Messenger => "MAX";

    protected override JsonSerializerOptions Json => MaxJson.Options;

    protected override Task<bool> PrepareAsync(CancellationToken ct) => startup.RunAsync(dropSubscriptions: false, ct);

    protected override Task RegisterAsync(CancellationToken ct) => api.SubscribeAsync(options.WebhookUrl!, options.WebhookSecret!, ct);

    protected override Task<InboundUpdate?> TranslateAsync(MaxUpdate update, CancellationToken ct) => updates.TranslateAsync(update, ct);

    protected override TimeSpan Wait(Exception e, int attempt) => MaxStartup.Wait(e, attempt);

    protected override string Describe(Exception e) => MaxStartup.Describe(e);
}
