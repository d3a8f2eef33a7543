using SchoolSupport.Bot.Tests.Harness;
using SchoolSupport.Domain.Participants;
using static SchoolSupport.Bot.Tests.Mailings.MailingPeople;

namespace SchoolSupport.Bot.Tests.Mailings;

public sealed class AudiencePickerTests
{
    [Fact]
    public async Task A_coordinator_narrows_the_audience_by_role_municipality_and_school_and_sees_the_live_count_after_every_press()
    {
        await using var bot = await BotHarness.StartAsync();
        bot.SeedDemoSchools();
        var coordinator = await bot.JoinCoordinatorAsync();
        bot.Member(201, Role.Teacher, School7);
        bot.Member(202, Role.Teacher, School9);
        bot.Member(203, Role.Teacher, School7, blocked: true);
        bot.Member(204, Role.Parent, School7);
        bot.Member(205, Role.Teacher, Vasilyevskaya);
        bot.Member(206, Role.SchoolTeam, School7);

        var picker = await coordinator.StartMailingAsync("Совещание в пятницу");
        var home = coordinator.Messages.Single(m => m.MessageId == picker.MessageId);
        Assert.Contains("Все в вашей зоне", home.Text, StringComparison.Ordinal);
        Assert.Contains("Сейчас получат: 5. Не получат: 1 — заблокировали бота: 1.", home.Text, StringComparison.Ordinal);
        Assert.Contains("✓ Все роли", home.AllButtons.Select(b => b.Text));

        var text = await coordinator.StepAsync(picker.MessageId, "Учителя");
        Assert.Contains("Сейчас получат: 3. Не получат: 1 — заблокировали бота: 1.", text, StringComparison.Ordinal);
        Assert.Contains("✓ Учителя", Buttons(coordinator, picker));

        await coordinator.StepAsync(picker.MessageId, "Муниципалитеты");
        text = await coordinator.StepAsync(picker.MessageId, "Верхняя Пышма");
        Assert.Contains("Сейчас получат: 2. Не получат: 1", text, StringComparison.Ordinal);

        await coordinator.StepAsync(picker.MessageId, "Назад");
        text = await coordinator.StepAsync(picker.MessageId, "Школы: все");
        Assert.Contains("стр. 1 из 2", text, StringComparison.Ordinal);
        Assert.Contains("▶️", Buttons(coordinator, picker));
        Assert.Equal(8, Buttons(coordinator, picker).Count(b => b.StartsWith("МАОУ", StringComparison.Ordinal)));
        text = await coordinator.StepAsync(picker.MessageId, School7);
        Assert.Contains("Сейчас получат: 1. Не получат: 1 — заблокировали бота: 1.", text, StringComparison.Ordinal);

        text = await coordinator.StepAsync(picker.MessageId, "Назад");
        Assert.Contains("Роли: учителя; муниципалитет: Верхняя Пышма; школа: МАОУ «СОШ №7»", text, StringComparison.Ordinal);
        Assert.Contains("🏫 Школы: выбрано 1 школа", Buttons(coordinator, picker));

        var controls = await coordinator.FinishAudienceAsync();
        Assert.Contains("Получат: 1. Не получат: 1 — заблокировали бота: 1.", controls, StringComparison.Ordinal);
        Assert.Contains("👥 Получатели: Роли: учителя", coordinator.Messages.Single(m => m.MessageId == picker.MessageId).Text, StringComparison.Ordinal);

        await coordinator.Presses("Изменить аудиторию", "Кому отправить?");
        var again = coordinator.Messages.Last(m => m.Text?.Contains("Кому отправить?", StringComparison.Ordinal) == true);
        text = await coordinator.StepAsync(again.MessageId, "Все в моей зоне");
        Assert.Contains("Все в вашей зоне", text, StringComparison.Ordinal);
        Assert.Contains("Сейчас получат: 5.", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task School_attributes_and_cohorts_narrow_to_matching_schools_and_an_empty_choice_cannot_be_finished()
    {
        await using var bot = await BotHarness.StartAsync();
        bot.SeedDemoSchools();
        var coordinator = await bot.JoinCoordinatorAsync();
        bot.Member(201, Role.Teacher, School7);   // «500+» 2022
        bot.Member(202, Role.Teacher, School9);   // «500+» 2021
        bot.Member(205, Role.Teacher, Vasilyevskaya);

        var picker = await coordinator.StartMailingAsync("Вебинар для школ «500+»");
        await coordinator.StepAsync(picker.MessageId, "Признаки школ");
        Assert.Contains("«500+» 2021", Buttons(coordinator, picker));
        var text = await coordinator.StepAsync(picker.MessageId, "«500+» 2021");
        Assert.Contains("Сейчас получат: 1.", text, StringComparison.Ordinal);
        text = await coordinator.StepAsync(picker.MessageId, "«500+» 2022");
        Assert.Contains("Сейчас получат: 2.", text, StringComparison.Ordinal);
        text = await coordinator.StepAsync(picker.MessageId, "Назад");
        Assert.Contains("Школы «500+» наборов 2021, 2022 годов", text, StringComparison.Ordinal);

        text = await coordinator.StepAsync(picker.MessageId, "Родители");
        Assert.Contains("Сейчас получат: 0.", text, StringComparison.Ordinal);
        var answers = bot.Api.CallbackAnswers.Count;
        coordinator.Press("Готово");
        await bot.WaitForAnswerAsync(answers);
        Assert.Contains("никто не получит", bot.Api.CallbackAnswers[^1].Text, StringComparison.Ordinal);
        Assert.Equal(0, coordinator.Count("Отправить сейчас или запланировать?"));
    }

    [Fact]
    public async Task A_school_team_member_chooses_only_roles_and_reaches_only_their_own_school()
    {
        await using var bot = await BotHarness.StartAsync();
        bot.SeedDemoSchools();
        var director = bot.Member(300, Role.SchoolTeam, School7);
        bot.Member(201, Role.Teacher, School7);
        bot.Member(204, Role.Parent, School7);
        bot.Member(202, Role.Teacher, School9);

        var picker = await director.StartMailingAsync("Родительское собрание");
        var home = director.Messages.Single(m => m.MessageId == picker.MessageId);
        Assert.Contains("(школа МАОУ «СОШ №7»)", home.Text, StringComparison.Ordinal);
        Assert.Contains("Сейчас получат: 2.", home.Text, StringComparison.Ordinal);
        Assert.DoesNotContain(home.AllButtons, b => b.Text.Contains("Координаторы", StringComparison.Ordinal)
            || b.Text.Contains("Муниципалитеты", StringComparison.Ordinal) || b.Text.Contains("Школы:", StringComparison.Ordinal));

        var text = await director.StepAsync(picker.MessageId, "Родители");
        Assert.Contains("Сейчас получат: 1.", text, StringComparison.Ordinal);

        // A forged press for a role a school team may not pick changes nothing.
        var answers = bot.Api.CallbackAnswers.Count;
        var version = home.Button("Родители").CallbackData!.Split(':')[^1];
        director.PressData(picker.MessageId, $"bc:a:r:{(int)Role.Coordinator}:{version}");
        await bot.WaitForAnswerAsync(answers);
        Assert.Contains("больше не действует", bot.Api.CallbackAnswers[^1].Text, StringComparison.Ordinal);
        Assert.Contains("Сейчас получат: 1.", director.Messages.Single(m => m.MessageId == picker.MessageId).Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Someone_who_may_not_broadcast_is_told_so()
    {
        await using var bot = await BotHarness.StartAsync();
        bot.SeedDemoSchools();
        var teacher = bot.Member(201, Role.Teacher, School7);

        await teacher.Says("/mailing", "могут координаторы и школьные команды");
        var menu = await teacher.Says("/menu", "Главное меню");
        var answers = bot.Api.CallbackAnswers.Count;
        teacher.PressData(menu.MessageId, "bc:a:ra:0:1");
        await bot.WaitForAnswerAsync(answers);
        Assert.Contains("больше не действует", bot.Api.CallbackAnswers[^1].Text, StringComparison.Ordinal);
    }

    private static IReadOnlyList<string> Buttons(TestUser user, RecordedMessageRef message) =>
        [.. user.Messages.Single(m => m.MessageId == message.MessageId).AllButtons.Select(b => b.Text)];
}
