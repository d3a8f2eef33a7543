using Quartz;
using SchoolSupport.Bot.Features.Questionnaires;
using SchoolSupport.Bot.Jobs;
using SchoolSupport.Bot.Storage;
using SchoolSupport.Bot.Tests.Delivery;
using SchoolSupport.Bot.Tests.Harness;
using SchoolSupport.Bot.Tests.Hosting;
using SchoolSupport.Bot.Tests.Reviews;
using SchoolSupport.Domain.Campaigns;
using SchoolSupport.Domain.Participants;
using SchoolSupport.TestBotApi;

namespace SchoolSupport.Bot.Tests.Questionnaires;

/// <summary>
/// Steps the campaign tests share, through the chat as people would. The school is МАОУ «СОШ №7» of Верхняя Пышма
/// (UTC+5): the harness starts on 26 November 2026 at 12:00 there.
/// </summary>
internal static class CampaignScenarios
{
    public const string School = ReviewScenarios.School;
    public const string Changes = "Есть ли изменения?";
    public const string Parents = "Анкета для родителей";
    public const string Students = "Анкета для обучающихся";
    public const string PassportTitle = "Социальный паспорт";
    public const string NoChange = "Изменений нет";
    public const string Slight = "Незначительные изменения";
    public const string Notable = "Заметные изменения";

    /// <summary>Someone who joined earlier, stored as onboarding stores them; students with a parental consent unless said.</summary>
    public static Participant Person(this BotHarness bot, long id, Role role, string? name = null, int? grade = null, bool parentalConsent = true)
    {
        var now = bot.Time.GetUtcNow().UtcDateTime;
        var schoolId = bot.SchoolId();
        var p = new Participant
        {
            Id = $"person-{id}",
            Identities = [bot.Messenger.Identity(id)],
            DisplayName = name,
            Roles = [new RoleGrant { Role = role, SchoolIds = [schoolId], Grade = grade, GrantedAtUtc = now }],
            Consents = [new ConsentRecord
            {
                Kind = ConsentKind.PersonalData,
                TextVersion = "test",
                GivenAtUtc = now,
                Basis = role == Role.Student && parentalConsent ? new ParentalConsentBasis { Source = "parent", ConfirmedBy = "person-parent", ConfirmedAtUtc = now } : null,
            }],
            CreatedAtUtc = now,
        };
        bot.Get<Store>().Write(() => bot.Get<ParticipantRepository>().Save(p));
        return p;
    }

    public static int SchoolId(this BotHarness bot) => bot.Get<SchoolRepository>().All().Single(s => s.Name == School).Id;

    /// <summary>
    /// /campaign → «Новое анкетирование» → the instruments → grades → students' consent → first and last day → «Открыть».
    /// Returns the campaign as stored.
    /// </summary>
    public static async Task<Campaign> OpenCampaignAsync(this TestUser team, BotHarness bot, string[] instruments,
        string grades = "Только 9 класс", bool studentLinks = true, string opens = "Сегодня", string closes = "Через неделю")
    {
        var list = await team.Says("/campaign", "📋 Анкетирование");
        var id = list.MessageId;
        var text = await team.StepAsync(id, "Новое анкетирование");
        Assert.Contains("Какие анкеты включить?", text, StringComparison.Ordinal);
        foreach (var instrument in instruments) await team.StepAsync(id, instrument);
        text = await team.StepAsync(id, "Готово");
        if (text.Contains("Для каких классов", StringComparison.Ordinal)) text = await team.StepAsync(id, grades);
        if (text.Contains("согласия родителей", StringComparison.Ordinal)) text = await team.StepAsync(id, studentLinks ? "Согласия собраны" : "Без ссылки");
        Assert.Contains("С какого дня", text, StringComparison.Ordinal);
        await team.StepAsync(id, opens);
        text = await team.StepAsync(id, closes);
        Assert.Contains("Новое анкетирование", text, StringComparison.Ordinal);
        var before = bot.Get<CampaignRepository>().ForSchool(bot.SchoolId()).Count;
        text = await team.StepAsync(id, "Открыть анкетирование");
        Assert.Contains("Анкетирование открыто", text, StringComparison.Ordinal);
        var all = bot.Get<CampaignRepository>().ForSchool(bot.SchoolId());
        Assert.Equal(before + 1, all.Count);
        await bot.DeliverDueAsync();
        return all[0];
    }

    /// <summary>Fires the real Quartz job now, waits until a run saw the current time, and delivers what it queued.</summary>
    public static async Task RunCampaignJobAsync(this BotHarness bot)
    {
        var scheduler = bot.Get<CampaignScheduler>();
        var before = scheduler.CompletedRuns;
        var now = bot.Time.GetUtcNow().UtcDateTime;
        var quartz = await bot.Get<ISchedulerFactory>().GetScheduler();
        await quartz.TriggerJob(CampaignJob.Key);
        await Poll.UntilAsync(() => scheduler.CompletedRuns > before && scheduler.LastRunUtc >= now, "the campaign job to run");
        await bot.DeliverDueAsync();
    }

    public static void AdvanceTo(this BotHarness bot, DateTime utc) => bot.Time.Advance(utc - bot.Time.GetUtcNow().UtcDateTime);

    /// <summary>The latest message of the questionnaire (a question or the review screen).</summary>
    public static RecordedMessage Screen(this TestUser user) =>
        user.Messages.Where(m => m.Text is { } t && (t.Contains(" · Вопрос ", StringComparison.Ordinal) || t.StartsWith("📋 Проверьте ответы", StringComparison.Ordinal) || t.Contains("отправлена. Ответы хранятся", StringComparison.Ordinal)))
            .MaxBy(m => m.MessageId) ?? throw new InvalidOperationException($"No questionnaire screen in chat {user.Id}: {user.Describe()}");

    /// <summary>Presses a button of the questionnaire screen and waits for the screen to change; returns its text.</summary>
    public static Task<string> Answers(this TestUser user, string button) => user.StepAsync(user.Screen().MessageId, button);

    /// <summary>Types an answer and waits for the bot's next message (the next screen or a re-prompt); returns its text.</summary>
    public static async Task<string> Types(this TestUser user, string text)
    {
        var before = user.Messages.Count;
        user.Send(text);
        await user.Messenger.WaitUntilAsync(() => user.Messages.Count > before, $"an answer to «{text}» in chat {user.Id}");
        return user.Messages[^1].Text!;
    }

    /// <summary>Presses a button by its data on a message and waits for the press to be answered; returns the answer's text.</summary>
    public static async Task<string?> PressesData(this TestUser user, int messageId, string data)
    {
        return await user.Messenger.PressForAnswerAsync(user.Id, messageId, data);
    }

    /// <summary>
    /// Answers every remaining question with its first option (typing <paramref name="text"/> into text questions, or
    /// skipping them when it is null), up to the review screen.
    /// </summary>
    public static async Task<string> AnswersFirstOptions(this TestUser user, string? text = null)
    {
        var screen = user.Screen();
        while (!screen.Text!.StartsWith("📋 Проверьте ответы", StringComparison.Ordinal))
        {
            var option = screen.AllButtons.FirstOrDefault(b => b.CallbackData?.StartsWith("q:o:", StringComparison.Ordinal) == true);
            if (option is not null) await user.StepAsync(screen.MessageId, option.Text);
            else if (text is not null) await user.Types(text);
            else await user.StepAsync(screen.MessageId, "Пропустить");
            screen = user.Screen();
        }
        return screen.Text;
    }

    /// <summary>The invite code of a group's link card ("🔗 Родители 9 класса …").</summary>
    public static string LinkCode(this TestUser team, string group)
    {
        var card = team.Messages.Last(m => m.Text?.StartsWith("🔗 " + group, StringComparison.Ordinal) == true);
        var start = card.Text!.IndexOf("?start=", StringComparison.Ordinal) + 7;
        return card.Text[start..(start + 24)];
    }

    /// <summary>Presses «Начать анкету» (or «Продолжить») for <paramref name="title"/> on the latest message that offers it.</summary>
    public static async Task<string> Starts(this TestUser user, string title)
    {
        var before = user.Count(" · Вопрос ");
        var message = user.Messages.Last(m => m.AllButtons.Any(b => b.Text.Contains(title, StringComparison.Ordinal) && b.CallbackData?.StartsWith("q:go:", StringComparison.Ordinal) == true));
        user.PressData(message.MessageId, message.AllButtons.First(b => b.Text.Contains(title, StringComparison.Ordinal) && b.CallbackData!.StartsWith("q:go:", StringComparison.Ordinal)).CallbackData!);
        await user.Messenger.WaitUntilAsync(() => user.Count(" · Вопрос ") > before, $"the questionnaire «{title}» to open");
        return user.Screen().Text!;
    }

    /// <summary>Answers every remaining question of «Есть ли изменения?» with <paramref name="answer"/>, up to the review screen.</summary>
    public static async Task<string> AnswersAll(this TestUser user, string answer)
    {
        var text = user.Screen().Text!;
        while (!text.StartsWith("📋 Проверьте ответы", StringComparison.Ordinal)) text = await user.Answers(answer);
        return text;
    }

    public static IReadOnlyList<T> All<T>(this BotHarness bot, string collection) => bot.Get<Store>().Collection<T>(collection).FindAll().ToList();
}
