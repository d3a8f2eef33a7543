using System.Diagnostics;
using SchoolSupport.TestBotApi;
using Telegram.Bot;
using Telegram.Bot.Exceptions;
using Telegram.Bot.Types;
using Telegram.Bot.Types.Enums;
using Telegram.Bot.Types.ReplyMarkups;

namespace SchoolSupport.Bot.Tests.TestServer;

public sealed class TestBotApiServerTests
{
    private const long UserId = 42;

    [Fact]
    public async Task GetMe_answers_with_the_bot_of_the_token()
    {
        await using var server = await TestBotApiServer.StartAsync();
        using var client = new TestClient(server);

        var me = await client.Bot.GetMe();

        Assert.Equal(1234567, me.Id);
        Assert.True(me.IsBot);
        Assert.Equal(server.BotUsername, me.Username);
        Assert.StartsWith("http://127.0.0.1:", server.BaseUrl, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Long_poll_returns_as_soon_as_an_update_arrives()
    {
        await using var server = await TestBotApiServer.StartAsync();
        using var client = new TestClient(server);
        Assert.Empty(await client.Bot.GetUpdates(timeout: 0));

        var started = Stopwatch.StartNew();
        var poll = client.Bot.GetUpdates(timeout: 50);
        var updateId = server.SendText(UserId, "/start", "Анна", "Иванова");
        var updates = await poll;

        Assert.True(started.Elapsed < TimeSpan.FromSeconds(40), $"the poll took {started.Elapsed}");
        var message = Assert.Single(updates).Message!;
        Assert.Equal(updateId, updates[0].Id);
        Assert.Equal("/start", message.Text);
        Assert.Equal(UserId, message.Chat.Id);
        Assert.Equal(ChatType.Private, message.Chat.Type);
        Assert.Equal("Анна", message.From!.FirstName);
        Assert.Equal(MessageEntityType.BotCommand, Assert.Single(message.Entities!).Type);
    }

    [Fact]
    public async Task Offset_confirms_and_drops_updates_and_a_repeated_update_comes_back_with_its_id()
    {
        await using var server = await TestBotApiServer.StartAsync();
        using var client = new TestClient(server);
        int[] ids = [server.SendText(UserId, "one"), server.SendText(UserId, "two"), server.SendText(UserId, "three")];

        Assert.Equal(ids, (await client.Bot.GetUpdates()).Select(u => u.Id));
        Assert.Equal(3, server.PendingUpdates);

        var rest = await client.Bot.GetUpdates(offset: ids[2]);
        Assert.Equal("three", Assert.Single(rest).Message!.Text);
        Assert.Equal(ids[2], server.ConfirmedOffset);
        Assert.Equal(1, server.PendingUpdates);

        Assert.Empty(await client.Bot.GetUpdates(offset: ids[2] + 1));
        Assert.Equal(0, server.PendingUpdates);

        server.RepeatUpdate(ids[1]);
        var repeated = Assert.Single(await client.Bot.GetUpdates(offset: ids[2] + 1));
        Assert.Equal(ids[1], repeated.Id);
        Assert.Equal("two", repeated.Message!.Text);
        Assert.Empty(await client.Bot.GetUpdates(offset: ids[2] + 1));
    }

    [Fact]
    public async Task Inline_keyboard_is_recorded_and_a_button_press_comes_back_as_a_callback_query()
    {
        await using var server = await TestBotApiServer.StartAsync();
        using var client = new TestClient(server);
        var keyboard = new InlineKeyboardMarkup(
            [[InlineKeyboardButton.WithCallbackData("Да", "answer:yes"), InlineKeyboardButton.WithCallbackData("Нет", "answer:no")],
             [InlineKeyboardButton.WithUrl("Сайт", "https://example.org/")]]);

        var sent = await client.Bot.SendMessage(UserId, "Вы придёте?", replyMarkup: keyboard);

        var recorded = await server.WaitForMessageAsync(UserId, m => m.Text == "Вы придёте?");
        Assert.Equal(sent.Id, recorded.MessageId);
        Assert.Equal(["Да", "Нет", "Сайт"], recorded.AllButtons.Select(b => b.Text));
        Assert.Equal("https://example.org/", recorded.Button("Сайт").Url);

        server.PressButton(UserId, recorded.MessageId, recorded.Button("Да").CallbackData!);
        var query = Assert.Single(await client.Bot.GetUpdates()).CallbackQuery!;
        Assert.Equal("answer:yes", query.Data);
        Assert.Equal(UserId, query.From.Id);
        Assert.Equal(sent.Id, query.Message!.Id);
        Assert.Equal(UserId, query.Message.Chat.Id);
        Assert.Equal("Да", query.Message.ReplyMarkup!.InlineKeyboard.First().First().Text);

        await client.Bot.AnswerCallbackQuery(query.Id, "Записано");
        Assert.Equal(new RecordedCallbackAnswer(query.Id, "Записано", false), Assert.Single(server.CallbackAnswers));

        await client.Bot.EditMessageText(UserId, sent.Id, "Вы придёте? — Да");
        var edited = Assert.Single(server.Chat(UserId));
        Assert.Equal(("Вы придёте? — Да", 1), (edited.Text, edited.EditCount));
        Assert.Empty(edited.Buttons);
        var notModified = await Assert.ThrowsAsync<ApiRequestException>(() => client.Bot.EditMessageReplyMarkup(UserId, sent.Id));
        Assert.StartsWith("Bad Request: message is not modified", notModified.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Uploaded_document_is_recorded_and_can_be_fetched_back_with_getFile()
    {
        await using var server = await TestBotApiServer.StartAsync();
        using var client = new TestClient(server);
        byte[] content = [1, 2, 3, 4, 5, 250];
        using var stream = new MemoryStream(content);

        var sent = await client.Bot.SendDocument(UserId, InputFile.FromStream(stream, "Отчёт за март.pdf"), caption: "Ваш отчёт");

        var recorded = Assert.Single(server.Chat(UserId));
        Assert.Equal(("document", "Ваш отчёт", "Отчёт за март.pdf"), (recorded.Kind, recorded.Text, recorded.FileName));
        Assert.Equal(content, recorded.FileContent);
        Assert.Equal("application/pdf", sent.Document!.MimeType);

        using var downloaded = new MemoryStream();
        var file = await client.Bot.GetInfoAndDownloadFile(sent.Document.FileId, downloaded);
        Assert.Equal(content.Length, file.FileSize);
        Assert.Equal(content, downloaded.ToArray());

        var resent = await client.Bot.SendDocument(UserId, InputFile.FromFileId(sent.Document.FileId));
        Assert.Equal(content, server.Chat(UserId)[^1].FileContent);
        Assert.Equal(sent.Document.FileId, resent.Document!.FileId);
    }

    [Fact]
    public async Task Document_from_a_user_can_be_downloaded_by_the_bot()
    {
        await using var server = await TestBotApiServer.StartAsync();
        using var client = new TestClient(server);
        var content = "ФИО;Класс\nИванов;5А\n"u8.ToArray();
        server.SendDocument(UserId, "ученики.csv", content, "text/csv", caption: "список");

        var document = Assert.Single(await client.Bot.GetUpdates()).Message!.Document!;
        using var downloaded = new MemoryStream();
        await client.Bot.GetInfoAndDownloadFile(document, downloaded);

        Assert.Equal(("ученики.csv", "text/csv", (long?)content.Length), (document.FileName, document.MimeType, document.FileSize));
        Assert.Equal(content, downloaded.ToArray());
    }

    [Fact]
    public async Task Commands_are_kept_by_scope()
    {
        await using var server = await TestBotApiServer.StartAsync();
        using var client = new TestClient(server);

        await client.Bot.SetMyCommands([new BotCommand("start", "Начать")]);
        await client.Bot.SetMyCommands([new BotCommand("admin", "Управление"), new BotCommand("stats", "Статистика")], BotCommandScope.Chat(UserId));

        Assert.Equal(["admin", "stats"], server.Commands[$"chat:{UserId}"].Select(c => c.Command));
        Assert.Equal("start", Assert.Single(server.Commands["default"]).Command);
        Assert.Equal(2, (await client.Bot.GetMyCommands(BotCommandScope.Chat(UserId))).Length);

        await client.Bot.DeleteMyCommands(BotCommandScope.Chat(UserId));
        Assert.False(server.Commands.ContainsKey($"chat:{UserId}"));
        var invalid = await Assert.ThrowsAsync<ApiRequestException>(() => client.Bot.SetMyCommands([new BotCommand("Bad Name", "x")]));
        Assert.Equal(400, invalid.ErrorCode);
    }
}
