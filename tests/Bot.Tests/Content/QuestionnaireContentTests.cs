using SchoolSupport.Bot.Features.Questionnaires.Definitions;
using SchoolSupport.Domain.Questionnaires;

namespace SchoolSupport.Bot.Tests.Content;

/// <summary>What the shipped instruments say: seed 001 word for word, respectful items for children, a passport that checks itself.</summary>
public sealed class QuestionnaireContentTests
{
    private static readonly InstrumentCatalog Catalog = new();

    [Fact]
    public void Changes_questionnaire_is_seed_001_word_for_word()
    {
        var i = Catalog.LatestOf("teacher-changes")!;

        Assert.Equal("Есть ли изменения?", i.Title);
        Assert.Equal(RespondentGroup.Teacher, i.Respondent);
        Assert.StartsWith("Уважаемые коллеги!", i.Intro, StringComparison.Ordinal);
        Assert.Contains("насколько каждое из утверждений соответствует ситуации изменений в вашей школе за последний год", i.Intro, StringComparison.Ordinal);
        Assert.Equal(["Доверие и сотрудничество", "Целенаправленная командная работа", "Работа с данными", "Возможности профессионального развития"], i.Sections.Select(s => s.Title));
        Assert.Equal(
        [
            "Учителя наблюдают и обсуждают преподавание друг с другом",
            "Школа поддерживает взаимодействие учителей",
            "Учителя совместно разрабатывают программы и учебные планы",
            "Я следую тем решениям, которые были согласованы с коллегами",
            "Хорошие отношения в коллективе нашей школы усиливают пользу нововведений",
            "В школе регулярно обсуждаются учебные цели и их достижение",
            "Учителя вовлечены в работу по улучшению результатов школы",
            "В школе сформирована стратегическая команда, участвующая в управленческих решениях",
            "Улучшением результатов работы школы руководит стратегическая команда",
            "Руководство школы поощряет участие учителя в командной работе, в том числе, материально",
            "Планирование в школе происходит на основе анализа информации",
            "Достижение поставленных целей определяется тем, как изменились образовательные результаты учеников",
            "Внутришкольный мониторинг улучшает возможности обучения",
            "В школе собираются разнообразные данные об индивидуальном прогрессе учеников",
            "Достижения учителя измеряются разными способами",
            "Школа организует полезные рабочие группы и тренинги",
            "Школа выделяет учителям время для самообучения",
            "Мы получили возможность для практики, рефлексии, обсуждения",
            "Мы определяем задачи профессионального развития, ориентируясь на новые стратегии/технологии преподавания",
            "Профессиональный рост учителя поддерживается разными способами",
        ], i.Items.Select(x => x.Text));
        Assert.All(i.Sections, s => Assert.Equal(5, s.Items.Count));
        Assert.All(i.Items, x =>
        {
            Assert.Equal(ItemKind.Scale, x.Kind);
            Assert.True(x.Required);
            Assert.Equal(["Изменений нет", "Незначительные изменения", "Заметные изменения"], x.Choices.Select(o => o.Label));
        });
    }

    [Fact]
    public void Changes_questionnaire_shows_which_blocks_changed()
    {
        var i = Catalog.LatestOf("teacher-changes")!;
        var sheets = Enumerable.Range(0, 6).Select(n => (IReadOnlyDictionary<string, AnswerValue>)i.Items.ToDictionary(
            x => x.Id, x => AnswerValue.Chosen(x.Id.StartsWith("data", StringComparison.Ordinal) ? "marked" : "none"))).ToList();

        var blocks = ChangeResults.ByBlock(i, sheets);

        Assert.Equal(["data"], blocks.Where(b => b.Changed).Select(b => b.Block.Id));
        Assert.All(blocks, b => Assert.Equal(30, b.Answers));
    }

    [Fact]
    public void Student_items_are_short_and_speak_to_the_student()
    {
        var i = Catalog.LatestOf("student-risks")!;

        Assert.All(i.Items, x => Assert.True(x.Text.Length <= 110, $"{x.Id} has {x.Text.Length} characters"));
        Assert.All(i.Items, x => Assert.DoesNotMatch(@"\b(вы|вас|вам|ваш\w*)\b", x.Text.ToLowerInvariant()));
        Assert.Contains(i.Items, x => x.Text.Contains("тебе", StringComparison.OrdinalIgnoreCase) || x.Text.Contains("ты ", StringComparison.OrdinalIgnoreCase));
        Assert.Contains($"Всего {i.Items.Count} вопросов", i.Intro, StringComparison.Ordinal);
    }

    [Fact]
    public void No_item_asks_for_anything_that_identifies_a_person()
    {
        var identifying = new[]
        {
            "имя", "зовут", "фамили", "фио", "отчеств", "номер телефона", "ваш телефон", "твой телефон", "адрес", "e-mail",
            "электронн", "рождения", "в каком классе", "номер класса", "букв", "какой школ", "ваш ребёнок учится в",
        };

        Assert.All(Catalog.All.SelectMany(i => i.Items.Select(x => (i.Id, x))), pair =>
        {
            var text = pair.x.Text.ToLowerInvariant();
            Assert.DoesNotContain(identifying, w => text.Contains(w, StringComparison.Ordinal));
        });
        Assert.All(Catalog.All.SelectMany(i => i.Items).Where(x => x.Kind == ItemKind.ShortText), x =>
        {
            Assert.False(x.Required);
            Assert.Contains("имена", x.Hint, StringComparison.Ordinal);
        });
    }

    [Fact]
    public void The_passport_asks_the_four_isbsh_shares_as_percentages()
    {
        var p = Catalog.LatestOf("principal-passport")!;
        var shares = p.Sections.Single(s => s.Id == "isbsh").Items;

        Assert.Equal(RespondentGroup.Principal, p.Respondent);
        Assert.Equal(4, shares.Count);
        Assert.All(shares, s => Assert.Equal((ItemKind.Number, 0m, 100m, "%"), (s.Kind, s.Min!.Value, s.Max!.Value, s.Unit!)));
        Assert.Contains("оба родителя имеют высшее образование", shares[0].Text, StringComparison.Ordinal);
        Assert.Contains("неполных семей", shares[1].Text, StringComparison.Ordinal);
        Assert.Contains("русский язык не является родным", shares[2].Text, StringComparison.Ordinal);
        Assert.Contains("различных видах учёта", shares[3].Text, StringComparison.Ordinal);
        Assert.Equal("Введите число от 0 до 100 (не больше 1 знака после запятой)",
            AnswerValidation.Validate(shares[0], RawInput.Typed("101")).Error);
    }

    [Fact]
    public void The_passport_keeps_parts_not_above_totals()
    {
        var p = Catalog.LatestOf("principal-passport")!;
        var answers = new Dictionary<string, AnswerValue> { ["students-total"] = AnswerValue.Of(420), ["students-1-4"] = AnswerValue.Of(170) };

        Assert.Equal("Не больше 250: обучающихся 1–4, 5–9 и 10–11 классов вместе не может быть больше, чем всего обучающихся в школе.",
            AnswerValidation.Validate(p, p.Item("students-5-9")!, RawInput.Typed("251"), answers).Error);
        answers["students-5-9"] = AnswerValue.Of(200);
        answers["students-6"] = AnswerValue.Of(45);
        Assert.Equal("Не больше 155: обучающихся 6 и 9 классов вместе не может быть больше, чем обучающихся 5–9 классов.",
            AnswerValidation.Validate(p, p.Item("students-9")!, RawInput.Typed("156"), answers).Error);
        answers["teachers-total"] = AnswerValue.Of(30);
        answers["teachers-under-35"] = AnswerValue.Of(8);
        Assert.True(AnswerValidation.Validate(p, p.Item("teachers-over-60")!, RawInput.Typed("22"), answers).Ok);
        Assert.False(AnswerValidation.Validate(p, p.Item("teachers-over-60")!, RawInput.Typed("23"), answers).Ok);
        Assert.Equal("Не меньше 370: обучающихся 1–4, 5–9 и 10–11 классов вместе не может быть больше, чем всего обучающихся в школе.",
            AnswerValidation.Validate(p, p.Item("students-total")!, RawInput.Typed("369"), answers).Error);
    }

    [Fact]
    public void The_passport_gives_the_campaign_its_expected_counts()
    {
        var p = Catalog.LatestOf("principal-passport")!;

        Assert.All(["teachers-total", "students-6", "students-9"], id => Assert.Equal(ItemKind.Number, p.Item(id)!.Kind));
        var noSixth = new Dictionary<string, AnswerValue> { ["students-6"] = AnswerValue.Of(0) };
        Assert.False(Questionnaire.IsVisible(p, noSixth, "classes-6"));
    }
}
