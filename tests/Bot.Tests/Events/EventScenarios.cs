using Quartz;
using SchoolSupport.Bot.Tests.Delivery;
using SchoolSupport.Bot.Features.Events;
using SchoolSupport.Bot.Jobs;
using SchoolSupport.Bot.Storage;
using SchoolSupport.Bot.Tests.Harness;
using SchoolSupport.Bot.Tests.Hosting;
using SchoolSupport.Domain.Events;
using SchoolSupport.Domain.Participants;
using SchoolSupport.TestBotApi;

namespace SchoolSupport.Bot.Tests.Events;

/// <summary>Steps the event tests share.</summary>
internal static class EventScenarios
{
    /// <summary>A school of Верхняя Пышма (Asia/Yekaterinburg, UTC+5).</summary>
    public const string PyshmaSchool = "МАОУ «СОШ №7»";
    /// <summary>A school of Котельниковский район (Europe/Volgograd, UTC+3).</summary>
    public const string KotelnikovoSchool = "МКОУ Красноярская СШ";
    public const string Title = "Формирующее оценивание";
    public const string Link = "https://example.org/webinar";

    /// <summary>Someone who joined earlier, stored as onboarding stores them (a consent, a role at a school, a chat).</summary>
    public static Participant AddPerson(this BotHarness bot, long id, Role role, string school, string? name,
        bool consent = true, bool blocked = false)
    {
        var now = bot.Time.GetUtcNow().UtcDateTime;
        var schoolId = bot.Get<SchoolRepository>().All().Single(s => s.Name == school).Id;
        var p = new Participant
        {
            Id = $"test-{id}",
            Identities = [bot.Messenger.Identity(id)],
            DisplayName = name,
            Roles = [new RoleGrant { Role = role, SchoolIds = [schoolId], Grade = role is Role.Parent or Role.Student ? 9 : null, GrantedAtUtc = now }],
            Consents = consent ? [new ConsentRecord { Kind = ConsentKind.PersonalData, TextVersion = "test", GivenAtUtc = now }] : [],
            CreatedAtUtc = now,
            UnreachableSinceUtc = blocked ? now : null,
        };
        bot.Get<Store>().Write(() => bot.Get<ParticipantRepository>().Save(p));
        return p;
    }

    /// <summary>Runs the wizard to the preview: webinar, title, description, start, duration, link, no materials, everyone.</summary>
    public static async Task<RecordedMessage> DraftEventAsync(this TestUser organiser, string title = Title, string start = "27.11 15:00", string link = Link)
    {
        await organiser.Says("/newevent", "Какой формат?");
        await organiser.Presses("Вебинар", "Как он называется?");
        await organiser.Says(title, "Коротко опишите");
        await organiser.Says("Разбираем приёмы формирующего оценивания.", "Когда начало?");
        await organiser.Says(start, "Сколько продлится?");
        await organiser.Says("1:30", "Ссылка для подключения");
        await organiser.Says(link, "Материалы к мероприятию");
        await organiser.Presses("Без материалов", "Кому отправить?");
        return await organiser.Presses("Готово", "Предпросмотр");
    }

    /// <summary>Creates and sends an event now; returns it as stored once every announcement is delivered.</summary>
    public static async Task<Event> AnnounceAsync(this BotHarness bot, TestUser organiser, string title = Title, string start = "27.11 15:00")
    {
        await organiser.DraftEventAsync(title, start);
        await organiser.Presses("Отправить сейчас", "Анонс отправляется");
        await bot.DeliveredAsync();
        return bot.Event(title);
    }

    public static Event Event(this BotHarness bot, string title) =>
        bot.Get<Store>().Collection<Event>("events").FindAll().Single(e => e.Title == title);

    /// <summary>Fires the real Quartz job now and waits until it has run and everything it queued is delivered.</summary>
    public static async Task RunEventJobAsync(this BotHarness bot)
    {
        var scheduler = bot.Get<EventScheduler>();
        var before = scheduler.CompletedRuns;
        var now = bot.Time.GetUtcNow().UtcDateTime;
        var quartz = await bot.Get<ISchedulerFactory>().GetScheduler();
        await quartz.TriggerJob(EventJob.Key);
        // A run Quartz started on its own before the clock moved does not count: wait for one that saw the current time.
        await Poll.UntilAsync(() => scheduler.CompletedRuns > before && scheduler.LastRunUtc >= now, "the event job to run");
        await bot.DeliveredAsync();
    }

    /// <summary>
    /// Delivers everything due: bulk sending is paced by the bot's clock (1 s per chat), so the fake clock is moved
    /// from one wake-up of the delivery worker to the next (by seconds, within a minute).
    /// </summary>
    public static Task DeliveredAsync(this BotHarness bot) => bot.DeliverDueAsync();

    /// <summary>Moves the fake clock to <paramref name="utc"/>.</summary>
    public static void AdvanceTo(this BotHarness bot, DateTime utc) => bot.Time.Advance(utc - bot.Time.GetUtcNow().UtcDateTime);

    public static IReadOnlyList<RecordedMessage> With(this TestUser user, string text) =>
        user.Messages.Where(m => m.Text?.Contains(text, StringComparison.Ordinal) == true).ToList();

    public static RecordedMessage LastFile(this TestUser user, string fileName) =>
        user.Messages.Last(m => m.FileName == fileName);
}
