using SchoolSupport.Bot.Storage;
using SchoolSupport.Bot.Tests.Harness;
using SchoolSupport.Domain.Messaging;
using SchoolSupport.Domain.Participants;

namespace SchoolSupport.Bot.Tests.Invites;

public sealed class InviteRedemptionTests
{
    private const string Pyshma = "Верхняя Пышма";

    public static TheoryData<string, string, string?, string, int?, string?, Role> Roles()
    {
        var data = new TheoryData<string, string, string?, string, int?, string?, Role>();
        foreach (var channel in new[] { "telegram", "max" })
        {
            // messenger, role button, municipality, schools ("|"-separated), grade, name typed by the invitee, role granted
            data.Add(channel, "Куратор", Pyshma, "МАОУ «СОШ №7»|МАОУ «СОШ №9»", null, "Скутин Виктор Сергеевич", Role.Curator);
            data.Add(channel, "Школьная команда", Pyshma, "МАОУ «СОШ №7»", null, "Директорова Анна Ивановна", Role.SchoolTeam);
            data.Add(channel, "Учитель", Pyshma, "МАОУ «СОШ №9»", null, "Учителева Ольга Петровна", Role.Teacher);
            data.Add(channel, "Родитель", Pyshma, "МАОУ «СОШ №7»", 9, null, Role.Parent);
            data.Add(channel, "Обучающийся", Pyshma, "МАОУ «СОШ №7»", 6, null, Role.Student);
            data.Add(channel, "Координатор", "Калининский район", "", null, "Калининская Мария Андреевна", Role.Coordinator);
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(Roles))]
    public async Task A_coordinator_invites_each_role_and_the_invitee_joins_with_exactly_that_role(
        string channel, string roleButton, string? municipality, string schools, int? grade, string? name, Role role)
    {
        await using var bot = await BotHarness.StartAsync(channel);
        bot.SeedDemoSchools();
        var coordinator = await bot.JoinCoordinatorAsync();

        var schoolList = schools.Split('|', StringSplitOptions.RemoveEmptyEntries);
        var code = await coordinator.CreateInviteAsync(roleButton, municipality, schoolList, grade);
        var invitee = await bot.JoinWithCodeAsync(200, code, name);

        var joined = bot.Get<ParticipantRepository>().Find(new ChannelUser(channel, invitee.Id));
        Assert.NotNull(joined);
        var grant = Assert.Single(joined.Roles);
        Assert.Equal(role, grant.Role);
        Assert.Equal(grade, grant.Grade);
        var schoolNames = bot.Get<SchoolRepository>().Get(grant.SchoolIds).Select(s => s.Name).Order().ToArray();
        Assert.Equal(schoolList.Order().ToArray(), schoolNames);
        Assert.Equal(name, joined.DisplayName);
        if (role == Role.Coordinator) Assert.Equal(["kalininsky"], grant.MunicipalityIds);
        if (role == Role.Student) Assert.NotNull(Assert.Single(joined.Consents).Basis);
        if (name is not null) await coordinator.WaitFor($"{name} принял(а) ваше приглашение");
        else Assert.Equal(0, coordinator.Count("принял(а) ваше приглашение"));
        Assert.Equal(1, bot.Get<InviteRepository>().Get(code)!.Uses);
    }

    [Theory]
    [InlineData("telegram")]
    [InlineData("max")]
    public async Task A_school_team_member_invites_a_teacher_of_their_own_school_only(string channel)
    {
        await using var bot = await BotHarness.StartAsync(channel);
        bot.SeedDemoSchools();
        var coordinator = await bot.JoinCoordinatorAsync();
        var teamCode = await coordinator.CreateInviteAsync("Школьная команда", Pyshma, ["МАОУ «СОШ №7»"]);
        var director = await bot.JoinWithCodeAsync(300, teamCode, "Директорова Анна Ивановна");

        var wizard = await director.Says("/invite", "Кого вы приглашаете?");
        Assert.Equal(["Учитель", "Родитель", "Обучающийся"], wizard.AllButtons.Select(b => b.Text).ToArray());
        var card = await director.StepAsync(wizard.MessageId, "Учитель");
        Assert.Contains("школа МАОУ «СОШ №7»", card, StringComparison.Ordinal);

        var teacher = await bot.JoinWithCodeAsync(301, director.LastInviteCode(), "Петрова Мария Ивановна");
        var joined = bot.Get<ParticipantRepository>().Find(new ChannelUser(channel, teacher.Id))!;
        Assert.Equal(Role.Teacher, Assert.Single(joined.Roles).Role);
        await director.WaitFor("Петрова Мария Ивановна принял(а) ваше приглашение");
    }

    [Theory]
    [InlineData("telegram")]
    [InlineData("max")]
    public async Task An_invite_card_offers_a_printable_QR_code_of_the_deep_link(string channel)
    {
        await using var bot = await BotHarness.StartAsync(channel);
        bot.SeedDemoSchools();
        var coordinator = await bot.JoinCoordinatorAsync();
        var code = await coordinator.CreateInviteAsync("Родитель", Pyshma, ["МАОУ «СОШ №7»"], 6);

        var qr = await coordinator.Presses("QR-код", "Приглашение: родитель");
        Assert.Equal("photo", qr.Kind);
        Assert.NotNull(qr.FileContent);
        Assert.Equal([0x89, 0x50, 0x4E, 0x47], qr.FileContent!.Take(4).ToArray());
        var card = coordinator.Messages.Last(m => m.Text?.Contains("?start=", StringComparison.Ordinal) == true);
        var link = channel == "max" ? $"https://max.ru/{SchoolSupport.TestMaxApi.TestMaxApiServer.DefaultBotUsername}?start={code}" : $"https://t.me/{bot.Api.BotUsername}?start={code}";
        Assert.Contains(link, card.Text, StringComparison.Ordinal);
        Assert.Contains("Использовано 0 из 60", card.Text, StringComparison.Ordinal);
    }
}
