using SchoolSupport.Bot.Tests.Harness;
using SchoolSupport.Bot.Tests.Status;
using SchoolSupport.Domain.Participants;

namespace SchoolSupport.Bot.Tests.Nudges;

/// <summary>
/// Верхняя Пышма (UTC+5) on Thursday 26 November 2026, 12:00 there: a coordinator of the municipality, a curator of
/// СОШ №7 and СОШ №9, and СОШ №7's school team. Roadmaps and documents are added by each test.
/// </summary>
internal sealed record NudgeCast(BotHarness Bot, TestUser Coordinator, TestUser Curator, TestUser Team)
{
    public const string Digest = "вашей проверки: ";
    public const string Escalation = "Проверка задерживается";
    public const string Weekly = "Сводка недели";
    public const string Deadlines = "Сроки дорожной карты";

    public static async Task<NudgeCast> StartAsync()
    {
        var bot = await BotHarness.StartAsync();
        bot.SeedDemoSchools();
        bot.Person(110, StatusWorld.CoordinatorName, StatusWorld.Coordinating(StatusWorld.Pyshma));
        bot.Person(501, StatusWorld.CuratorName, bot.At(Role.Curator, StatusWorld.School7, StatusWorld.School9));
        bot.Person(601, "Директорова Анна Петровна", bot.At(Role.SchoolTeam, StatusWorld.School7));
        return new NudgeCast(bot, bot.User(110), bot.User(501), bot.User(601));
    }

    public static DateTime Utc(int month, int day, int hour, int minute = 0) => new(2026, month, day, hour, minute, 0, DateTimeKind.Utc);
}
