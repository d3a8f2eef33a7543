using SchoolSupport.Bot.Features.Questionnaires;
using SchoolSupport.Bot.Hosting;
using SchoolSupport.Bot.Storage;
using SchoolSupport.Bot.Tests.Durability;
using SchoolSupport.Domain.Campaigns;
using SchoolSupport.Domain.Participants;
using SchoolSupport.Domain.Roadmaps;
using SchoolSupport.Domain.Schools;
using SchoolSupport.TestBotApi;

namespace SchoolSupport.Bot.Tests.Questionnaires;

public sealed class QuestionnaireKillTests
{
    private const long TeacherId = 201;
    private static readonly TimeSpan Wait = TimeSpan.FromSeconds(60);

    [Fact]
    public async Task Kill_9_in_the_middle_of_a_questionnaire_loses_no_answer_and_the_teacher_continues_where_they_stopped()
    {
        await using var api = await TestBotApiServer.StartAsync();
        var data = Path.Combine(Path.GetTempPath(), "schoolbot-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(data);
        try
        {
            Seed(data);
            using (var first = BotProcess.Start(api, data, coordinatorId: 100))
            {
                await Open(api, "📝 Начать анкету «Есть ли изменения?»", "Вопрос 1 из 20");
                for (var n = 2; n <= 4; n++) await Answer(api, "Заметные изменения", $"Вопрос {n} из 20");
                var screen = Screen(api);
                var press = api.PressButton(TeacherId, screen.MessageId, screen.Button("Изменений нет").CallbackData!);
                await api.WaitUntilAsync(a => a.ConfirmedOffset > press, Wait, "the fourth answer to be stored and confirmed");
                first.Kill();
            }

            using var second = BotProcess.Start(api, data, coordinatorId: 100);
            await api.WaitUntilAsync(a => a.ActivePolls > 0, Wait, "the bot to poll again");
            await Open(api, "▶️ Продолжить анкету «Есть ли изменения?»", "Вопрос 5 из 20", command: "/survey", listExpect: "отвечено 4 из 20");
            Assert.Contains("Учителя наблюдают и обсуждают преподавание друг с другом — Заметные изменения", await ReviewAfter(api), StringComparison.Ordinal);
        }
        finally
        {
            try { Directory.Delete(data, recursive: true); } catch (IOException) { }
        }
    }

    /// <summary>A school in Москва, a teacher who joined, and a campaign open from yesterday for a week, in the data file.</summary>
    private static void Seed(string data)
    {
        using var store = new Store(new StorageOptions { DataDirectory = data });
        var schools = new SchoolRepository(store);
        var participants = new ParticipantRepository(store);
        var campaigns = new CampaignRepository(store);
        store.Write(() =>
        {
            schools.Save(new Municipality { Id = "msk", Name = "Москва", Region = "Москва", TimeZoneId = "Europe/Moscow" });
            var school = schools.Add(new School { Name = "ГБОУ «Школа №1»", MunicipalityId = "msk" });
            var now = DateTime.UtcNow;
            participants.Save(new Participant
            {
                Id = "teacher-1",
                Identities = [new ChannelIdentity("telegram", TeacherId, TeacherId)],
                DisplayName = "Учителева Анна Петровна",
                Roles = [new RoleGrant { Role = Role.Teacher, SchoolIds = [school.Id], GrantedAtUtc = now }],
                Consents = [new ConsentRecord { Kind = ConsentKind.PersonalData, TextVersion = "test", GivenAtUtc = now }],
                CreatedAtUtc = now,
            });
            var today = Deadlines.LocalToday(now, TimeZoneInfo.FindSystemTimeZoneById("Europe/Moscow"));
            campaigns.Save(CampaignRules.Scheduled(new Campaign
            {
                Id = "Kill9Cmp",
                SchoolId = school.Id,
                Slots = [new CampaignSlot { Index = 0, InstrumentId = "teacher-changes", InstrumentVersion = 1, Group = CampaignGroup.Teachers }],
                CreatedBy = "team",
                CreatedAtUtc = now,
            }, today.AddDays(-1), today.AddDays(7), TimeZoneInfo.FindSystemTimeZoneById("Europe/Moscow")));
        });
    }

    private static RecordedMessage Screen(TestBotApiServer api) =>
        api.Chat(TeacherId).Where(m => m.Text?.Contains(" · Вопрос ", StringComparison.Ordinal) == true).MaxBy(m => m.MessageId)!;

    private static async Task Open(TestBotApiServer api, string button, string expect, string command = "/survey", string listExpect = "📝 Ваши анкеты")
    {
        api.SendText(TeacherId, command);
        var list = await api.WaitForMessageAsync(TeacherId, m => m.Text?.Contains(listExpect, StringComparison.Ordinal) == true, Wait);
        var before = api.Chat(TeacherId).Count;
        api.PressButton(TeacherId, list.MessageId, list.Button(button).CallbackData!);
        await api.WaitUntilAsync(a => a.Chat(TeacherId).Skip(before).Any(m => m.Text?.Contains(expect, StringComparison.Ordinal) == true), Wait, expect);
    }

    private static async Task Answer(TestBotApiServer api, string option, string expect)
    {
        var screen = Screen(api);
        api.PressButton(TeacherId, screen.MessageId, screen.Button(option).CallbackData!);
        await api.WaitUntilAsync(a => a.Chat(TeacherId).Single(m => m.MessageId == screen.MessageId).Text?.Contains(expect, StringComparison.Ordinal) == true, Wait, expect);
    }

    /// <summary>Answers the rest and returns the review screen.</summary>
    private static async Task<string> ReviewAfter(TestBotApiServer api)
    {
        for (var n = 6; n <= 21; n++)
        {
            var screen = Screen(api);
            api.PressButton(TeacherId, screen.MessageId, screen.Button("Изменений нет").CallbackData!);
            var expect = n <= 20 ? $"Вопрос {n} из 20" : "Проверьте ответы";
            await api.WaitUntilAsync(a => a.Chat(TeacherId).Single(m => m.MessageId == screen.MessageId).Text?.Contains(expect, StringComparison.Ordinal) == true, Wait, expect);
        }
        return api.Chat(TeacherId).Last(m => m.Text?.Contains("Проверьте ответы", StringComparison.Ordinal) == true).Text!;
    }
}
