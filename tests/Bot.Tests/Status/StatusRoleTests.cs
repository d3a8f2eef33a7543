using SchoolSupport.Bot.Tests.Harness;

namespace SchoolSupport.Bot.Tests.Status;

public sealed class StatusRoleTests
{
    [Theory]
    [InlineData("telegram")]
    [InlineData("max")]
    public async Task The_school_team_sees_every_document_its_deadline_what_is_overdue_and_who_acts_next(string channel)
    {
        var cast = await StatusCast.StartAsync(channel);
        await using var bot = cast.Bot;

        var text = (await cast.Team.Says("/status", "Сейчас:")).Text!;

        Assert.StartsWith("🏫 МАОУ «СОШ №7»\n🗺 Дорожная карта «500+», 2026\n\n▶️ Сейчас: Концептуальные документы\nСрок: до 30 марта 2026 (241 день назад)\n", text, StringComparison.Ordinal);
        Assert.Contains("✅ Концепция развития — принят\n", text, StringComparison.Ordinal);
        Assert.Contains("⏳ Среднесрочная программа развития — на проверке 5 дней, ждёт куратора\n", text, StringComparison.Ordinal);
        Assert.Contains("↩️ Антирисковая программа — на доработке, ждёт школу\n", text, StringComparison.Ordinal);
        Assert.Contains("Принято документов: 3 из 10.", text, StringComparison.Ordinal);
        Assert.Contains("⚠️ Просрочено:\n• Концептуальные документы — срок 30 марта 2026 (241 день назад): не принято 2 из 3\n", text, StringComparison.Ordinal);
        Assert.Contains("▫️ Этап 2 — до 30 ноября 2026", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Взаимоэкспертиза — срок", text.Split("Этапы:")[1], StringComparison.Ordinal);
        Assert.All(text.Split('\n'), line => Assert.True(line.Length <= 100, line));
        var message = cast.Team.Messages.Last(m => m.Text == text);
        Assert.NotNull(message.Button("Отправить документ").CallbackData);
    }

    [Fact]
    public async Task A_teacher_sees_the_stage_summary_without_documents_and_a_parent_is_told_what_to_do_instead()
    {
        var cast = await StatusCast.StartAsync();
        await using var bot = cast.Bot;

        var summary = (await cast.Teacher.Says("/status", "Сейчас:")).Text!;
        Assert.Contains("▶️ Сейчас: Концептуальные документы\nСрок: до 30 марта 2026 (241 день назад)\nПринято документов: 3 из 10.", summary, StringComparison.Ordinal);
        Assert.DoesNotContain("Среднесрочная", summary, StringComparison.Ordinal);
        Assert.DoesNotContain("Антирисковая", summary, StringComparison.Ordinal);

        var parent = (await cast.Parent.Says("/status", "Документы школы видят сотрудники школы")).Text!;
        Assert.Contains("/myevents", parent, StringComparison.Ordinal);
        Assert.Contains("/child", parent, StringComparison.Ordinal);
        Assert.DoesNotContain("Концептуальные", parent, StringComparison.Ordinal);

        // A teacher pressing another school's button (forged) learns nothing.
        var menu = cast.Teacher.Messages[^1];
        var other = bot.School(StatusWorld.School9).Id;
        var answers = bot.Api.CallbackAnswers.Count;
        cast.Teacher.PressData(menu.MessageId, $"st:s:{other}");
        await bot.Api.WaitUntilAsync(a => a.CallbackAnswers.Count > answers, TimeSpan.FromSeconds(30), "the refusal");
        Assert.Equal(StatusTexts.NotYours, bot.Api.CallbackAnswers[^1].Text);
    }

    [Fact]
    public async Task A_curator_sees_a_line_per_school_and_opens_one()
    {
        var cast = await StatusCast.StartAsync();
        await using var bot = cast.Bot;

        var list = (await cast.Curator.Says("/status", "Мои школы")).Text!;

        Assert.Equal(
            "🏫 Мои школы: школы 1–2 из 2\n" +
            "1. МАОУ «СОШ №7» — Концептуальные документы · ⏳ 1 · ⚠️ 5\n" +
            "2. МАОУ «СОШ №9» — Диагностика · ⚠️ 8\n" +
            StatusTexts.Legend, list);
        var details = (await cast.Curator.Presses("2. МАОУ «СОШ №9»", "▶️ Сейчас: Диагностика")).Text!;
        Assert.Contains("▫️ Отчёт о самообследовании — не отправлен, ждёт школу", details, StringComparison.Ordinal);
        await cast.Curator.Presses("К списку школ", "Мои школы: школы 1–2 из 2");
    }
}
