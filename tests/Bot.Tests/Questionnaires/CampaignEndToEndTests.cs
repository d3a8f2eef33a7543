using SchoolSupport.Bot.Delivery;
using SchoolSupport.Bot.Features.Questionnaires;
using SchoolSupport.Bot.Tests.Delivery;
using SchoolSupport.Bot.Tests.Harness;
using SchoolSupport.Bot.Tests.Reviews;
using SchoolSupport.Domain.Campaigns;
using SchoolSupport.Domain.Messaging;
using SchoolSupport.Domain.Participants;
using static SchoolSupport.Bot.Tests.Questionnaires.CampaignScenarios;

namespace SchoolSupport.Bot.Tests.Questionnaires;

/// <summary>
/// A whole campaign at МАОУ «СОШ №7» (Верхняя Пышма, UTC+5), 26 November – 2 December 2026: the school team opens it,
/// teachers are invited in the bot, a parent and a student join by the class links, people answer, the team follows the
/// matrix, reminders go out, the campaign closes.
/// </summary>
public sealed class CampaignEndToEndTests
{
    private const string Reminder = "⏰ Напоминание";

    [Fact]
    public async Task A_full_campaign_with_teachers_parents_and_students()
    {
        await using var bot = await BotHarness.StartAsync();
        var cast = await bot.CastAsync();
        var team = cast.Team;
        bot.Person(201, Role.Teacher, "Первая Анна Ивановна");
        bot.Person(202, Role.Teacher, "Вторая Белла Петровна");
        bot.Person(203, Role.Teacher, "Третья Вера Сергеевна");
        bot.Person(402, Role.Student, grade: 9, parentalConsent: false);
        var (t1, t2, t3, unconsented) = (bot.User(201), bot.User(202), bot.User(203), bot.User(402));

        var c = await team.OpenCampaignAsync(bot, [Changes, Parents, Students]);
        Assert.Equal(["t", "p9", "s9"], c.Slots.OrderBy(s => s.Group.Kind).Select(s => s.Group.Key));
        Assert.Equal(["p9", "s9"], c.Links.Select(l => l.GroupKey));
        foreach (var t in new[] { t1, t2, t3 }) Assert.Contains("Есть ли изменения?", (await t.WaitFor("проводит анкетирование до 2 декабря")).Text, StringComparison.Ordinal);
        Assert.Equal(0, unconsented.Count("проводит анкетирование"));

        // The team watches the card: it is kept up to date.
        var list = await team.Says("/campaign", "📋 Анкетирование");
        var card = await team.StepAsync(list.MessageId, School);
        Assert.Contains("• Учителя — «Есть ли изменения?»\n   ответили 0", card, StringComparison.Ordinal);

        // A parent joins by the class link and gets the questionnaire with the welcome; the job does not invite them again.
        var parent = await bot.JoinWithCodeAsync(301, team.LinkCode("Родители 9 класса"), null);
        Assert.Contains("Ответы анонимны", (await parent.WaitFor("проводит анкетирование")).Text, StringComparison.Ordinal);
        await bot.RunCampaignJobAsync();
        Assert.Single(bot.Get<Outbox>().ForChat("telegram", 301), i => i.Message is TextOut { Text: var text } && text.Contains("проводит анкетирование", StringComparison.Ordinal));
        await parent.Starts(Parents);
        var review = await parent.AnswersFirstOptions("Больше кружков после уроков");
        Assert.Contains("16. Что школе стоит улучшить в первую очередь? — «Больше кружков после уроков»", review, StringComparison.Ordinal);
        Assert.Contains("отправлена. Ответы хранятся без имени", await parent.Answers("Отправить анкету"), StringComparison.Ordinal);

        // A student joins by the link the school made after confirming the parents' consents; a restart and /cancel lose nothing.
        var student = await bot.JoinWithCodeAsync(401, team.LinkCode("Обучающиеся 9 класса"), null);
        await student.WaitFor("проводит анкетирование");
        Assert.Contains("Вопрос 1 из 17", await student.Starts(Students), StringComparison.Ordinal);
        await student.Answers("Скорее да");
        await student.Answers("Да");
        await bot.RestartAsync();
        Assert.Contains("Вопрос 4 из 17", await student.Types("2"), StringComparison.Ordinal);
        await student.Says("/cancel", "Действие отменено");
        await student.Presses("Мои анкеты", "отвечено 3 из 17");
        student.Press("Продолжить анкету «Анкета для обучающихся");
        await student.WaitFor("Вопрос 4 из 17", 2);
        await student.AnswersFirstOptions();
        await student.Answers("Отправить анкету");

        // A student whose parents' consent was never recorded is refused, even with a forged button.
        var studentSlot = c.Slots.Single(s => s.Group.Kind == GroupKind.Students).Index;
        var menu = await unconsented.Says("/menu", "Главное меню");
        Assert.Equal(FillingTexts.NoParentalConsent, await unconsented.PressesData(menu.MessageId, QuestionnaireCallbacks.Go(c.Id, studentSlot)));
        var mine = await unconsented.Says("/survey", "📝 Ваши анкеты");
        Assert.Contains(FillingTexts.StateNeedsConsent, mine.Text, StringComparison.Ordinal);
        Assert.DoesNotContain(mine.AllButtons, b => b.CallbackData?.StartsWith("q:go:", StringComparison.Ordinal) == true);

        // Teachers: the first submits, the second stops after two answers, the third does not start.
        await t1.Starts(Changes);
        await t1.AnswersAll(Slight);
        await t1.Answers("Отправить анкету");
        await t2.Starts(Changes);
        await t2.Answers(NoChange);
        await t2.Answers(Notable);

        await bot.RunCampaignJobAsync();
        card = team.Messages.Single(m => m.MessageId == list.MessageId).Text!;
        Assert.Contains("• Учителя — «Есть ли изменения?»\n   ответили 1, начали 1", card, StringComparison.Ordinal);
        Assert.Contains("• Родители 9 класса — «Анкета для родителей обучающихся 6 и 9 классов»\n   ответили 1", card, StringComparison.Ordinal);
        Assert.Contains("• Обучающиеся 9 класса — «Анкета для обучающихся 6 и 9 классов»\n   ответили 1", card, StringComparison.Ordinal);
        Assert.Contains("ответов: 3", (await cast.Curator.Says("/campaign", "📋 Анкетирование")).Text, StringComparison.Ordinal);
        Assert.Contains("ответов: 3", (await cast.Coordinator.Says("/campaign", "📋 Анкетирование")).Text, StringComparison.Ordinal);
        bot.AssertNothingLinksAnswersToPeople(parent, student);

        // Reminders three days before the last day, from 10:00 local time, once.
        bot.AdvanceTo(new DateTime(2026, 11, 29, 4, 59, 0, DateTimeKind.Utc));
        await bot.RunCampaignJobAsync();
        Assert.Equal(0, t3.Count(Reminder));
        bot.AdvanceTo(new DateTime(2026, 11, 29, 5, 0, 0, DateTimeKind.Utc));
        await bot.RunCampaignJobAsync();
        Assert.Contains("Вы начали и не отправили: «Есть ли изменения?» (отвечено 2 из 20)", (await t2.WaitFor(Reminder)).Text, StringComparison.Ordinal);
        var notStarted = await t3.WaitFor(Reminder);
        Assert.Equal("⏰ Напоминание: последний день анкетирования — 2 декабря (через 3 дня). Анкета «Есть ли изменения?» ещё не заполнена: это займёт несколько минут.", notStarted.Text);
        Assert.NotNull(notStarted.Button("Есть ли изменения").CallbackData);
        Assert.Contains("• Учителя — «Есть ли изменения?»\n   ответили 1, начали 1", (await team.WaitFor("Ход на сейчас")).Text, StringComparison.Ordinal);
        await bot.RunCampaignJobAsync();
        await bot.RestartAsync();
        await bot.RunCampaignJobAsync();
        Assert.Equal((0, 1, 1, 1), (t1.Count(Reminder), t2.Count(Reminder), t3.Count(Reminder), team.Count("Ход на сейчас")));

        // The last-day window: never at night, never before the hour.
        bot.AdvanceTo(new DateTime(2026, 12, 1, 17, 0, 0, DateTimeKind.Utc)); // 22:00 local
        await bot.RunCampaignJobAsync();
        bot.AdvanceTo(new DateTime(2026, 12, 2, 3, 30, 0, DateTimeKind.Utc)); // 08:30 local on the last day
        await bot.RunCampaignJobAsync();
        Assert.Equal(1, t3.Count(Reminder));
        bot.AdvanceTo(new DateTime(2026, 12, 2, 5, 0, 0, DateTimeKind.Utc));
        await bot.RunCampaignJobAsync();
        Assert.Contains("последний день анкетирования — сегодня, 2 декабря", (await t3.WaitFor(Reminder, 2)).Text, StringComparison.Ordinal);

        // The close: the final summary in the morning; late answers are refused, drafts kept but not counted.
        bot.AdvanceTo(c.ClosesAtUtc);
        await bot.RunCampaignJobAsync();
        await bot.RunDeliveryUntilAsync(() => team.Count("завершено") > 0 && cast.Curator.Count("завершено") > 0, "the final summary");
        var final = team.Messages.Single(m => m.Text?.Contains("завершено", StringComparison.Ordinal) == true).Text!;
        Assert.Contains("Анкетирование в школе МАОУ «СОШ №7» завершено 2 декабря", final, StringComparison.Ordinal);
        Assert.Contains("ответили 1, не завершили 1", final, StringComparison.Ordinal);
        Assert.Contains("Начатых и не отправленных анкет: 1", final, StringComparison.Ordinal);
        var screen = t2.Screen();
        Assert.Equal(FillingTexts.Closed("2 декабря"), await t2.PressesData(screen.MessageId, screen.Button(Slight).CallbackData!));
        Assert.Equal(FillingTexts.Closed("2 декабря"), await t2.Types("1"));
        Assert.Equal(2, Assert.Single(bot.All<Draft>("questionnaire_drafts")).Answers.Count);
        Assert.Equal(3, bot.All<AnswerSheet>("answer_sheets").Count);
        await t2.Says("/survey", FillingTexts.NothingHere);
    }
}
