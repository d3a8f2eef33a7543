using SchoolSupport.Bot.Delivery;
using SchoolSupport.Bot.Storage;
using SchoolSupport.Bot.Tests.Delivery;
using SchoolSupport.Bot.Tests.Harness;
using SchoolSupport.Domain.Messaging;
using SchoolSupport.Domain.Participants;
using SchoolSupport.TestMaxApi;
using SchoolSupport.Bot.Tests.Questionnaires;
using static SchoolSupport.Bot.Tests.Mailings.MailingPeople;

namespace SchoolSupport.Bot.Tests.Channels;

/// <summary>One bot in Telegram and MAX at once; one participant with accounts in both.</summary>
public sealed class CrossMessengerTests
{
    [Fact]
    public async Task A_one_time_code_from_Telegram_entered_in_MAX_joins_the_accounts_into_one_participant()
    {
        await using var bot = await BotHarness.StartAsync(Messengers.Both);
        var vera = await bot.JoinCoordinatorAsync();
        var participants = bot.Get<ParticipantRepository>();

        var card = await vera.Says("/link", "Код для подключения другого мессенджера");
        var code = card.Text!.Split("/link ")[1][..8];
        Assert.Contains($"Откройте бота в MAX по ссылке:\nhttps://max.ru/{TestMaxApiServer.DefaultBotUsername}?start=link-{code}", card.Text, StringComparison.Ordinal);
        var veraInMax = bot.UserIn("max", 900, "Вера");

        await veraInMax.Says("/link ABCDEFGH", "Код не подошёл");
        await vera.Says("/link " + code.ToLowerInvariant(), "нужно отправить боту в другом мессенджере");
        // Opening the link in MAX (bot_started with the payload) is the same as typing /link CODE there.
        await veraInMax.Opens("link-" + code, "Готово! Аккаунт MAX подключён к вашему профилю");
        await vera.WaitFor("К вашему профилю подключён аккаунт MAX");

        var one = participants.Find(new ChannelUser("max", 900));
        Assert.NotNull(one);
        Assert.Equal(participants.Find(new ChannelUser("telegram", BotHarness.CoordinatorId))!.Id, one.Id);
        Assert.Equal(["telegram", "max"], one.Identities.Select(i => i.Channel).ToArray());
        Assert.Equal(TestMaxApiServer.DialogOf(900), one.IdentityIn("max")!.ChatId);
        Assert.True(one.Has(Role.Coordinator));
        Assert.Single(one.Consents);
        await veraInMax.Says("/menu", "Ваши роли: координатор");
        await bot.UserIn("max", 901).Says("/link " + code, "Код не подошёл");

        await veraInMax.Says("/me", "Рассылки и напоминания приходят в Telegram");
        await veraInMax.Presses("Получать рассылки в MAX", "будут приходить в MAX");
        Assert.Equal("max", participants.Get(one.Id)!.PreferredChannel);
    }

    [Fact]
    public async Task An_account_joined_by_someone_else_is_taken_off_again_from_the_other_messenger()
    {
        await using var bot = await BotHarness.StartAsync(Messengers.Both);
        var vera = await bot.JoinCoordinatorAsync();
        var participants = bot.Get<ParticipantRepository>();
        var card = await vera.Says("/link", "Код для подключения другого мессенджера");
        var code = card.Text!.Split("/link ")[1][..8];
        var stranger = bot.UserIn("max", 950, "Незнакомец");
        await stranger.Says("/link " + code, "Аккаунт MAX подключён к вашему профилю");
        var notice = await vera.WaitFor("Если это были не вы");

        // The button does nothing from the account it would take off.
        var menu = await stranger.Says("/menu", "Ваши роли: координатор");
        Assert.Equal(Texts.Common.StaleButton, await stranger.PressesData(menu.MessageId, notice.Button("Это не я").CallbackData!));
        Assert.NotNull(participants.Find(new ChannelUser("max", 950)));

        await vera.Presses("Это не я", "Аккаунт MAX отключён от вашего профиля");
        var me = participants.Find(new ChannelUser("telegram", BotHarness.CoordinatorId))!;
        Assert.Equal(["telegram"], me.Identities.Select(i => i.Channel).ToArray());
        Assert.Null(participants.Find(new ChannelUser("max", 950)));
        await stranger.Says("/menu", "Сначала нужно подключиться");
    }

    [Fact]
    public async Task Invite_cards_offer_both_messengers_and_a_separate_participant_is_not_merged()
    {
        await using var bot = await BotHarness.StartAsync(Messengers.Both);
        bot.SeedDemoSchools();
        var vera = await bot.JoinCoordinatorAsync();

        var code = await vera.CreateInviteAsync("Учитель", "Верхняя Пышма", [School7]);
        var card = vera.Messages.Last(m => m.Text?.Contains("?start=", StringComparison.Ordinal) == true).Text!;
        Assert.Contains($"Telegram: https://t.me/{bot.Api.BotUsername}?start={code}", card, StringComparison.Ordinal);
        Assert.Contains($"MAX: https://max.ru/{TestMaxApiServer.DefaultBotUsername}?start={code}", card, StringComparison.Ordinal);
        await vera.Presses("QR-код", "Для MAX");
        Assert.Equal(2, vera.Messages.Count(m => m.Kind == "photo"));

        var teacher = bot.UserIn("max", 300, "Ольга");
        await teacher.Opens(code, "Вас приглашает");
        await teacher.Presses("Согласен", "Как к вам обращаться?");
        await teacher.Says("Учителева Ольга Петровна", "Вы подключены: учитель");
        var linkCard = await vera.Says("/link", "Код для подключения");
        await teacher.Says("/link " + linkCard.Text!.Split("/link ")[1][..8], "как отдельный участник");
        Assert.Equal(2, bot.Get<ParticipantRepository>().Count());
    }

    [Fact]
    public async Task A_broadcast_reaches_a_mixed_audience_once_each_in_the_preferred_messenger_or_the_other_when_it_is_blocked()
    {
        await using var bot = await BotHarness.StartAsync(Messengers.Both);
        bot.SeedDemoSchools();
        var coordinator = await bot.JoinCoordinatorAsync();
        var telegramOnly = Teacher(bot, 201, preferred: null, telegram: true, max: false);
        var maxOnly = Teacher(bot, 202, preferred: null, telegram: false, max: true);
        var prefersMax = Teacher(bot, 203, preferred: "max", telegram: true, max: true);
        var blockedInPreferred = Teacher(bot, 204, preferred: "telegram", telegram: true, max: true);
        bot.Api.Block(204);
        const string text = "Вебинар ФИОКО в четверг в 15:00";

        var picker = await coordinator.StartMailingAsync(text);
        await coordinator.StepAsync(picker.MessageId, "Учителя");
        await coordinator.FinishAudienceAsync();
        await coordinator.Presses("Отправить сейчас", "Рассылка запущена: 4 получателя");
        await bot.RunDeliveryUntilAsync(() => coordinator.Count("Итоги рассылки") > 0, "the mailing's final report");

        int In(string channel, long id) => bot.UserIn(channel, id).Count(text);
        Assert.Equal((1, 0), (In("telegram", 201), In("max", 201)));
        Assert.Equal((0, 1), (In("telegram", 202), In("max", 202)));
        Assert.Equal((0, 1), (In("telegram", 203), In("max", 203)));
        Assert.Equal((0, 1), (In("telegram", 204), In("max", 204)));
        Assert.Contains(bot.Api.Calls, c => c.ChatId == 204 && c.StatusCode == 403);
        Assert.Contains("Доставлено: 4 из 4", coordinator.Messages.Last(m => m.Text?.Contains("Итоги рассылки", StringComparison.Ordinal) == true).Text, StringComparison.Ordinal);
        var moved = bot.Get<ParticipantRepository>().Get("person204")!;
        Assert.Equal(["telegram"], moved.BlockedChannels);
        Assert.Null(moved.UnreachableSinceUtc);
        Assert.Equal(4, new[] { telegramOnly, maxOnly, prefersMax, blockedInPreferred }.Distinct().Count());
    }

    /// <summary>A teacher of school №7 put straight into the store, with accounts in the chosen messengers.</summary>
    private static string Teacher(BotHarness bot, long id, string? preferred, bool telegram, bool max)
    {
        var schoolId = bot.Get<SchoolRepository>().All().Single(s => s.Name == School7).Id;
        var identities = new List<ChannelIdentity>();
        if (telegram) identities.Add(new ChannelIdentity("telegram", id, id));
        if (max)
        {
            identities.Add(new ChannelIdentity("max", id, TestMaxApiServer.DialogOf(id)));
            bot.MaxApi.AddUser(id);
        }
        var person = new Participant
        {
            Id = $"person{id}",
            Identities = identities,
            PreferredChannel = preferred,
            DisplayName = $"Учитель {id}",
            Roles = [new RoleGrant { Role = Role.Teacher, SchoolIds = [schoolId], GrantedAtUtc = BotHarness.Start.UtcDateTime }],
            Consents = [new ConsentRecord { Kind = ConsentKind.PersonalData, TextVersion = "test", GivenAtUtc = BotHarness.Start.UtcDateTime }],
            CreatedAtUtc = BotHarness.Start.UtcDateTime,
        };
        bot.Get<Store>().Write(() => bot.Get<ParticipantRepository>().Save(person));
        return person.Id;
    }
}
