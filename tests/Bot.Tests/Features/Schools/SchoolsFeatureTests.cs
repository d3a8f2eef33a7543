using SchoolSupport.Bot.Features.Schools;
using SchoolSupport.Domain.Messaging;
using SchoolSupport.Domain.Participants;
using SchoolSupport.Domain.Schools;
using static SchoolSupport.Bot.Tests.Features.Schools.SchoolsFeatureHarness;

namespace SchoolSupport.Bot.Tests.Features.Schools;

public sealed class SchoolsFeatureTests : IDisposable
{
    private readonly SchoolsFeatureHarness bot = new();
    private readonly Participant coordinator = Person(Role.Coordinator, ["vpyshma"]);
    private readonly Participant regional = Person(Role.Coordinator);

    public SchoolsFeatureTests()
    {
        bot.Schools.Add(new School { Name = "МАОУ «СОШ №7»", MunicipalityId = "vpyshma", Flags = SchoolFlags.LowResults, Cohort500Year = 2022 });
        bot.Schools.Add(new School { Name = "МОУ «Эммаусская СОШ»", MunicipalityId = "kalininsky" });
    }

    public void Dispose() => bot.Dispose();

    [Fact]
    public void A_coordinator_of_one_municipality_goes_straight_to_its_schools()
    {
        var t = bot.Command(coordinator, "schools");

        Assert.StartsWith("🏫 Верхняя Пышма: 1 школа", Shown(t));
        Assert.Contains("1. МАОУ «СОШ №7» — ШНОР · 500+ (2022)", Shown(t));
        Assert.Contains(Buttons(t), b => b.Data == "sc:add:vpyshma");
        Assert.Contains(Buttons(t), b => b.Data == "sc:csv");
        Assert.DoesNotContain(Buttons(t), b => b.Data == "sc:ls");
    }

    [Fact]
    public void A_regional_coordinator_chooses_a_municipality_by_its_school_count()
    {
        var t = bot.Command(regional, "schools");

        Assert.StartsWith("🏫 Ваша зона ответственности: 2 муниципалитета, 2 школы.", Shown(t));
        Assert.Contains(Buttons(t), b => b.Text == "Верхняя Пышма · 1 школа" && b.Data == "sc:m:vpyshma");
        var list = bot.Press(regional, t, "Калининский район · 1 школа");
        Assert.Contains("МОУ «Эммаусская СОШ»", Shown(list));
        Assert.Contains(Buttons(list), b => b.Data == "sc:ls");
    }

    [Fact]
    public void Forty_schools_are_paged_by_eight()
    {
        for (var i = 1; i <= 39; i++) bot.Schools.Add(new School { Name = $"Школа {i:00}", MunicipalityId = "vpyshma" });

        var first = bot.Command(coordinator, "schools");
        Assert.Contains("Страница 1 из 5, № 1–8.", Shown(first));
        var second = bot.Press(coordinator, first, "Дальше ▶️");

        Assert.Contains("Страница 2 из 5, № 9–16.", Shown(second));
        Assert.Contains(Buttons(second), b => b.Text == "◀️ Назад" && b.Data == "sc:m:vpyshma");
        Assert.Contains(Buttons(second), b => b.Text == "Дальше ▶️" && b.Data == "sc:m:vpyshma:2");
    }

    [Fact]
    public void Another_municipality_is_refused_even_with_forged_buttons()
    {
        Assert.Equal(Texts.Common.NoRights, Answer(bot.Press(coordinator, "sc:m:kalininsky"))?.Text);
        Assert.Equal(Texts.Common.NoRights, Answer(bot.Press(coordinator, "sc:add:kalininsky"))?.Text);
        Assert.True(bot.Conversation.IsIdle());
    }

    [Fact]
    public void A_curator_sees_their_school_card_and_a_parent_is_politely_refused()
    {
        var curator = Person(Role.Curator, schools: [1]);

        Assert.StartsWith("🏫 МАОУ «СОШ №7»\nМуниципалитет: Верхняя Пышма", Shown(bot.Command(curator, "schools")));
        Assert.Equal(SchoolTexts.NoAccess, Shown(bot.Command(Person(Role.Parent, schools: [1]), "schools")));
    }

    [Fact]
    public void Adding_a_school_checks_the_name_then_takes_flags()
    {
        var ask = bot.Press(coordinator, "sc:add:vpyshma");
        Assert.Equal(("school", "name"), (bot.Conversation.Flow, bot.Conversation.Step));
        Assert.Contains("Напишите краткое официальное название школы", Shown(ask));

        var duplicate = bot.Text(coordinator, "маоу «сош № 7»");
        Assert.StartsWith("⚠️ Школа «маоу «сош № 7»» уже есть в «Верхняя Пышма».", Shown(duplicate));
        Assert.Equal("name", bot.Conversation.Step);
        Assert.StartsWith("⚠️ Название длиннее 200 символов.", Shown(bot.Text(coordinator, new string('я', 201))));

        var flags = bot.Text(coordinator, "  МАОУ   «СОШ №10» ");
        Assert.Equal("flags", bot.Conversation.Step);
        Assert.Equal("МАОУ «СОШ №10»", bot.Conversation.Get("name"));
        Assert.Equal(SchoolTexts.PressFlagButtons, Shown(bot.Text(coordinator, "ШНОР")));

        var toggled = bot.Press(coordinator, flags, "ШНОР");
        toggled = bot.Press(coordinator, toggled, "Зона риска");
        Assert.Contains(Buttons(toggled), b => b.Text == "✓ ШНОР");
        var saved = bot.Press(coordinator, toggled, "✅ Сохранить");

        Assert.StartsWith("✅ Школа добавлена.\n\n🏫 МАОУ «СОШ №10»", Shown(saved));
        Assert.Contains(Buttons(saved), b => b.Text == "✉️ Пригласить в эту школу" && b.Data == "iv:new");
        Assert.True(bot.Conversation.IsIdle());
        var stored = Assert.Single(bot.Schools.InMunicipality("vpyshma"), s => s.Name == "МАОУ «СОШ №10»");
        Assert.Equal(SchoolFlags.LowResults | SchoolFlags.RiskZone, stored.Flags);

        var stale = bot.Press(coordinator, toggled, "✅ Сохранить");
        Assert.Equal(new ButtonAnswer("cb", Texts.Common.StaleButton, true) { To = stale.Here }, Answer(stale));
    }

    [Fact]
    public void A_flags_button_of_an_earlier_wizard_is_stale()
    {
        bot.Press(coordinator, "sc:add:vpyshma");
        var first = bot.Text(coordinator, "СОШ №11");
        bot.Press(coordinator, "sc:add:vpyshma");
        bot.Text(coordinator, "СОШ №12");

        var stale = bot.Press(coordinator, first, "✅ Сохранить");

        Assert.Equal(Texts.Common.StaleButton, Answer(stale)?.Text);
        Assert.DoesNotContain(bot.Schools.All(), s => s.Name == "СОШ №11");
    }

    [Fact]
    public void A_csv_file_adds_valid_rows_and_reports_the_rest()
    {
        var instructions = bot.Press(coordinator, "sc:csv");
        Assert.Equal("csv", bot.Conversation.Step);
        Assert.Contains("Верхняя Пышма (vpyshma)", Shown(instructions));

        var t = bot.File(coordinator, "школы.CSV",
            "Название;Муниципалитет;ШНОР;Кластер\n" +
            "СОШ №1;vpyshma;да;сильно\n" +
            "СОШ №2;Верхняя Пышма;нет;\n" +
            ";vpyshma;;\n" +
            "СОШ №3;kalininsky;;\n");

        Assert.StartsWith("Загружено: 2 школы. Отклонено строк: 2.\n\nОтклонённые строки:\nстрока 4: не указано название\n" +
            "строка 5: муниципалитет «Калининский район» вне вашей зоны ответственности", Shown(t));
        Assert.Contains(Buttons(t), b => b.Data == "sc:m:vpyshma");
        Assert.Equal(3, bot.Schools.InMunicipality("vpyshma").Count);
        Assert.Equal(ResultCluster.Severe, bot.Schools.InMunicipality("vpyshma").Single(s => s.Name == "СОШ №1").Cluster);
        Assert.True(bot.Conversation.IsIdle());
    }

    [Fact]
    public void A_file_that_cannot_be_read_keeps_waiting_for_the_next_one()
    {
        bot.Press(coordinator, "sc:csv");

        var t = bot.File(coordinator, "schools.csv", "Школа;Район\nСОШ;vpyshma\n");

        Assert.Contains("нет обязательных столбцов «Название», «Муниципалитет»", Shown(t));
        Assert.Equal("csv", bot.Conversation.Step);
    }

    [Fact]
    public void Files_are_refused_with_a_reason()
    {
        Assert.Equal(SchoolTexts.FilesOnlyFromCoordinators, Shown(bot.File(Person(Role.Teacher, schools: [1]), "plan.csv", "x")));
        Assert.Contains("больше 20 МБ", Shown(bot.File(coordinator, "big.csv", null)));
        var excel = bot.File(coordinator, "школы.xlsx", "PK");
        Assert.Contains("«школы.xlsx» — не CSV", Shown(excel));
        Assert.Contains(Buttons(excel), b => b.Data == "sc:csv");
    }

    [Fact]
    public void A_long_list_of_errors_comes_as_a_file_too()
    {
        var rows = string.Concat(Enumerable.Range(1, 200).Select(i => $"Школа с очень длинным названием номер {i};tver\n"));

        var t = bot.File(regional, "schools.csv", "Название;Муниципалитет\n" + rows);

        Assert.StartsWith("Загружено: 0 школ. Отклонено строк: 200.", Shown(t));
        var file = Assert.Single(t.Output.OfType<FileOut>());
        Assert.Equal("oshibki-importa.txt", file.FileName);
        Assert.False(file.IsImage);
    }
}
