using System.Collections.Concurrent;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using SchoolSupport.TestBotApi;
using Telegram.Bot;
using Telegram.Bot.Types;

namespace SchoolSupport.Bot.Tests.TestServer;

public sealed class TestBotApiServerWebhookTests
{
    [Fact]
    public async Task Updates_are_posted_to_a_loopback_webhook_until_it_answers_2xx()
    {
        await using var server = await TestBotApiServer.StartAsync();
        using var client = new TestClient(server);
        var received = new ConcurrentQueue<(string Secret, int UpdateId, string? Text)>();
        var attempts = 0;
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        await using var bot = builder.Build();
        bot.Run(async http =>
        {
            var update = await JsonSerializer.DeserializeAsync<Update>(http.Request.Body, JsonBotAPI.Options);
            received.Enqueue((http.Request.Headers["X-Telegram-Bot-Api-Secret-Token"].ToString(), update!.Id, update.Message?.Text));
            http.Response.StatusCode = Interlocked.Increment(ref attempts) == 1 ? 500 : 200;
        });
        await bot.StartAsync();
        var url = bot.Urls.First() + "/telegram";

        await client.Bot.SetWebhook(url, secretToken: "s3cret");
        var updateId = server.SendText(5, "через вебхук");
        await server.WaitUntilAsync(s => s.PendingUpdates == 0, what: "the webhook to accept the update");

        Assert.Equal([("s3cret", updateId, "через вебхук"), ("s3cret", updateId, "через вебхук")], received);
        Assert.Equal([500, 200], server.WebhookDeliveries.Select(d => d.StatusCode));
        var info = await client.Bot.GetWebhookInfo();
        Assert.Equal(url, info.Url);
        Assert.Contains("500", info.LastErrorMessage, StringComparison.Ordinal);
        await bot.StopAsync();
    }
}
