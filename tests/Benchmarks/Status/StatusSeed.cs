using System.Globalization;
using SchoolSupport.Bot.Features;
using SchoolSupport.Bot.Features.Reviews;
using SchoolSupport.Bot.Features.Roadmaps;
using SchoolSupport.Bot.Storage;
using SchoolSupport.Domain.Participants;
using SchoolSupport.Domain.Reviews;
using SchoolSupport.Domain.Roadmaps;
using SchoolSupport.Domain.Schools;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace SchoolSupport.Benchmarks.Status;

/// <summary>
/// One municipality of <c>schools</c> schools on the «500+» roadmap of 2026 with six activated risks (25 documents
/// per school), one submission per document in a realistic mix of states (about 5,000 for 200 schools), a
/// coordinator, a curator per two schools and a school team member per school.
/// </summary>
internal static class StatusSeed
{
    public const string Municipality = "bench";
    public const long CoordinatorId = 7_000_000_001;
    public const long FirstCuratorId = 7_100_000_000;
    public const long FirstTeamId = 7_200_000_000;

    public static int Fill(IHost host, int schoolCount, int seed)
    {
        T Get<T>() where T : notnull => host.Services.GetRequiredService<T>();
        var random = new Random(seed);
        var now = DateTime.UtcNow;
        var zone = TimeZoneInfo.FindSystemTimeZoneById("Europe/Moscow");
        var template = Get<RoadmapTemplates>().Get("500plus")!;
        var risks = Enumerable.Range(1, 6).Select(i => new ActivatedRisk { Id = i.ToString(CultureInfo.InvariantCulture), Name = $"Риск {i}" }).ToList();
        var submissions = 0;
        Get<Store>().Write(() =>
        {
            var schools = Get<SchoolRepository>();
            schools.Save(new Municipality { Id = Municipality, Name = "Тестовый муниципалитет", Region = "Тестовая область", TimeZoneId = zone.Id });
            var people = Get<ParticipantRepository>();
            people.Save(Person("bench-coord", CoordinatorId, "Координатор Тестовый", new RoleGrant { Role = Role.Coordinator, MunicipalityIds = [Municipality] }, now));
            var ids = new List<int>();
            for (var i = 0; i < schoolCount; i++)
                ids.Add(schools.Add(new School { Name = $"МБОУ «СОШ №{i + 1}»", MunicipalityId = Municipality }).Id);
            for (var i = 0; i < ids.Count; i += 2)
                people.Save(Person($"bench-cur-{i}", FirstCuratorId + i, $"Куратор {i / 2 + 1}", new RoleGrant { Role = Role.Curator, SchoolIds = ids.Skip(i).Take(2).ToList() }, now));
            for (var i = 0; i < ids.Count; i++)
                people.Save(Person($"bench-team-{i}", FirstTeamId + i, $"Директор {i + 1}", new RoleGrant { Role = Role.SchoolTeam, SchoolIds = [ids[i]] }, now));
            var assignments = Get<AssignmentRepository>();
            var docs = Get<SubmissionRepository>();
            foreach (var id in ids)
            {
                var a = RoadmapAssignments.WithActivatedRisks(
                    RoadmapAssignments.Create(ShortIds.New(), id, template, 2026, zone, "bench-coord", new DateTime(2025, 12, 1, 0, 0, 0, DateTimeKind.Utc)), risks);
                assignments.Save(a);
                var progress = random.Next(template.Stages.Count + 1); // stages before this one are done
                for (var st = 0; st < template.Stages.Count; st++)
                {
                    foreach (var slot in RoadmapProgress.Slots(a, template.Stages[st]))
                    {
                        var state = st < progress ? ReviewState.Accepted : (ReviewState)random.Next(1, 5);
                        docs.Save(Document(a, slot, state, now.AddHours(-random.Next(1, 24 * 20)), random));
                        submissions++;
                    }
                }
            }
        });
        return submissions;
    }

    private static Participant Person(string id, long telegramId, string name, RoleGrant role, DateTime now) => new()
    {
        Id = id,
        Identities = [new ChannelIdentity("telegram", telegramId, telegramId)],
        DisplayName = name,
        Roles = [role with { GrantedAtUtc = now }],
        Consents = [new ConsentRecord { Kind = ConsentKind.PersonalData, TextVersion = "bench", GivenAtUtc = now }],
        CreatedAtUtc = now,
    };

    private static Submission Document(RoadmapAssignment a, DeliverableSlot slot, ReviewState state, DateTime at, Random random)
    {
        var s = Submissions.New(ShortIds.New(), a.Id, a.SchoolId, slot.StageId, slot.Key);
        SubmissionVersion V(DateTime when) => new() { FileName = "документ.pdf", StoredPath = "files/none.pdf", Size = 1000, SubmittedBy = "bench-team", SubmittedAtUtc = when };
        s = Submissions.Upload(s, V(at), null).Submission!;
        var versions = 1 + random.Next(3);
        for (var v = 1; v < versions; v++)
        {
            s = Submissions.Decide(s, ReviewTrigger.Return, v, "bench-cur", at, "Доработать").Submission!;
            s = Submissions.Upload(s, V(at), null).Submission!;
        }
        return state switch
        {
            ReviewState.Accepted => Submissions.Decide(s, ReviewTrigger.Accept, s.CurrentVersion(), "bench-cur", at, null).Submission!,
            ReviewState.Returned => Submissions.Decide(s, ReviewTrigger.Return, s.CurrentVersion(), "bench-cur", at, "Доработать").Submission!,
            _ => s,
        };
    }
}
