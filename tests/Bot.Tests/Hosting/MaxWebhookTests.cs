using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using SchoolSupport.Bot.Channels.Max;
using SchoolSupport.Bot.Hosting;
using SchoolSupport.Bot.Storage;
using SchoolSupport.Bot.Tests.Harness;
using SchoolSupport.TestMaxApi;

namespace SchoolSupport.Bot.Tests.Hosting;

public sealed class MaxWebhookTests
{
    private const string Secret = "max-webhook-secret_0123456789";
    private const string HookUrl = "https://bot.example.org/max/hook";

    [Fact]
    public async Task MAX_webhook_mode_subscribes_with_its_secret_never_polls_and_processes_only_requests_with_the_secret()
    {
        await using var bot = await BotHarness.StartAsync(Messengers.Max, s =>
        {
            s["Max:Mode"] = "Webhook";
            s["Max:WebhookUrl"] = HookUrl;
            s["Max:WebhookSecret"] = Secret;
            s["Max:WebhookListenUrl"] = "http://127.0.0.1:0";
        });
        await bot.MaxApi.WaitUntilAsync(a => a.Subscriptions.ContainsKey(HookUrl), what: "POST /subscriptions (made in the background)");
        Assert.Equal(Secret, bot.MaxApi.Subscriptions[HookUrl]);
        Assert.DoesNotContain(bot.MaxApi.Calls, c => c.Method == "GET /updates");

        var listener = bot.Get<MaxWebhook>().ListeningOn!;
        Assert.StartsWith("http://127.0.0.1:", listener, StringComparison.Ordinal);
        using var http = new HttpClient(new SocketsHttpHandler { UseProxy = false });
        var hook = listener.TrimEnd('/') + "/max/hook";
        bot.MaxApi.AddUser(555, "Гость");

        using (var wrong = await PostAsync(http, hook, Started(555, 1), "not-the-right-secret"))
            Assert.Equal(HttpStatusCode.Forbidden, wrong.StatusCode);
        using (var none = await PostAsync(http, hook, Started(555, 2), secret: null))
            Assert.Equal(HttpStatusCode.Forbidden, none.StatusCode);
        var processed = bot.Get<Store>().Collection<UpdatePipeline.ProcessedUpdate>("processed_updates");
        Assert.Equal(0, processed.Count());

        using (var right = await PostAsync(http, hook, Started(555, 3), Secret))
            Assert.Equal(HttpStatusCode.OK, right.StatusCode);
        using (var again = await PostAsync(http, hook, Started(555, 3), Secret))
            Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        var guest = bot.User(555);
        await guest.WaitFor("Бот работает по приглашениям");

        Assert.Equal(1, processed.Count());
        Assert.Equal(1, guest.Count("Бот работает по приглашениям"));
    }

    [Fact]
    public async Task Updates_pushed_to_the_MAX_webhook_are_stored_before_200_and_onboarding_works_through_it()
    {
        await using var bot = await BotHarness.StartAsync(Messengers.Max, s =>
        {
            s["Max:Mode"] = "Webhook";
            s["Max:WebhookUrl"] = HookUrl;
            s["Max:WebhookSecret"] = Secret;
            s["Max:WebhookListenUrl"] = "http://127.0.0.1:0";
        });
        await bot.MaxApi.WaitUntilAsync(a => a.Subscriptions.ContainsKey(HookUrl), what: "the subscription");
        bot.MaxApi.DeliverWebhooksTo(bot.Get<MaxWebhook>().ListeningOn);

        await bot.JoinCoordinatorAsync();
        await bot.MaxApi.WaitUntilAsync(a => a.PendingUpdates == 0, what: "every update to be delivered");

        var deliveries = bot.MaxApi.WebhookDeliveries;
        Assert.All(deliveries, d => Assert.Equal(200, d.StatusCode));
        Assert.Equal(deliveries.Select(d => d.UpdateId).Distinct().Count(), deliveries.Count);
        Assert.DoesNotContain(bot.MaxApi.Calls, c => c.Method == "GET /updates");
    }

    /// <summary>A bot_started update as MAX posts it: the user opened the bot without a payload.</summary>
    private static string Started(long userId, long timestamp) => new JsonObject
    {
        ["update_type"] = "bot_started",
        ["timestamp"] = timestamp,
        ["chat_id"] = TestMaxApiServer.DialogOf(userId),
        ["user"] = new JsonObject { ["user_id"] = userId, ["first_name"] = "Гость", ["is_bot"] = false },
        ["user_locale"] = "ru",
    }.ToJsonString();

    private static async Task<HttpResponseMessage> PostAsync(HttpClient http, string url, string json, string? secret)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, url) { Content = new StringContent(json, Encoding.UTF8, "application/json") };
        if (secret is not null) request.Headers.Add(MaxWebhook.SecretHeader, secret);
        return await http.SendAsync(request);
    }
}
