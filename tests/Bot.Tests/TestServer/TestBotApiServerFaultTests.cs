using System.Net;
using System.Text;
using SchoolSupport.TestBotApi;
using Telegram.Bot;
using Telegram.Bot.Exceptions;
using Telegram.Bot.Types.ReplyMarkups;

namespace SchoolSupport.Bot.Tests.TestServer;

public sealed class TestBotApiServerFaultTests
{
    private const long UserId = 77;

    [Fact]
    public async Task Injected_429_surfaces_with_retry_after_and_is_used_up()
    {
        await using var server = await TestBotApiServer.StartAsync();
        using var client = new TestClient(server);
        server.InjectFault("sendMessage", Fault.TooManyRequests(3));

        var error = await Assert.ThrowsAsync<ApiRequestException>(() => client.Bot.SendMessage(UserId, "привет"));

        Assert.Equal(429, error.ErrorCode);
        Assert.Equal(3, error.Parameters?.RetryAfter);
        Assert.Empty(server.Chat(UserId));
        await client.Bot.SendMessage(UserId, "привет");
        Assert.Equal([429, 200], server.Calls.Where(c => c.Method == "sendMessage").Select(c => c.StatusCode));
        Assert.Equal(UserId, server.Calls[^1].ChatId);
    }

    [Fact]
    public async Task Blocked_user_answers_403_until_unblocked()
    {
        await using var server = await TestBotApiServer.StartAsync();
        using var client = new TestClient(server);
        server.Block(UserId);

        var error = await Assert.ThrowsAsync<ApiRequestException>(() => client.Bot.SendMessage(UserId, "привет"));

        Assert.Equal(403, error.ErrorCode);
        Assert.Equal("Forbidden: bot was blocked by the user", error.Message);
        server.Unblock(UserId);
        await client.Bot.SendMessage(UserId, "привет");
        Assert.Single(server.Chat(UserId));
    }

    [Fact]
    public async Task Server_error_and_delay_faults()
    {
        await using var server = await TestBotApiServer.StartAsync();
        using var client = new TestClient(server);
        server.InjectFault("*", Fault.ServerError(), times: 2);

        Assert.Equal(502, (await Assert.ThrowsAsync<ApiRequestException>(() => client.Bot.GetMe())).ErrorCode);
        Assert.Equal(502, (await Assert.ThrowsAsync<ApiRequestException>(() => client.Bot.SendMessage(UserId, "x"))).ErrorCode);

        // A client that gives up early still gets its message delivered, as with the real Telegram.
        server.InjectFault("sendMessage", Fault.Timeout(TimeSpan.FromSeconds(2)));
        using var impatient = new CancellationTokenSource(TimeSpan.FromMilliseconds(200));
        await Assert.ThrowsAnyAsync<OperationCanceledException>(
            () => client.Bot.SendMessage(UserId, "доставлено позже", cancellationToken: impatient.Token));
        await server.WaitForMessageAsync(UserId, m => m.Text == "доставлено позже");
    }

    [Fact]
    public async Task Telegram_limits_on_text_and_callback_data_answer_400()
    {
        await using var server = await TestBotApiServer.StartAsync();
        using var client = new TestClient(server);

        var tooLong = await Assert.ThrowsAsync<ApiRequestException>(() => client.Bot.SendMessage(UserId, new string('я', 4097)));
        var badData = await Assert.ThrowsAsync<ApiRequestException>(() => client.Bot.SendMessage(
            UserId, "x", replyMarkup: new InlineKeyboardMarkup(InlineKeyboardButton.WithCallbackData("b", new string('d', 65)))));

        Assert.Equal("Bad Request: message is too long", tooLong.Message);
        Assert.Equal("Bad Request: BUTTON_DATA_INVALID", badData.Message);
        await client.Bot.SendMessage(UserId, new string('я', 4096));
    }

    [Fact]
    public async Task Wrong_token_is_401_and_unknown_method_is_404()
    {
        await using var server = await TestBotApiServer.StartAsync();
        using var stranger = new TestClient(server, "7654321:another_token");
        using var http = new HttpClient();

        var unauthorized = await Assert.ThrowsAsync<ApiRequestException>(() => stranger.Bot.GetMe());
        using var body = new StringContent("{}", Encoding.UTF8, "application/json");
        using var unknown = await http.PostAsync(new Uri($"{server.BaseUrl}/bot{server.Token}/sendTelepathy"), body);

        Assert.Equal(401, unauthorized.ErrorCode);
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        Assert.Contains("\"description\":\"Not Found: method not found\"", await unknown.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_newer_getUpdates_ends_the_waiting_one_with_409_and_a_webhook_excludes_polling()
    {
        await using var server = await TestBotApiServer.StartAsync();
        using var first = new TestClient(server);
        using var second = new TestClient(server);

        var waiting = first.Bot.GetUpdates(timeout: 50);
        await server.WaitUntilAsync(s => s.ActivePolls == 1, what: "the first poll to wait");
        var newer = second.Bot.GetUpdates(timeout: 50);
        var conflict = await Assert.ThrowsAsync<ApiRequestException>(() => waiting);
        server.SendText(UserId, "hi");

        Assert.Equal(409, conflict.ErrorCode);
        Assert.Equal("hi", Assert.Single(await newer).Message!.Text);

        await first.Bot.SetWebhook("https://bot.example.org/hook", secretToken: "s3cret", dropPendingUpdates: true);
        Assert.Equal(("https://bot.example.org/hook", "s3cret", 0), (server.WebhookUrl, server.WebhookSecret, server.PendingUpdates));
        Assert.Equal(409, (await Assert.ThrowsAsync<ApiRequestException>(() => first.Bot.GetUpdates())).ErrorCode);
        await first.Bot.DeleteWebhook();
        Assert.Null(server.WebhookUrl);
        Assert.Empty(await first.Bot.GetUpdates());
    }

    [Fact]
    public async Task Waiting_for_a_message_that_never_comes_lists_what_the_chat_received()
    {
        await using var server = await TestBotApiServer.StartAsync();
        using var client = new TestClient(server);
        await client.Bot.SendMessage(UserId, "Главное меню");

        var timeout = await Assert.ThrowsAsync<TimeoutException>(
            () => server.WaitForMessageAsync(UserId, m => m.Text == "Спасибо", TimeSpan.FromMilliseconds(300)));

        Assert.Contains("Главное меню", timeout.Message, StringComparison.Ordinal);
    }
}
