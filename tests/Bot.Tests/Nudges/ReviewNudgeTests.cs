using SchoolSupport.Bot.Features.Nudges;
using SchoolSupport.Bot.Tests.Status;
using SchoolSupport.Domain.Nudges;
using static SchoolSupport.Bot.Tests.Nudges.NudgeCast;

namespace SchoolSupport.Bot.Tests.Nudges;

public sealed class ReviewNudgeTests
{
    [Fact]
    public async Task The_curator_gets_one_digest_a_day_with_ages_plurals_and_buttons_never_twice_across_restarts()
    {
        var cast = await StartAsync();
        await using var bot = cast.Bot;
        var a7 = bot.Assign(StatusWorld.School7, 2027);
        var a9 = bot.Assign(StatusWorld.School9, 2027);
        var now = bot.Now();
        bot.Sent(a7, "concept-docs", "concept", now.AddDays(-5), "p-601");
        bot.Sent(a9, "diagnostics", "self-evaluation", now.AddDays(-3).AddHours(-1), "p-601");
        bot.Sent(a7, "concept-docs", "midterm", now.AddDays(-1), "p-601");

        await bot.RunNudgesAsync();

        var digest = await cast.Curator.WaitFor(Digest);
        Assert.Equal(
            "📝 Ждут вашей проверки: 2 документа. Сначала самые давние.\n\n" +
            "1. МАОУ «СОШ №7» — Концепция развития: ждёт проверки 5 дней\n" +
            "2. МАОУ «СОШ №9» — Отчёт о самообследовании: ждёт проверки 3 дня\n\n" +
            "Все документы на проверке: /reviews", digest.Text);
        Assert.Equal(["📄 1. МАОУ «СОШ №7»: Концепция развития", "📄 2. МАОУ «СОШ №9»: Отчёт о самообследовании"], digest.AllButtons.Select(b => b.Text));
        await cast.Curator.Presses("1. МАОУ «СОШ №7»: Концепция развития", "Документ на проверку");

        await bot.RunNudgesAsync();
        await bot.RestartAsync();
        await bot.RunNudgesAsync();
        Assert.Equal(1, cast.Curator.Count(Digest));
        Assert.Equal(0, cast.Coordinator.Count(Escalation)); // 5 days is not 7

        bot.AdvanceTo(Utc(11, 27, 3, 30)); // 08:30 in Верхняя Пышма
        await bot.RunNudgesAsync();
        Assert.Equal(1, cast.Curator.Count(Digest));
        bot.AdvanceTo(Utc(11, 28, 7, 30)); // Saturday, 12:30 there (Friday's digest was never due: the bot ran nothing then)
        await bot.RunNudgesAsync();
        var second = await cast.Curator.WaitFor(Digest, 2);
        Assert.Contains("Концепция развития: ждёт проверки 7 дней", second.Text, StringComparison.Ordinal);
        Assert.Contains("Среднесрочная программа развития: ждёт проверки 3 дня", second.Text, StringComparison.Ordinal);
        Assert.Contains("3 документа", second.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Nothing_is_sent_when_nothing_waits_long_enough()
    {
        var cast = await StartAsync();
        await using var bot = cast.Bot;
        var a7 = bot.Assign(StatusWorld.School7, 2027);
        bot.Sent(a7, "concept-docs", "concept", bot.Now().AddDays(-2), "p-601");

        await bot.RunNudgesAsync();
        bot.AdvanceTo(Utc(11, 27, 4, 0));
        await bot.RunNudgesAsync();

        Assert.Empty(cast.Curator.Messages);
        Assert.Empty(cast.Coordinator.Messages);
        Assert.Empty(cast.Team.Messages);
        Assert.Equal(0, bot.Get<NudgeLedger>().Count(NudgeKind.Digest));
    }

    [Fact]
    public async Task A_review_waiting_a_week_is_escalated_to_the_coordinator_once_then_in_the_weekly_summary()
    {
        var cast = await StartAsync();
        await using var bot = cast.Bot;
        var a7 = bot.Assign(StatusWorld.School7, 2027);
        bot.Sent(a7, "concept-docs", "concept", Utc(11, 18, 7), "p-601");

        await bot.RunNudgesAsync();
        var escalation = await cast.Coordinator.WaitFor(Escalation);
        Assert.Equal(
            "⚠️ Проверка задерживается: 1 документ ждёт дольше 7 дней.\n\n" +
            "1. МАОУ «СОШ №7» — Концепция развития: ждёт проверки 8 дней (Куратова Ирина Ивановна)\n\n" +
            "Напомните куратору или передайте проверку другому: /handover", escalation.Text);
        Assert.NotNull(escalation.Button("МАОУ «СОШ №7»: Концепция развития").CallbackData);
        await cast.Curator.WaitFor(Digest);

        await bot.RestartAsync();
        await bot.RunNudgesAsync();
        bot.AdvanceTo(Utc(11, 27, 5, 0));
        await bot.RunNudgesAsync();
        Assert.Equal(1, cast.Coordinator.Count(Escalation));
        Assert.Equal(0, cast.Coordinator.Count(Weekly));

        bot.AdvanceTo(Utc(11, 30, 4, 0)); // Monday, 09:00 there
        await bot.RunNudgesAsync();
        var weekly = await cast.Coordinator.WaitFor(Weekly);
        Assert.StartsWith("📋 Сводка недели: 1 документ на проверке дольше 7 дней.\n\nКто проверяет:\n• Куратова Ирина Ивановна — 1\n\n" +
            "1. МАОУ «СОШ №7» — Концепция развития: ждёт проверки 11 дней", weekly.Text, StringComparison.Ordinal);
        await bot.RunNudgesAsync();
        bot.AdvanceTo(Utc(12, 1, 6, 0));
        await bot.RunNudgesAsync();
        Assert.Equal(1, cast.Coordinator.Count(Weekly));
        Assert.Equal(1, cast.Coordinator.Count(Escalation));
        Assert.Equal(4, cast.Curator.Count(Digest)); // Thursday, Friday, Monday, Tuesday: the weekend days the bot ran nothing are not replayed
    }
}
