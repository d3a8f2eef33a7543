using SchoolSupport.Bot.Tests.Harness;
using SchoolSupport.Domain.Participants;
using SchoolSupport.Domain.Reviews;

namespace SchoolSupport.Bot.Tests.Status;

/// <summary>
/// Верхняя Пышма on 26 November 2026 (12:00 there): the «500+» roadmap of 2026 at СОШ №7 (diagnostics accepted,
/// Концепция развития accepted, the Среднесрочная программа on review for 5 days, the Антирисковая программа returned)
/// and at СОШ №9 (nothing sent); a coordinator of the municipality, a curator of both, and СОШ №7's team, teacher, parent.
/// </summary>
internal sealed record StatusCast(BotHarness Bot, TestUser Coordinator, TestUser Curator, TestUser Team, TestUser Teacher, TestUser Parent)
{
    public static async Task<StatusCast> StartAsync(string channel = "telegram")
    {
        var bot = await BotHarness.StartAsync(channel);
        bot.SeedDemoSchools();
        bot.Person(110, StatusWorld.CoordinatorName, StatusWorld.Coordinating(StatusWorld.Pyshma));
        bot.Person(501, StatusWorld.CuratorName, bot.At(Role.Curator, StatusWorld.School7, StatusWorld.School9));
        bot.Person(601, "Директорова Анна Петровна", bot.At(Role.SchoolTeam, StatusWorld.School7));
        bot.Person(701, "Учительская Мария Львовна", bot.At(Role.Teacher, StatusWorld.School7));
        bot.Person(801, null, bot.At(Role.Parent, StatusWorld.School7));

        var assigned = new DateTime(2025, 12, 1, 0, 0, 0, DateTimeKind.Utc);
        var a = bot.Assign(StatusWorld.School7, 2026, assigned);
        var early = new DateTime(2026, 2, 20, 6, 0, 0, DateTimeKind.Utc);
        bot.Decided(a, "diagnostics", "self-evaluation", ReviewTrigger.Accept, early, "p-601", "p-501");
        bot.Decided(a, "diagnostics", "risk-profile", ReviewTrigger.Accept, early, "p-601", "p-501");
        bot.Decided(a, "concept-docs", "concept", ReviewTrigger.Accept, early.AddDays(30), "p-601", "p-501");
        bot.Sent(a, "concept-docs", "midterm", bot.Now().AddDays(-5), "p-601");
        bot.Decided(a, "concept-docs", "antirisk", ReviewTrigger.Return, early.AddDays(30), "p-601", "p-501");
        bot.Assign(StatusWorld.School9, 2026, assigned);

        return new StatusCast(bot, bot.User(110), bot.User(501), bot.User(601), bot.User(701), bot.User(801));
    }
}
