using System.Net;
using System.Text;
using System.Text.Json;
using SchoolSupport.Bot.Channels.Telegram;
using SchoolSupport.Bot.Delivery;
using SchoolSupport.Bot.Hosting;
using SchoolSupport.Bot.Storage;
using SchoolSupport.Bot.Tests.Harness;
using Telegram.Bot;
using Telegram.Bot.Types;
using Telegram.Bot.Types.Enums;

namespace SchoolSupport.Bot.Tests.Hosting;

public sealed class WebhookTests
{
    private const string Secret = "webhook-secret_0123456789abcdef";
    private const string HookUrl = "https://bot.example.org/tg/hook";
    private const string Hello = "Бот работает по приглашениям";

    [Fact]
    public async Task Webhook_mode_registers_the_hook_with_its_secret_and_never_polls()
    {
        await using var bot = await StartAsync();

        await bot.Api.WaitUntilAsync(a => a.WebhookUrl is not null, what: "setWebhook (registered in the background)");
        Assert.Equal(HookUrl, bot.Api.WebhookUrl);
        Assert.Equal(Secret, bot.Api.WebhookSecret);
        Assert.DoesNotContain(bot.Api.Calls, c => c.Method.Equals("getUpdates", StringComparison.OrdinalIgnoreCase));
        Assert.DoesNotContain(bot.Api.Calls, c => c.Method.Equals("deleteWebhook", StringComparison.OrdinalIgnoreCase));
        Assert.StartsWith("http://127.0.0.1:", bot.Get<TelegramWebhook>().ListeningOn, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Only_requests_with_the_right_secret_header_are_processed()
    {
        await using var bot = await StartAsync();
        using var http = Client();
        var hook = Endpoint(bot);

        using (var wrong = await PostAsync(http, hook, Start(1001, 501), "not-the-right-secret-000000"))
            Assert.Equal(HttpStatusCode.Forbidden, wrong.StatusCode);
        using (var none = await PostAsync(http, hook, Start(1002, 502), secret: null))
            Assert.Equal(HttpStatusCode.Forbidden, none.StatusCode);
        using (var empty = await PostAsync(http, hook, Start(1003, 503), secret: ""))
            Assert.Equal(HttpStatusCode.Forbidden, empty.StatusCode);

        // The listener stores an update before it answers, so a refused one has left no trace by now.
        var processed = bot.Get<Store>().Collection<UpdatePipeline.ProcessedUpdate>("processed_updates");
        Assert.Equal(0, processed.Count());
        Assert.Empty(bot.Get<Outbox>().ForChat("telegram", 501));
        Assert.Empty(bot.Get<Outbox>().ForChat("telegram", 502));

        using (var right = await PostAsync(http, hook, Start(1004, 504), Secret))
            Assert.Equal(HttpStatusCode.OK, right.StatusCode);
        await bot.Api.WaitForMessageAsync(504, m => m.Text?.Contains(Hello, StringComparison.Ordinal) == true);

        Assert.NotNull(processed.FindById("telegram:1004"));
        Assert.Equal(1, processed.Count());
        Assert.Empty(bot.Api.Chat(501));
        Assert.Empty(bot.Api.Chat(502));
        Assert.Empty(bot.Api.Chat(503));
        Assert.DoesNotContain(bot.Api.Calls, c => c.ChatId is 501 or 502 or 503);
    }

    [Fact]
    public async Task The_same_update_posted_twice_is_answered_once()
    {
        await using var bot = await StartAsync();
        using var http = Client();
        var hook = Endpoint(bot);
        var update = Start(2001, 601);

        using (var first = await PostAsync(http, hook, update, Secret))
            Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        var queued = bot.Get<Outbox>().ForChat("telegram", 601).Count;
        using (var again = await PostAsync(http, hook, update, Secret))
            Assert.Equal(HttpStatusCode.OK, again.StatusCode);

        Assert.True(queued > 0, "The first post queued a reply.");
        Assert.Equal(queued, bot.Get<Outbox>().ForChat("telegram", 601).Count);
        await Poll.UntilAsync(() => bot.Get<Outbox>().PendingCount() == 0, "the outbox to be sent");
        Assert.Single(bot.Api.Chat(601), m => m.Text?.Contains(Hello, StringComparison.Ordinal) == true);
        Assert.Equal(queued, bot.Api.Chat(601).Count);
    }

    [Fact]
    public async Task A_body_that_is_not_an_update_is_a_bad_request()
    {
        await using var bot = await StartAsync();
        using var http = Client();
        using var content = new StringContent("{ not json", Encoding.UTF8, "application/json");
        using var request = new HttpRequestMessage(HttpMethod.Post, Endpoint(bot)) { Content = content };
        request.Headers.Add("X-Telegram-Bot-Api-Secret-Token", Secret);

        using var response = await http.SendAsync(request);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    private static Task<BotHarness> StartAsync() => BotHarness.StartAsync(s =>
    {
        s["Telegram:Mode"] = "Webhook";
        s["Telegram:WebhookUrl"] = HookUrl;
        s["Telegram:WebhookSecret"] = Secret;
        s["Telegram:WebhookListenUrl"] = "http://127.0.0.1:0";
    });

    private static HttpClient Client() => new(new SocketsHttpHandler { UseProxy = false }) { Timeout = TimeSpan.FromSeconds(30) };

    private static Uri Endpoint(BotHarness bot)
    {
        var listening = bot.Get<TelegramWebhook>().ListeningOn ?? throw new InvalidOperationException("The webhook listener did not start.");
        return new Uri(listening.TrimEnd('/') + new Uri(HookUrl).AbsolutePath);
    }

    private static Update Start(int updateId, long userId) => new()
    {
        Id = updateId,
        Message = new Message
        {
            Id = 1,
            Date = BotHarness.Start.UtcDateTime,
            From = new User { Id = userId, FirstName = "Гость", LanguageCode = "ru" },
            Chat = new Chat { Id = userId, Type = ChatType.Private, FirstName = "Гость" },
            Text = "/start",
            Entities = [new MessageEntity { Type = MessageEntityType.BotCommand, Offset = 0, Length = 6 }],
        },
    };

    private static async Task<HttpResponseMessage> PostAsync(HttpClient http, Uri hook, Update update, string? secret)
    {
        using var content = new StringContent(JsonSerializer.Serialize(update, JsonBotAPI.Options), Encoding.UTF8, "application/json");
        using var request = new HttpRequestMessage(HttpMethod.Post, hook) { Content = content };
        if (secret is not null) request.Headers.Add("X-Telegram-Bot-Api-Secret-Token", secret);
        return await http.SendAsync(request);
    }
}
