using SchoolSupport.Bot.Storage;
using SchoolSupport.Bot.Tests.Delivery;
using SchoolSupport.Bot.Tests.Harness;
using SchoolSupport.Bot.Tests.Mailings;
using SchoolSupport.Domain.Participants;
using SchoolSupport.Domain.Messaging;
using SchoolSupport.TestBotApi;
using SchoolSupport.TestMaxApi;

namespace SchoolSupport.Bot.Tests.Channels;

/// <summary>What is particular to MAX: the marker, string message ids, dialogs with their own ids, its errors.</summary>
public sealed class MaxChannelTests
{
    [Fact]
    public async Task The_marker_is_stored_after_the_batch_so_a_restart_asks_for_what_follows_and_repeats_nothing()
    {
        await using var bot = await BotHarness.StartAsync("max");
        var coordinator = await bot.JoinCoordinatorAsync();
        await bot.MaxApi.WaitUntilAsync(a => a.PendingUpdates == 0, what: "every update to be confirmed");

        var confirmed = bot.MaxApi.ConfirmedMarker;
        var callsBefore = bot.MaxApi.Calls.Count;

        await bot.RestartAsync();
        await coordinator.Says("/help", "Что я умею");
        // A call is recorded when it is answered: the restarted bot's first poll ended with the /help update.
        var firstPoll = bot.MaxApi.Calls.Skip(callsBefore).First(c => c.Method == "GET /updates");
        Assert.Contains($"marker={confirmed}", firstPoll.Body, StringComparison.Ordinal);

        Assert.Equal(1, coordinator.Count("Вы подключены"));
        Assert.Single(bot.Get<ParticipantRepository>().All());
    }

    [Fact]
    public async Task Button_presses_edit_the_pressed_message_by_its_MAX_id_and_alerts_are_sent_as_notifications()
    {
        await using var bot = await BotHarness.StartAsync("max");
        bot.SeedDemoSchools();
        var coordinator = await bot.JoinCoordinatorAsync();
        await coordinator.CreateInviteAsync("Учитель", "Верхняя Пышма", ["МАОУ «СОШ №7»"]);
        var card = coordinator.Messages.Last(m => m.Text?.Contains("?start=", StringComparison.Ordinal) == true);
        var revoke = card.Button("Отозвать").CallbackData!;

        await coordinator.Presses("Отозвать", "Приглашение отозвано");

        // The card itself was edited (found again by the number stored for its mid), not a new message sent.
        var edited = coordinator.Messages.Single(m => m.MessageId == card.MessageId);
        Assert.StartsWith("Приглашение отозвано", edited.Text, StringComparison.Ordinal);
        Assert.Contains(bot.MaxApi.Calls, c => c.Method == "PUT /messages" && c.StatusCode == 200);
        // A second press on the old button gets an alert, which MAX shows as a notification.
        Assert.Equal(InviteTexts.AlreadyRevoked, await coordinator.Messenger.PressForAnswerAsync(coordinator.Id, card.MessageId, revoke));
        Assert.Equal(Texts.Common.StaleButton, await coordinator.Messenger.PressForAnswerAsync(coordinator.Id, card.MessageId, "zz:1"));
        Assert.DoesNotContain(bot.MaxApi.Calls, c => c.Method == "POST /answers" && c.StatusCode != 200);
    }

    [Fact]
    public async Task A_429_and_server_errors_are_retried_and_the_reply_arrives_once()
    {
        await using var bot = await BotHarness.StartAsync("max");
        var coordinator = await bot.JoinCoordinatorAsync();
        bot.MaxApi.InjectFault("POST /messages", Fault.TooManyRequests(1));
        bot.MaxApi.InjectFault("POST /messages", Fault.ServerError(502), times: 2);

        coordinator.Messenger.SendText(coordinator.Id, "/help", "Вера", null);
        // The pause and the backoffs wait on the bot's (fake) clock: move it from one wake-up to the next.
        await bot.RunDeliveryUntilAsync(() => coordinator.Count("Что я умею") > 0, "the reply to get through");

        Assert.Equal(1, coordinator.Count("Что я умею"));
        Assert.Contains(bot.MaxApi.Calls, c => c.Method == "POST /messages" && c.StatusCode == 429);
        Assert.Equal(2, bot.MaxApi.Calls.Count(c => c.Method == "POST /messages" && c.StatusCode == 502));
    }

    [Fact]
    public async Task A_person_who_blocked_the_bot_in_MAX_is_marked_unreachable_by_their_dialog_until_they_write_again()
    {
        await using var bot = await BotHarness.StartAsync("max");
        var coordinator = await bot.JoinCoordinatorAsync();
        var participants = bot.Get<ParticipantRepository>();

        bot.MaxApi.Block(coordinator.Id);
        coordinator.Messenger.SendText(coordinator.Id, "/help", "Вера", null);
        await bot.MaxApi.WaitUntilAsync(a => a.Calls.Any(c => c.Method == "POST /messages" && c.StatusCode == 403), what: "the refused reply");
        await Hosting.Poll.UntilAsync(() => participants.Find(coordinator.Account)?.UnreachableSinceUtc is not null, "the coordinator to be marked unreachable");

        bot.MaxApi.Unblock(coordinator.Id);
        await coordinator.Says("/menu", "Главное меню");
        Assert.Null(participants.Find(coordinator.Account)!.UnreachableSinceUtc);
        Assert.Equal(TestMaxApiServer.DialogOf(coordinator.Id), participants.Find(coordinator.Account)!.IdentityIn("max")!.ChatId);
    }

    [Fact]
    public async Task The_token_travels_only_in_the_Authorization_header_and_never_reaches_the_log()
    {
        await using var bot = await BotHarness.StartAsync("max");
        await bot.JoinCoordinatorAsync();
        await bot.User(BotHarness.CoordinatorId).Says("/help", "Что я умею");

        Assert.DoesNotContain(bot.MaxApi.Calls, c => c.StatusCode == 401);
        Assert.DoesNotContain(bot.MaxApi.Calls, c => c.Body.Contains(TestMaxApiServer.DefaultToken, StringComparison.Ordinal));
        Assert.DoesNotContain(bot.Logs.Lines, l => l.Contains(TestMaxApiServer.DefaultToken, StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_mailing_with_a_file_uploads_it_to_MAX_once_and_every_recipient_gets_it()
    {
        await using var bot = await BotHarness.StartAsync("max");
        bot.SeedDemoSchools();
        var coordinator = await bot.JoinCoordinatorAsync();
        var teachers = new[] { 201L, 202, 203 }.Select(id => bot.Member(id, Role.Teacher, MailingPeople.School7)).ToList();
        var pdf = "%PDF-1.4 программа вебинара"u8.ToArray();

        var picker = await coordinator.StartMailingAsync("Программа вебинара во вложении", file: ("Программа.pdf", pdf));
        await coordinator.StepAsync(picker.MessageId, "Учителя");
        await coordinator.FinishAudienceAsync();
        await coordinator.Presses("Отправить сейчас", "Рассылка запущена: 3 получателя");
        await bot.RunDeliveryUntilAsync(() => teachers.All(t => t.Messages.Any(m => m.FileName == "Программа.pdf")), "the file to reach every teacher");

        Assert.All(teachers, t => Assert.Equal(pdf, t.Messages.Single(m => m.FileName == "Программа.pdf").FileContent));
        Assert.Equal(1, bot.MaxApi.Calls.Count(c => c.Method == "POST /uploads"));
    }

    [Fact]
    public async Task A_message_in_a_MAX_group_gets_the_pointer_to_the_private_chat_and_changes_nothing()
    {
        await using var bot = await BotHarness.StartAsync("max");
        const long group = -72000000001;

        bot.MaxApi.SendGroupText(group, BotHarness.CoordinatorId, "/start");
        await bot.MaxApi.WaitUntilAsync(a => a.GroupChat(group).Any(m => m.Text?.Contains("Я работаю только в личных сообщениях", StringComparison.Ordinal) == true),
            what: "the pointer to the private chat");

        Assert.Equal(0, bot.Get<ParticipantRepository>().Count());
        Assert.Empty(bot.MaxApi.Chat(BotHarness.CoordinatorId));
    }
}
