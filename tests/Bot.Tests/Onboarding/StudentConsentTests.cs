using SchoolSupport.Bot.Storage;
using SchoolSupport.Bot.Tests.Harness;
using SchoolSupport.Domain.Messaging;
using SchoolSupport.Domain.Participants;

namespace SchoolSupport.Bot.Tests.Onboarding;

public sealed class StudentConsentTests
{
    [Theory]
    [InlineData("telegram")]
    [InlineData("max")]
    public async Task A_parent_consents_for_their_child_in_the_bot_and_the_child_joins_with_the_link_it_yields(string channel)
    {
        await using var bot = await BotHarness.StartAsync(channel);
        bot.SeedDemoSchools();
        var coordinator = await bot.JoinCoordinatorAsync();
        var classLink = await coordinator.CreateInviteAsync("Родитель", "Верхняя Пышма", ["МАОУ «СОШ №7»"], 9);
        var parent = await bot.JoinWithCodeAsync(400, classLink, name: null);
        Assert.Null(bot.Get<ParticipantRepository>().Find(new ChannelUser(channel, 400))!.DisplayName);

        await parent.Says("/child", "Согласие родителя (законного представителя)");
        await parent.Presses("Даю согласие", "?start=");
        var childCode = parent.LastInviteCode();

        var child = await bot.JoinWithCodeAsync(401, childCode, name: null);
        await child.WaitFor("Вы подключены: обучающийся");

        var parentRecord = bot.Get<ParticipantRepository>().Find(new ChannelUser(channel, 400))!;
        var forChild = Assert.Single(parentRecord.Consents, c => c.Kind == ConsentKind.ForChild);
        Assert.Equal(9, forChild.Grade);
        var student = bot.Get<ParticipantRepository>().Find(new ChannelUser(channel, 401))!;
        Assert.Equal(Role.Student, Assert.Single(student.Roles).Role);
        Assert.Equal(9, student.Roles[0].Grade);
        var basis = Assert.Single(student.Consents).Basis;
        Assert.Equal("parent", basis!.Source);
        Assert.Equal(parentRecord.Id, basis.ConfirmedBy);
        Assert.Null(student.DisplayName);

        var second = bot.User(402);
        await second.Says("/start " + childCode, "уже использовано");
    }

    [Theory]
    [InlineData("telegram")]
    [InlineData("max")]
    public async Task A_student_class_link_records_who_confirmed_the_written_consents_and_when(string channel)
    {
        await using var bot = await BotHarness.StartAsync(channel);
        bot.SeedDemoSchools();
        var coordinator = await bot.JoinCoordinatorAsync();
        bot.Time.Advance(TimeSpan.FromHours(2));
        var code = await coordinator.CreateInviteAsync("Обучающийся", "Верхняя Пышма", ["МАОУ «СОШ №7»"], 6);

        var invite = bot.Get<InviteRepository>().Get(code)!;
        var coordinatorId = bot.Get<ParticipantRepository>().Find(new ChannelUser(channel, BotHarness.CoordinatorId))!.Id;
        Assert.Equal("school", invite.ParentalConsent!.Source);
        Assert.Equal(coordinatorId, invite.ParentalConsent.ConfirmedBy);
        Assert.Equal(BotHarness.Start.UtcDateTime.AddHours(2), invite.ParentalConsent.ConfirmedAtUtc);

        var student = bot.User(403);
        var notice = await student.Opens(code, "Согласие родителей записано");
        Assert.Contains("Привет!", notice.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("telegram")]
    [InlineData("max")]
    public async Task A_student_link_without_recorded_parental_consent_is_refused(string channel)
    {
        await using var bot = await BotHarness.StartAsync(channel);
        bot.SeedDemoSchools();
        await bot.JoinCoordinatorAsync();
        var coordinatorId = bot.Get<ParticipantRepository>().Find(new ChannelUser(channel, BotHarness.CoordinatorId))!.Id;
        var code = new string('S', 24);
        bot.Get<Store>().Write(() => bot.Get<InviteRepository>().Save(new Invite
        {
            Id = code, Role = Role.Student, SchoolIds = [1], Grade = 6, CreatedBy = coordinatorId,
            CreatedAtUtc = BotHarness.Start.UtcDateTime, ExpiresAtUtc = BotHarness.Start.UtcDateTime.AddDays(7), MaxUses = 30,
        }));

        var student = bot.User(404);
        await student.Says("/start " + code, "не записано согласие родителей");
        Assert.Null(bot.Get<ParticipantRepository>().Find(new ChannelUser(channel, 404)));
    }
}
