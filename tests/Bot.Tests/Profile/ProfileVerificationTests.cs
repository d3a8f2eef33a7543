using SchoolSupport.Bot.Features.Profile;
using SchoolSupport.Bot.Storage;
using SchoolSupport.Bot.Tests.Harness;
using SchoolSupport.Domain.Participants;
using SchoolSupport.Domain.Risks;
using static SchoolSupport.Bot.Tests.Questionnaires.CampaignScenarios;

namespace SchoolSupport.Bot.Tests.Profile;

/// <summary>
/// The school's risk profile in chat: the team gets the ten risks with the «Есть ли изменения?» blocks and a PNG chart,
/// goes through the risks with the curator (confirm with a comment, reject without, activate), every decision is stored
/// with who and when and shown in the profile; stale and forged presses change nothing.
/// </summary>
public sealed class ProfileVerificationTests
{
    private static readonly byte[] PngSignature = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];
    private const string Header = "🎯 Рисковый профиль · МАОУ «СОШ №7»";

    [Fact]
    public async Task The_team_gets_the_profile_and_chart_and_verifies_the_risks_with_the_curator()
    {
        var world = await ProfileWorld.StartAsync();
        await using var bot = world.Bot;
        var (team, curator) = (world.Cast.Team, world.Cast.Curator);

        var profile = (await team.Says("/profile", Header)).Text!;

        Assert.Contains("Учтено анкет: 36 (руководитель 1, учителя 24 (2 анкеты), родители 9 класса 8, обучающиеся 9 класса 3).", profile, StringComparison.Ordinal);
        Assert.Contains("🟠 3. Недостаточная предметная и методическая компетентность педагогических работников\n   0,50 — средняя · выше порога: учителя 0,50 · 48 ответов от 12 человек\n", profile, StringComparison.Ordinal);
        // The principal answers for the school and is named; teachers are not needed to cover them.
        Assert.Contains("🔴 1. Низкий уровень оснащения школы\n   0,69 — высокая · выше порога: руководитель 0,87, учителя 0,50 · 17 ответов от 13 человек\n", profile, StringComparison.Ordinal);
        // Risk 4 rests on 3 students: they are hidden, and the parents with them (subtraction), so no group is named.
        Assert.Contains("🔴 4. Риски низкой адаптивности учебного процесса\n   0,75 — высокая · группы не названы: в них меньше 5 ответивших", profile, StringComparison.Ordinal);
        // Risk 10: teachers 0,50, parents 0, students 1 with weight 1,5 → 0,57; the 3 students and then the parents are not named.
        Assert.Contains("🟠 10. Низкая учебная мотивация обучающихся\n   0,57 — средняя · выше порога: учителя 0,50 · 63 ответа от 23 человек\n", profile, StringComparison.Ordinal);
        Assert.DoesNotContain("обучающиеся 1,00", profile, StringComparison.Ordinal);
        Assert.Contains("«Есть ли изменения?» (учителя, ответили 12):\n• Доверие и сотрудничество — есть изменения: изменений нет 0 % · незначительные изменения 100 % · заметные изменения 0 %", profile, StringComparison.Ordinal);
        Assert.Equal(10, profile.Split('\n').Count(l => l.Length > 3 && "🔴🟠🟢⚪".Contains(l[..2], StringComparison.Ordinal) && char.IsDigit(l[3])));

        var chart = await team.WaitFor("📈 МАОУ «СОШ №7»: высокая значимость —");
        Assert.Equal("photo", chart.Kind);
        Assert.Equal(PngSignature, chart.FileContent![..8]);
        Assert.True(chart.FileContent.Length > 10_000, $"a blank chart? {chart.FileContent.Length} bytes");
        Assert.Contains("Линии — пороги 0,60 и 0,40.", chart.Text, StringComparison.Ordinal);

        // The team confirms risk 3 with a comment and makes it a working direction.
        var screen = team.Messages.Last(m => m.Text == profile);
        var list = await team.StepAsync(screen.MessageId, "Верификация рисков");
        Assert.Contains("(сейчас: 0 из 3)", list, StringComparison.Ordinal);
        var card = await team.StepAsync(screen.MessageId, "3. Компетентность педагогов");
        Assert.Contains("Сейчас: не верифицирован", card, StringComparison.Ordinal);
        var ask = await team.StepAsync(screen.MessageId, "Подтвердить");
        Assert.StartsWith("Подтвердить риск «Недостаточная предметная", ask, StringComparison.Ordinal);
        var saved = await team.Says("Подтверждаем: мало методических объединений", "Сохранено: риск подтверждён.");
        Assert.Contains("Сейчас: ✅ подтверждён", saved.Text, StringComparison.Ordinal);
        Assert.Contains("Директорова Анна Петровна подтвердил(а): «Подтверждаем: мало методических объединений»", saved.Text, StringComparison.Ordinal);
        var activated = await team.StepAsync(saved.MessageId, "Сделать рабочим направлением");
        Assert.Contains("Сохранено: риск стал рабочим направлением.", activated, StringComparison.Ordinal);
        var teamCard = team.Messages.Single(m => m.MessageId == saved.MessageId);
        var told = await curator.WaitFor("🎯 МАОУ «СОШ №7»: Директорова Анна Петровна подтвердил(а) риск «Недостаточная предметная");
        Assert.EndsWith(": «Подтверждаем: мало методических объединений»", told.Text, StringComparison.Ordinal);
        Assert.Equal(ProfileCallbacks.Risk(bot.SchoolId(), 3), told.Button("Открыть риск").CallbackData);

        // The curator rejects risk 8 without a comment.
        var curatorProfile = await curator.Says("/profile", Header);
        await curator.StepAsync(curatorProfile.MessageId, "Верификация рисков");
        await curator.StepAsync(curatorProfile.MessageId, "8. Вовлечённость родителей");
        await curator.StepAsync(curatorProfile.MessageId, "Отклонить");
        var rejected = await curator.StepAsync(curatorProfile.MessageId, "Без комментария");
        Assert.Contains("Сохранено: риск отклонён.", rejected, StringComparison.Ordinal);
        Assert.Contains("Куратова Ирина Ивановна отклонил(а)\n", rejected + "\n", StringComparison.Ordinal);
        await team.WaitFor("🎯 МАОУ «СОШ №7»: Куратова Ирина Ивановна отклонил(а) риск «Низкий уровень вовлеченности родителей».");

        // The team's card was drawn before the curator's decision: its press is stale and changes nothing.
        var stale = await team.PressesData(teamCard.MessageId, teamCard.Button("Снять рабочее направление").CallbackData!);
        Assert.Equal(ProfileTexts.Refusal(VerificationRefusal.Stale), stale);
        var school = bot.SchoolId();
        var stored = bot.Get<VerificationRepository>().Get(school);
        Assert.Equal(3, stored.Step());
        Assert.Equal(VerificationState.Active, stored.StateOf(3));
        var now = bot.Time.GetUtcNow().UtcDateTime;
        Assert.Equal(
            [(3, VerificationTrigger.Confirm, "Подтверждаем: мало методических объединений"), (3, VerificationTrigger.Activate, null), (8, VerificationTrigger.Reject, null)],
            stored.Decisions.Select(d => (d.RiskId, d.Trigger, d.Comment)));
        Assert.All(stored.Decisions, d => Assert.Equal(now, d.AtUtc));
        var people = bot.Get<ParticipantRepository>();
        Assert.Equal(["Директорова Анна Петровна", "Директорова Анна Петровна", "Куратова Ирина Ивановна"], stored.Decisions.Select(d => people.Get(d.By)!.DisplayName));

        // A forged press from a teacher of the school and one from the coordinator change nothing either.
        bot.Person(701, Role.Teacher, "Учительская Мария Львовна");
        var teacher = bot.User(701);
        var menu = await teacher.Says("/profile", "Рисковый профиль школы видят школьная команда");
        var forged = ProfileCallbacks.Decide(school, 2, VerificationTrigger.Confirm, 3);
        Assert.Equal(ProfileTexts.NotYours, await teacher.PressesData(menu.MessageId, forged));
        var coordinator = world.Cast.Coordinator;
        var pick = await coordinator.Says("/menu", "Главное меню");
        Assert.Equal(ProfileTexts.NotVerifier, await coordinator.PressesData(pick.MessageId, forged));
        Assert.Equal(3, bot.Get<VerificationRepository>().Get(school).Step());

        // The profile shows the decisions.
        var after = (await team.Says("/profile", Header)).Text!;
        Assert.Contains("3. Недостаточная предметная и методическая компетентность педагогических работников — 🎯 рабочее направление", after, StringComparison.Ordinal);
        Assert.Contains("8. Низкий уровень вовлеченности родителей — ❌ отклонён", after, StringComparison.Ordinal);
        Assert.Contains("Верификация: решено по 2 из 10 рисков; рабочие направления — 3.\nПоследнее решение: Куратова Ирина Ивановна, 26 ноября 2026, 12:00.", after, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_comment_typed_long_after_the_press_is_not_taken_as_the_decision()
    {
        var world = await ProfileWorld.StartAsync();
        await using var bot = world.Bot;
        var team = world.Cast.Team;
        var profile = await team.Says("/profile", Header);
        await team.StepAsync(profile.MessageId, "Верификация рисков");
        await team.StepAsync(profile.MessageId, "3. Компетентность педагогов");
        await team.StepAsync(profile.MessageId, "Подтвердить");

        bot.Time.Advance(ProfileVerifier.CommentWaits + TimeSpan.FromMinutes(1));
        await team.Says("спасибо", ProfileTexts.CommentExpired);

        Assert.Equal(VerificationState.Unverified, bot.Get<VerificationRepository>().Get(bot.SchoolId()).StateOf(3));
        await team.Says("спасибо", "Выберите действие в меню");
    }

    [Theory]
    [InlineData("telegram")]
    [InlineData("max")]
    public async Task The_profile_chart_and_a_decision_work_in_each_messenger(string channel)
    {
        var world = await ProfileWorld.StartAsync(channel);
        await using var bot = world.Bot;
        var team = world.Cast.Team;

        var profile = await team.Says("/profile", Header);
        Assert.Contains("🟠 3. Недостаточная предметная и методическая компетентность педагогических работников", profile.Text, StringComparison.Ordinal);
        var chart = await team.WaitFor("📈 МАОУ «СОШ №7»: высокая значимость —");
        Assert.Equal(PngSignature, chart.FileContent![..8]);

        await team.StepAsync(profile.MessageId, "Верификация рисков");
        await team.StepAsync(profile.MessageId, "3. Компетентность педагогов");
        await team.StepAsync(profile.MessageId, "Подтвердить");
        await team.Says("Подтверждаем", "Сохранено: риск подтверждён.");
        Assert.Equal(VerificationState.Confirmed, bot.Get<VerificationRepository>().Get(bot.SchoolId()).StateOf(3));
    }
}

