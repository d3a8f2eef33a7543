using SchoolSupport.Bot.Storage;
using SchoolSupport.Bot.Tests.Harness;
using SchoolSupport.Domain.Messaging;

namespace SchoolSupport.Bot.Tests.Onboarding;

public sealed class InviteCodeTests
{
    [Theory]
    [InlineData("telegram")]
    [InlineData("max")]
    public async Task Malformed_unknown_expired_used_and_revoked_codes_each_get_their_own_message(string channel)
    {
        await using var bot = await BotHarness.StartAsync(channel);
        bot.SeedDemoSchools();
        var coordinator = await bot.JoinCoordinatorAsync();
        var used = await coordinator.CreateInviteAsync("Учитель", "Верхняя Пышма", ["МАОУ «СОШ №7»"]);
        await bot.JoinWithCodeAsync(201, used, "Первая Анна Ивановна");
        var revoked = await coordinator.CreateInviteAsync("Учитель", "Верхняя Пышма", ["МАОУ «СОШ №7»"]);
        await coordinator.Presses("Отозвать", "Приглашение отозвано");
        var expiring = await coordinator.CreateInviteAsync("Учитель", "Верхняя Пышма", ["МАОУ «СОШ №9»"]);

        var guest = bot.User(202);
        await guest.Says("/start abc", "Это не похоже на код приглашения");
        await guest.Says("/start " + new string('A', 24), "Такого приглашения нет");
        await guest.Opens(used, "уже использовано");
        await guest.Opens(revoked, "приглашение отозвано");
        bot.Time.Advance(TimeSpan.FromDays(8));
        var expired = await guest.Opens(expiring, "Срок действия этого приглашения истёк");
        Assert.Contains("3 декабря 2026", expired.Text, StringComparison.Ordinal);
        Assert.Null(bot.Get<ParticipantRepository>().Find(new ChannelUser(channel, 202)));
    }

    [Theory]
    [InlineData("telegram")]
    [InlineData("max")]
    public async Task Five_wrong_codes_in_ten_minutes_lock_code_entry_for_a_while(string channel)
    {
        await using var bot = await BotHarness.StartAsync(channel);
        bot.SeedDemoSchools();
        var coordinator = await bot.JoinCoordinatorAsync();
        var good = await coordinator.CreateInviteAsync("Учитель", "Верхняя Пышма", ["МАОУ «СОШ №7»"]);
        var guesser = bot.User(203);

        for (var i = 1; i <= 5; i++)
        {
            await guesser.Says("/start " + new string((char)('A' + i), 24), "Такого приглашения нет");
            bot.Time.Advance(TimeSpan.FromMinutes(1));
        }
        var locked = await guesser.Says("/start " + good, "Ввод кодов временно заблокирован");
        Assert.Contains("минут", locked.Text, StringComparison.Ordinal);

        bot.Time.Advance(TimeSpan.FromMinutes(31));
        await guesser.Says("/start " + good, "Вас приглашает");
    }

    [Theory]
    [InlineData("telegram")]
    [InlineData("max")]
    public async Task A_code_typed_as_plain_text_works_like_the_link(string channel)
    {
        await using var bot = await BotHarness.StartAsync(channel);
        bot.SeedDemoSchools();
        var coordinator = await bot.JoinCoordinatorAsync();
        var code = await coordinator.CreateInviteAsync("Учитель", "Верхняя Пышма", ["МАОУ «СОШ №7»"]);
        var teacher = bot.User(204);

        await teacher.Says("/start", "Бот работает по приглашениям");
        await teacher.Says("  " + code + " ", "Вас приглашает Огнивова Вера Геннадьевна");
    }

    [Theory]
    [InlineData("telegram")]
    [InlineData("max")]
    public async Task Declining_consent_stores_nothing_and_keeps_the_invite_unused(string channel)
    {
        await using var bot = await BotHarness.StartAsync(channel);
        bot.SeedDemoSchools();
        var coordinator = await bot.JoinCoordinatorAsync();
        var code = await coordinator.CreateInviteAsync("Учитель", "Верхняя Пышма", ["МАОУ «СОШ №7»"]);
        var teacher = bot.User(205);

        await teacher.Says("/start " + code, "Согласие на обработку персональных данных");
        await teacher.Says("Иванова", "ответьте кнопкой");
        await teacher.Presses("Не согласен", "Без согласия на обработку персональных данных");

        Assert.Null(bot.Get<ParticipantRepository>().Find(new ChannelUser(channel, 205)));
        Assert.Equal(0, bot.Get<InviteRepository>().Get(code)!.Uses);
        await teacher.Says("/menu", "Сначала нужно подключиться");
    }

    [Theory]
    [InlineData("telegram")]
    [InlineData("max")]
    public async Task A_staff_name_is_validated_with_a_clear_prompt(string channel)
    {
        await using var bot = await BotHarness.StartAsync(channel);
        var coordinator = bot.User(BotHarness.CoordinatorId, "Вера");
        await coordinator.Says("/start", "Согласие");
        await coordinator.Presses("Согласен", "Как к вам обращаться?");

        await coordinator.Says("12", "Имя должно быть от 3 до 100 символов");
        await coordinator.Says(new string('я', 101), "Имя должно быть от 3 до 100 символов");
        await coordinator.Presses("Использовать «Вера»", "Вы подключены");
        Assert.Equal("Вера", bot.Get<ParticipantRepository>().Find(new ChannelUser(channel, BotHarness.CoordinatorId))!.DisplayName);
    }
}
