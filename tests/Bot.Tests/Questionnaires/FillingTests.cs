using SchoolSupport.Bot.Features.Questionnaires;
using SchoolSupport.Bot.Tests.Harness;
using SchoolSupport.Bot.Tests.Reviews;
using SchoolSupport.Domain.Campaigns;
using SchoolSupport.Domain.Participants;
using static SchoolSupport.Bot.Tests.Questionnaires.CampaignScenarios;

namespace SchoolSupport.Bot.Tests.Questionnaires;

public sealed class FillingTests
{
    [Theory]
    [InlineData("telegram")]
    [InlineData("max")]
    public async Task A_teacher_goes_back_changes_an_answer_on_the_review_screen_and_submits_once(string channel)
    {
        await using var bot = await BotHarness.StartAsync(channel);
        var cast = await bot.CastAsync();
        bot.Person(201, Role.Teacher, "Учителева Анна Петровна");
        var teacher = bot.User(201);
        var c = await cast.Team.OpenCampaignAsync(bot, [Changes]);

        await teacher.WaitFor("проводит анкетирование до 2 декабря включительно");
        var first = await teacher.Starts(Changes);
        Assert.StartsWith("📝 Есть ли изменения? · Вопрос 1 из 20\n\n▫️ Доверие и сотрудничество", first, StringComparison.Ordinal);
        Assert.Contains("Уважаемые коллеги!", teacher.Messages[^2].Text, StringComparison.Ordinal);
        Assert.Contains("Вопрос 2 из 20", await teacher.Answers(NoChange), StringComparison.Ordinal);
        var back = await teacher.Answers("Назад");
        Assert.Contains("Вопрос 1 из 20", back, StringComparison.Ordinal);
        Assert.Contains("Ваш ответ: Изменений нет", back, StringComparison.Ordinal);
        await teacher.Answers(Notable);
        var review = await teacher.AnswersAll(Slight);
        Assert.Contains("1. Учителя наблюдают и обсуждают преподавание друг с другом — Заметные изменения", review, StringComparison.Ordinal);
        Assert.Contains("3. Учителя совместно разрабатывают программы и учебные планы — Незначительные изменения", review, StringComparison.Ordinal);

        Assert.Contains("Вопрос 3 из 20", await teacher.Answers("3"), StringComparison.Ordinal);
        review = await teacher.Answers(NoChange);
        Assert.Contains("3. Учителя совместно разрабатывают программы и учебные планы — Изменений нет", review, StringComparison.Ordinal);
        var reviewMessage = teacher.Screen();
        var submit = reviewMessage.Button("Отправить анкету").CallbackData!;
        Assert.Contains("отправлена. Ответы хранятся без имени", await teacher.Answers("Отправить анкету"), StringComparison.Ordinal);

        // The same press again (a double press, or the button of an older copy): refused, nothing more stored.
        Assert.Equal(FillingTexts.AlreadySubmitted, await teacher.PressesData(reviewMessage.MessageId, submit));
        Assert.Equal(FillingTexts.AlreadySubmitted, await teacher.PressesData(reviewMessage.MessageId, QuestionnaireCallbacks.Go(c.Id, 0)));
        var sheet = Assert.Single(bot.All<AnswerSheet>("answer_sheets"));
        Assert.Equal((c.Id, "teacher-changes", 1, 20), (sheet.CampaignId, sheet.InstrumentId, sheet.InstrumentVersion, sheet.Answers.Count));
        Assert.Equal(["marked"], sheet.Answers.Single(a => a.ItemId == "trust-1").Value.Options);
        Assert.Empty(bot.All<Draft>("questionnaire_drafts"));
        Assert.Contains("отправлена ✅", (await teacher.Says("/survey", "📝 Ваши анкеты")).Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Double_presses_and_buttons_of_an_earlier_question_change_nothing_and_say_why()
    {
        await using var bot = await BotHarness.StartAsync();
        var cast = await bot.CastAsync();
        bot.Person(201, Role.Teacher, "Учителева Анна Петровна");
        var teacher = bot.User(201);
        var c = await cast.Team.OpenCampaignAsync(bot, [Changes, Parents]);
        var (teachers, parents) = (c.Slots.Single(s => s.Group == CampaignGroup.Teachers).Index, c.Slots.Single(s => s.Group == CampaignGroup.Parents(9)).Index);
        await teacher.WaitFor("проводит анкетирование");
        await teacher.Starts(Changes);
        await teacher.Answers(NoChange);

        var screen = teacher.Screen();
        var data = screen.Button(Notable).CallbackData!;
        var answers = bot.Api.CallbackAnswers.Count;
        teacher.PressData(screen.MessageId, data);
        teacher.PressData(screen.MessageId, data);
        await bot.Api.WaitUntilAsync(a => a.CallbackAnswers.Count >= answers + 2, TimeSpan.FromSeconds(30), "both presses answered");
        Assert.Single(bot.Api.CallbackAnswers.Skip(answers), a => a.Text == FillingTexts.StaleQuestion);
        var draft = Assert.Single(bot.All<Draft>("questionnaire_drafts"));
        Assert.Equal((2, "trust-3"), (draft.Answers.Count, draft.Cursor));

        // «Продолжить» sends the current question again; the earlier copy goes stale once it is answered.
        await teacher.Says("/survey", "отвечено 2 из 20");
        teacher.Press("Продолжить анкету «Есть ли изменения");
        await teacher.WaitFor("Вопрос 3 из 20", 2);
        var copy = teacher.Screen();
        Assert.NotEqual(screen.MessageId, copy.MessageId);
        await teacher.StepAsync(copy.MessageId, Slight);
        Assert.Equal(FillingTexts.StaleQuestion, await teacher.PressesData(screen.MessageId, teacher.Messages.Single(m => m.MessageId == screen.MessageId).Button(NoChange).CallbackData!));
        Assert.Equal(3, Assert.Single(bot.All<Draft>("questionnaire_drafts")).Answers.Count);

        // Forged or foreign data is refused too.
        Assert.Equal(FillingTexts.Unknown, await teacher.PressesData(copy.MessageId, "q:o:NoSuchId:0:3:1"));
        Assert.Equal(Domain.Questionnaires.QuestionnaireTexts.NoSuchOption, await teacher.PressesData(copy.MessageId, QuestionnaireCallbacks.Choose(c.Id, teachers, 3, "9")));
        Assert.Equal(FillingTexts.NotInGroup, await teacher.PressesData(copy.MessageId, QuestionnaireCallbacks.Go(c.Id, parents)));
        Assert.Equal(3, Assert.Single(bot.All<Draft>("questionnaire_drafts")).Answers.Count);
    }

    [Fact]
    public async Task Numbers_are_checked_with_a_precise_re_prompt_and_the_passport_gives_the_expected_counts()
    {
        await using var bot = await BotHarness.StartAsync();
        var cast = await bot.CastAsync();
        var team = cast.Team;
        await team.OpenCampaignAsync(bot, [Changes, Parents, PassportTitle], grades: "6 и 9 классы");

        await team.WaitFor("проводит анкетирование");
        Assert.Contains("Вопрос 1 из 15", await team.Starts(PassportTitle), StringComparison.Ordinal);
        Assert.Equal("⚠️ Введите целое число от 0 до 5000", await team.Types("триста"));
        Assert.Equal("⚠️ Введите целое число от 0 до 5000", await team.Types("5001"));
        Assert.Contains("Вопрос 2 из 15", await team.Types("300"), StringComparison.Ordinal);
        Assert.Equal("⚠️ Не больше 300: обучающихся 1–4, 5–9 и 10–11 классов вместе не может быть больше, чем всего обучающихся в школе.", await team.Types("400"));
        await team.Types("120");
        await team.Types("150");
        await team.Types("30");
        Assert.Contains("Вопрос 6 из 16", await team.Types("30"), StringComparison.Ordinal); // 6th grade present: «how many classes» now applies
        await team.Types("2");
        Assert.Contains("Вопрос 8 из 17", await team.Types("25"), StringComparison.Ordinal);
        await team.Types("1");
        await team.Types("5");
        await team.Types("28");
        await team.Types("5");
        await team.Types("3");
        await team.Types("1");
        Assert.Equal("⚠️ Введите число от 0 до 100 (не больше 1 знака после запятой)", await team.Types("12,55"));
        await team.Types("12,5");
        await team.Types("20");
        await team.Types("3");
        var review = await team.Types("2");
        Assert.StartsWith("📋 Проверьте ответы — Социальный паспорт школы", review, StringComparison.Ordinal);
        Assert.Contains("17. Доля обучающихся, состоящих на различных видах учёта, % — 2 %", review, StringComparison.Ordinal);
        await team.Answers("Отправить анкету");

        var card = await team.Says("/campaign", "📋 Анкетирование");
        var text = await team.StepAsync(card.MessageId, School);
        Assert.Contains("• Учителя — «Есть ли изменения?»\n   ответили 0 из 28 (0 %)", text, StringComparison.Ordinal);
        Assert.Contains("• Родители 6 класса — «Анкета для родителей обучающихся 6 и 9 классов»\n   ответили 0 из 30 (0 %)", text, StringComparison.Ordinal);
        Assert.Contains("• Родители 9 класса — «Анкета для родителей обучающихся 6 и 9 классов»\n   ответили 0 из 25 (0 %)", text, StringComparison.Ordinal);
        Assert.Contains("• Руководитель — «Социальный паспорт школы»\n   ответили 1 из 1 (100 %)", text, StringComparison.Ordinal);
        Assert.Contains("Ожидаемое число — по социальному паспорту школы.", text, StringComparison.Ordinal);

        // A count by hand wins over the passport.
        await team.Presses("Ожидаемое число", "Для какой группы");
        await team.Presses("Родители 9 класса", "Сколько родителей 9 класса ожидается? Напишите число.");
        Assert.Equal(CampaignTexts.BadExpected, await team.Types("много"));
        var updated = await team.Types("40");
        Assert.Contains("• Родители 9 класса — «Анкета для родителей обучающихся 6 и 9 классов»\n   ответили 0 из 40 (0 %)", updated, StringComparison.Ordinal);
        Assert.Contains("Указано вручную: родители 9 класса.", updated, StringComparison.Ordinal);
    }

    [Fact]
    public async Task After_forget_the_draft_and_marker_of_the_person_are_removed_and_their_sheet_stays()
    {
        await using var bot = await BotHarness.StartAsync();
        var cast = await bot.CastAsync();
        bot.Person(201, Role.Teacher, "Учителева Анна Петровна");
        bot.Person(202, Role.Teacher, "Другая Анна Петровна");
        var (first, second) = (bot.User(201), bot.User(202));
        var c = await cast.Team.OpenCampaignAsync(bot, [Changes]);
        await first.WaitFor("проводит анкетирование");
        await first.Starts(Changes);
        await first.AnswersAll(NoChange);
        await first.Answers("Отправить анкету");
        await second.WaitFor("проводит анкетирование");
        await second.Starts(Changes);
        await second.Answers(NoChange);

        foreach (var u in new[] { first, second })
        {
            await u.Says("/forget", "Удалить ваши персональные данные?");
            await u.Presses("Да, удалить", "Ваши данные удалены");
        }
        // Gone at once with the person, not only at the campaign job's next sweep.
        Assert.Empty(bot.All<Draft>("questionnaire_drafts"));
        Assert.Empty(bot.Get<SubmittedMarkers>().ForCampaign(c.Id));
        bot.AdvanceTo(bot.Time.GetUtcNow().UtcDateTime + CampaignScheduler.SweepEvery);
        await bot.RunCampaignJobAsync();

        Assert.Empty(bot.All<Draft>("questionnaire_drafts"));
        Assert.Empty(bot.Get<SubmittedMarkers>().ForCampaign(c.Id));
        Assert.Single(bot.All<AnswerSheet>("answer_sheets"));
    }

    [Fact]
    public async Task Multiple_choice_ticks_with_a_written_in_variant_and_a_limit_checked_at_done()
    {
        await using var bot = await BotHarness.StartAsync();
        var cast = await bot.CastAsync();
        var team = cast.Team;
        await team.OpenCampaignAsync(bot, ["анкета руководителя"]);
        await team.WaitFor("проводит анкетирование");
        await team.Starts("анкета руководителя");
        for (var n = 0; n < 4; n++) await team.Answers(team.Screen().AllButtons[0].Text);

        var screen = await team.Answers("Компьютеров и проекторов");
        Assert.Contains("Вопрос 5 из", screen, StringComparison.Ordinal);
        Assert.Contains("Можно выбрать не больше 3, затем нажмите «Готово».", screen, StringComparison.Ordinal);
        Assert.Contains(team.Screen().AllButtons, b => b.Text == "✓ Компьютеров и проекторов");
        await team.Answers("Быстрого интернета");
        Assert.Contains(FillingTexts.WriteOtherPrompt, await team.Answers("Другое"), StringComparison.Ordinal);
        Assert.Contains("Вопрос 5 из", await team.Types("Актовый зал"), StringComparison.Ordinal);
        Assert.Contains(team.Screen().AllButtons, b => b.Text == "✓ Другое (впишу): «Актовый зал»");
        await team.Answers("Учебников");
        Assert.Equal("Выберите не больше 3 вариантов", await team.PressesData(team.Screen().MessageId, team.Screen().Button("Готово").CallbackData!));
        await team.Answers("✓ Быстрого интернета");
        Assert.Contains("Вопрос 6 из", await team.Answers("Готово"), StringComparison.Ordinal);

        var draft = Assert.Single(bot.All<Draft>("questionnaire_drafts"));
        var lacks = draft.AnswerTo("lacks")!;
        Assert.Equal(3, lacks.Options.Count);
        Assert.Equal(("other", "Актовый зал"), (lacks.Options[^1], lacks.OtherText));
        Assert.Contains("свой вариант: «Актовый зал»", FillingTexts.YourAnswer(AnswerText.Of(bot.Get<SchoolSupport.Bot.Features.Questionnaires.Definitions.InstrumentCatalog>().LatestOf("principal-risks")!.Item("lacks")!, lacks)), StringComparison.Ordinal);
    }
}
