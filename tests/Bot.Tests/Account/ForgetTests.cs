using SchoolSupport.Bot.Delivery;
using SchoolSupport.Bot.Storage;
using SchoolSupport.Bot.Tests.Harness;
using SchoolSupport.Domain.Messaging;

namespace SchoolSupport.Bot.Tests.Account;

public sealed class ForgetTests
{
    [Fact]
    public async Task Forget_deletes_the_person_their_conversation_and_their_messages_after_confirmation()
    {
        await using var bot = await BotHarness.StartAsync();
        bot.SeedDemoSchools();
        var coordinator = await bot.JoinCoordinatorAsync();
        var code = await coordinator.CreateInviteAsync("Учитель", "Верхняя Пышма", ["МАОУ «СОШ №7»"]);
        var teacher = await bot.JoinWithCodeAsync(500, code, "Удаляева Нина Петровна");
        var user = new ChannelUser("telegram", 500);

        await teacher.Says("/forget", "Удалить ваши персональные данные?");
        await teacher.Presses("Нет, оставить", "ничего не удаляю");
        Assert.NotNull(bot.Get<ParticipantRepository>().Find(user));

        await teacher.Says("/forget", "Удалить ваши персональные данные?");
        await teacher.Presses("Да, удалить", "Ваши данные удалены");

        Assert.Null(bot.Get<ParticipantRepository>().Find(user));
        Assert.DoesNotContain(bot.Get<ParticipantRepository>().All(), p => p.DisplayName == "Удаляева Нина Петровна");
        var left = bot.Get<Outbox>().ForChat("telegram", 500);
        Assert.All(left, item => Assert.DoesNotContain("Удаляева", item.Message.ToString(), StringComparison.Ordinal));
        Assert.True(bot.Get<ConversationRepository>().Get(user).IsIdle());
        await teacher.Says("/me", "Сначала нужно подключиться");
    }

    [Fact]
    public async Task Me_shows_roles_schools_and_consent_with_its_version()
    {
        await using var bot = await BotHarness.StartAsync();
        bot.SeedDemoSchools();
        var coordinator = await bot.JoinCoordinatorAsync();
        var me = await coordinator.Says("/me", "Ваш профиль");
        Assert.Contains("Огнивова Вера Геннадьевна", me.Text, StringComparison.Ordinal);
        Assert.Contains("координатор", me.Text, StringComparison.Ordinal);
        Assert.Contains("consent-personal-data-v1", me.Text, StringComparison.Ordinal);
        Assert.Contains("26 ноября 2026, 10:00", me.Text, StringComparison.Ordinal);
        var help = await coordinator.Says("/help", "Что я умею");
        Assert.Contains("/invite", help.Text, StringComparison.Ordinal);
    }
}
