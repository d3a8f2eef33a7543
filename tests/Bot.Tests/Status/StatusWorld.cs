using Quartz;
using SchoolSupport.Bot.Features;
using SchoolSupport.Bot.Features.Nudges;
using SchoolSupport.Bot.Features.Reviews;
using SchoolSupport.Bot.Features.Roadmaps;
using SchoolSupport.Bot.Jobs;
using SchoolSupport.Bot.Storage;
using SchoolSupport.Bot.Tests.Delivery;
using SchoolSupport.Bot.Tests.Harness;
using SchoolSupport.Bot.Tests.Hosting;
using SchoolSupport.Domain.Participants;
using SchoolSupport.Domain.Reviews;
using SchoolSupport.Domain.Roadmaps;
using SchoolSupport.Domain.Schools;

namespace SchoolSupport.Bot.Tests.Status;

/// <summary>
/// State for the status and nudge tests, stored as the features store it: people with roles (as onboarding leaves
/// them), «500+» roadmaps assigned to demo schools, documents sent and decided. Everything else goes through the chat.
/// </summary>
internal static class StatusWorld
{
    /// <summary>Верхняя Пышма (Asia/Yekaterinburg, UTC+5).</summary>
    public const string School7 = "МАОУ «СОШ №7»";
    public const string School9 = "МАОУ «СОШ №9»";
    public const string Pyshma = "vpyshma";
    public const string CuratorName = "Куратова Ирина Ивановна";
    public const string CoordinatorName = "Огнивова Вера Геннадьевна";

    public static School School(this BotHarness bot, string name) => bot.Get<SchoolRepository>().All().Single(s => s.Name == name);

    public static RoleGrant At(this BotHarness bot, Role role, params string[] schools) => new()
    {
        Role = role,
        SchoolIds = schools.Select(n => bot.School(n).Id).ToList(),
        Grade = role is Role.Parent or Role.Student ? 9 : null,
    };

    public static RoleGrant Coordinating(params string[] municipalities) => new() { Role = Role.Coordinator, MunicipalityIds = municipalities };

    /// <summary>Someone who joined earlier: a consent, roles, a private chat with the bot.</summary>
    public static Participant Person(this BotHarness bot, long id, string? name, params RoleGrant[] roles)
    {
        var now = bot.Time.GetUtcNow().UtcDateTime;
        var p = new Participant
        {
            Id = $"p-{id}",
            Identities = [bot.Messenger.Identity(id)],
            DisplayName = name,
            Roles = roles.Select(r => r with { GrantedAtUtc = now }).ToList(),
            Consents = [new ConsentRecord { Kind = ConsentKind.PersonalData, TextVersion = "test", GivenAtUtc = now }],
            CreatedAtUtc = now,
        };
        bot.Get<Store>().Write(() => bot.Get<ParticipantRepository>().Save(p));
        return p;
    }

    /// <summary>The «500+» roadmap of <paramref name="year"/> assigned to a school (deadlines in its municipality's zone).</summary>
    public static RoadmapAssignment Assign(this BotHarness bot, string school, int year, DateTime? assignedAtUtc = null)
    {
        var s = bot.School(school);
        var template = bot.Get<RoadmapTemplates>().Get("500plus")!;
        var a = RoadmapAssignments.Create(ShortIds.New(), s.Id, template, year, bot.Get<Zones>().ForSchool(s), "p-100",
            assignedAtUtc ?? bot.Time.GetUtcNow().UtcDateTime);
        bot.Get<Store>().Write(() => bot.Get<AssignmentRepository>().Save(a));
        return a;
    }

    /// <summary>A document of a stage sent by <paramref name="by"/> at <paramref name="atUtc"/>, with its file stored.</summary>
    public static Submission Sent(this BotHarness bot, RoadmapAssignment a, string stage, string key, DateTime atUtc, string by)
    {
        var id = ShortIds.New();
        var path = bot.Get<ReviewFiles>().Save(a.SchoolId, id, 1, "документ.pdf", "%PDF-1.4 test"u8.ToArray());
        var version = new SubmissionVersion { FileName = "документ.pdf", StoredPath = path, Size = 13, SubmittedBy = by, SubmittedAtUtc = atUtc };
        var s = Submissions.Upload(Submissions.New(id, a.Id, a.SchoolId, stage, key), version, a.ReviewerId).Submission!;
        bot.Get<Store>().Write(() => bot.Get<SubmissionRepository>().Save(s));
        return s;
    }

    /// <summary>A document sent and decided (accepted, or returned with a comment) at <paramref name="atUtc"/>.</summary>
    public static Submission Decided(this BotHarness bot, RoadmapAssignment a, string stage, string key, ReviewTrigger decision, DateTime atUtc, string by, string reviewer)
    {
        var sent = bot.Sent(a, stage, key, atUtc, by);
        var s = Submissions.Decide(sent, decision, 1, reviewer, atUtc, "Добавьте показатели").Submission!;
        bot.Get<Store>().Write(() => bot.Get<SubmissionRepository>().Save(s));
        return s;
    }

    public static DateTime Now(this BotHarness bot) => bot.Time.GetUtcNow().UtcDateTime;

    public static void AdvanceTo(this BotHarness bot, DateTime utc) => bot.Time.Advance(utc - bot.Now());

    /// <summary>Fires the real Quartz nudge job now, waits for a run that saw the current time, then delivers what it queued.</summary>
    public static async Task RunNudgesAsync(this BotHarness bot)
    {
        var runner = bot.Get<NudgeRunner>();
        var before = runner.CompletedRuns;
        var now = bot.Now();
        var quartz = await bot.Get<ISchedulerFactory>().GetScheduler();
        await quartz.TriggerJob(NudgeJob.Key);
        await Poll.UntilAsync(() => runner.CompletedRuns > before && runner.LastRunUtc >= now, "the nudge job to run");
        await bot.DeliverDueAsync();
    }

    public static IReadOnlyList<TestBotApi.RecordedMessage> With(this TestUser user, string text) =>
        user.Messages.Where(m => m.Text?.Contains(text, StringComparison.Ordinal) == true).ToList();
}
