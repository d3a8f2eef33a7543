using SchoolSupport.Bot.Features.Reviews;
using SchoolSupport.Bot.Tests.Harness;
using SchoolSupport.Domain.Reviews;
using SchoolSupport.TestBotApi;

namespace SchoolSupport.Bot.Tests.Reviews;

/// <summary>The people of a review: the coordinator, the curator and the school team of МАОУ «СОШ №7» (Верхняя Пышма).</summary>
internal sealed record ReviewCast(BotHarness Bot, TestUser Coordinator, TestUser Curator, TestUser Team);

/// <summary>Steps the review tests share, done through the chat as people would.</summary>
internal static class ReviewScenarios
{
    public const string School = "МАОУ «СОШ №7»";
    public const string CuratorName = "Куратова Ирина Ивановна";
    public const string TeamName = "Директорова Анна Петровна";
    public static readonly byte[] Pdf = [.. "%PDF-1.4\n% Концепция развития\n"u8.ToArray(), .. new byte[200]];

    /// <summary>Demo schools, the coordinator, a curator and a school team member of СОШ №7, joined by invites.</summary>
    public static async Task<ReviewCast> CastAsync(this BotHarness bot)
    {
        bot.SeedDemoSchools();
        var coordinator = await bot.JoinCoordinatorAsync();
        var curator = await bot.JoinWithCodeAsync(501, await coordinator.CreateInviteAsync("Куратор", "Верхняя Пышма", [School]), CuratorName);
        var team = await bot.JoinWithCodeAsync(601, await coordinator.CreateInviteAsync("Школьная команда", "Верхняя Пышма", [School]), TeamName);
        return new ReviewCast(bot, coordinator, curator, team);
    }

    /// <summary>/roadmap → «Назначить» → template → Верхняя Пышма → year → schools → «Назначить».</summary>
    public static async Task<string> AssignAsync(this TestUser coordinator, string template = "«500+»", string year = "2027", params string[] schools)
    {
        var menu = await coordinator.Says("/roadmap", "🗺 Дорожные карты");
        await coordinator.StepAsync(menu.MessageId, "Назначить дорожную карту");
        await coordinator.StepAsync(menu.MessageId, template);
        await coordinator.StepAsync(menu.MessageId, "Верхняя Пышма");
        await coordinator.StepAsync(menu.MessageId, $"{year} год");
        foreach (var school in schools.Length == 0 ? [School] : schools) await coordinator.StepAsync(menu.MessageId, school);
        return await coordinator.StepAsync(menu.MessageId, "✅ Назначить");
    }

    /// <summary>/submit → stage → document → file → «Отправить без комментария» (or a typed comment); waits for the confirmation.</summary>
    public static async Task<string> SubmitAsync(this TestUser team, string stage, string document, string fileName, byte[] content, string? comment = null)
    {
        var wizard = await team.Says("/submit", "Выберите этап");
        await team.StepAsync(wizard.MessageId, stage);
        var ask = await team.StepAsync(wizard.MessageId, document);
        Assert.Contains("Пришлите файл документа", ask, StringComparison.Ordinal);
        await team.SendsFile(fileName, content, $"Файл «{fileName}» получен", "application/pdf");
        var sent = comment is null
            ? await team.Presses("без комментария", "отправлен на проверку")
            : await team.Says(comment, "отправлен на проверку");
        return sent.Text!;
    }

    /// <summary>The newest card (a document with decision buttons) the curator has.</summary>
    public static async Task<RecordedMessage> CardAsync(this TestUser reviewer, int count = 1)
    {
        await reviewer.Messenger.WaitUntilAsync(() => Cards(reviewer).Count >= count, $"card #{count} in chat {reviewer.Id}");
        return Cards(reviewer)[count - 1];
    }

    public static IReadOnlyList<RecordedMessage> Cards(TestUser reviewer) =>
        [.. reviewer.Messages.Where(m => m.Kind == "document" && m.Text?.Contains("Документ на проверку", StringComparison.Ordinal) == true)];

    /// <summary>Presses a button of a given message and waits for the press to be answered; returns the answer's text.</summary>
    public static Task<string?> PressAndAnswerAsync(this TestUser user, RecordedMessage message, string button) =>
        user.Messenger.PressForAnswerAsync(user.Id, message.MessageId, message.Button(button).CallbackData!);

    public static Submission Only(this BotHarness bot) => Assert.Single(bot.Get<SubmissionRepository>().All());

    public static IReadOnlyList<Submission> All(this BotHarness bot) => bot.Get<SubmissionRepository>().All();
}
