using SchoolSupport.Bot.Features.Roadmaps;
using SchoolSupport.Bot.Tests.Harness;
using SchoolSupport.Domain.Reviews;

namespace SchoolSupport.Bot.Tests.Reviews;

/// <summary>The whole review of one stage through the real host: assign, submit, return, resubmit, accept, complete, history.</summary>
public sealed class ReviewFlowTests
{
    [Theory]
    [InlineData("telegram")]
    [InlineData("max")]
    public async Task A_stage_goes_from_assignment_through_return_and_new_version_to_completion_with_full_history(string channel)
    {
        await using var bot = await BotHarness.StartAsync(channel);
        var (_, coordinator, curator, team) = await bot.CastAsync();

        var assigned = await coordinator.AssignAsync();
        Assert.Contains("Дорожная карта назначена: Дорожная карта «500+», 2027 год — 1 школа", assigned, StringComparison.Ordinal);
        var told = await team.WaitFor("Новая дорожная карта для школы МАОУ «СОШ №7»: Дорожная карта «500+», 2027 год");
        Assert.Contains("• Диагностика — до 1 марта 2027", told.Text, StringComparison.Ordinal);
        var assignment = Assert.Single(bot.Get<AssignmentRepository>().All());
        Assert.Equal(new DateTime(2027, 3, 1, 19, 0, 0, DateTimeKind.Utc), assignment.DeadlineOf("diagnostics")!.DueUtc);

        // The school sends its self-evaluation: the curator gets the file itself with the decision buttons.
        var sent = await team.SubmitAsync("Диагностика", "Отчёт о самообследовании", "Самообследование.pdf", ReviewScenarios.Pdf);
        Assert.Contains("версия 1", sent, StringComparison.Ordinal);
        Assert.Contains(ReviewScenarios.CuratorName, sent, StringComparison.Ordinal);
        var card1 = await curator.CardAsync();
        Assert.Equal("Самообследование.pdf", card1.FileName);
        Assert.Equal(ReviewScenarios.Pdf, card1.FileContent);
        Assert.Contains("Школа: МАОУ «СОШ №7»", card1.Text, StringComparison.Ordinal);
        Assert.Contains($"отправил(а) {ReviewScenarios.TeamName}", card1.Text, StringComparison.Ordinal);
        Assert.Equal(["✅ Принять", "💬 Принять с комментарием", "↩️ Вернуть на доработку", "📜 История"], card1.AllButtons.Select(b => b.Text));
        var submission = bot.Only();
        Assert.Equal(ReviewState.Submitted, submission.State);
        var v1Path = Path.Combine(bot.DataDirectory, submission.Versions[0].StoredPath);
        Assert.Equal($"files/{assignment.SchoolId}/{submission.Id}/1-Самообследование.pdf", submission.Versions[0].StoredPath);
        Assert.Equal(ReviewScenarios.Pdf, await File.ReadAllBytesAsync(v1Path));

        // Return needs a comment; a too short one is refused with a re-prompt.
        curator.PressData(card1.MessageId, card1.Button("Вернуть").CallbackData!);
        await curator.WaitFor("что нужно доработать");
        await curator.Says("ок", "Комментарий слишком короткий");
        await curator.Says("Добавьте анализ результатов ВПР", "возвращён на доработку");
        var returned = await team.WaitFor("возвращён на доработку");
        Assert.Contains("Комментарий: Добавьте анализ результатов ВПР", returned.Text, StringComparison.Ordinal);
        Assert.Equal(ReviewState.Returned, bot.Only().State);

        // A new version from the button under the notice, with the comment in the file's caption.
        await team.Presses("Отправить новую версию", "(версия 2)");
        var v2 = "%PDF-1.4 версия 2"u8.ToArray();
        team.Messenger.SendDocument(team.Id, "Самообследование.pdf", v2, "application/pdf", caption: "Анализ ВПР добавлен");
        await team.WaitFor("отправлен на проверку (версия 2)");
        var card2 = await curator.CardAsync(2);
        Assert.Equal(v2, card2.FileContent);
        Assert.Contains("Версия 2", card2.Text, StringComparison.Ordinal);
        Assert.Contains("Комментарий школы: Анализ ВПР добавлен", card2.Text, StringComparison.Ordinal);
        submission = bot.Only();
        Assert.Equal((ReviewState.Resubmitted, 2), (submission.State, submission.CurrentVersion()));
        Assert.Equal(ReviewScenarios.Pdf, await File.ReadAllBytesAsync(v1Path));
        Assert.Equal(v2, await File.ReadAllBytesAsync(Path.Combine(bot.DataDirectory, submission.Versions[1].StoredPath)));

        // The first card's buttons are for version 1 now.
        Assert.Contains("старой версии", await curator.PressAndAnswerAsync(card1, "Принять"), StringComparison.Ordinal);

        await curator.PressAndAnswerAsync(card2, "✅ Принять");
        await team.WaitFor("Документ «Отчёт о самообследовании» принят");
        Assert.Equal(ReviewState.Accepted, bot.Only().State);
        var again = await curator.PressAndAnswerAsync(card2, "✅ Принять");
        Assert.Contains("Документ уже принят", again, StringComparison.Ordinal);
        Assert.Contains(ReviewScenarios.CuratorName, again, StringComparison.Ordinal);
        Assert.Equal(4, bot.Only().History.Count);

        // The second document of the stage, accepted with a comment, completes the stage.
        await team.SubmitAsync("Диагностика", "Рисковый профиль", "Риски.pdf", ReviewScenarios.Pdf, comment: "Риски 3, 9 и 10 активированы");
        var card3 = await curator.CardAsync(3);
        Assert.Contains("Комментарий школы: Риски 3, 9 и 10 активированы", card3.Text, StringComparison.Ordinal);
        curator.PressData(card3.MessageId, card3.Button("Принять с комментарием").CallbackData!);
        await curator.WaitFor("Напишите комментарий к принятию");
        await curator.Says("Хорошая работа", "Этап «Диагностика» (МАОУ «СОШ №7») завершён");
        var teamAccepted = await team.WaitFor("Комментарий: Хорошая работа");
        Assert.Contains("Рисковый профиль школы", teamAccepted.Text, StringComparison.Ordinal);
        await team.WaitFor("Этап «Диагностика» (МАОУ «СОШ №7») завершён: все документы приняты");

        // Full history: who sent, who decided, when, with what comment.
        var notice = team.Messages.Last(m => m.Text?.Contains("Документ «Отчёт о самообследовании» принят", StringComparison.Ordinal) == true);
        await team.PressAndAnswerAsync(notice, "История");
        var history = await team.WaitFor("История документа «Отчёт о самообследовании»");
        Assert.Contains($"26 ноября 2026, 12:00 — отправлена версия 1: {ReviewScenarios.TeamName}, файл «Самообследование.pdf»", history.Text, StringComparison.Ordinal);
        Assert.Contains($"версия 1 возвращена на доработку: {ReviewScenarios.CuratorName}\n  Комментарий: «Добавьте анализ результатов ВПР»", history.Text, StringComparison.Ordinal);
        Assert.Contains("отправлена новая версия 2", history.Text, StringComparison.Ordinal);
        Assert.Contains("Комментарий: «Анализ ВПР добавлен»", history.Text, StringComparison.Ordinal);
        Assert.Contains($"версия 2 принята: {ReviewScenarios.CuratorName}", history.Text, StringComparison.Ordinal);
        Assert.Contains("Сейчас: принят", history.Text, StringComparison.Ordinal);

        // /submit shows the stage as done.
        var wizard = await team.Says("/submit", "Выберите этап");
        Assert.Contains(wizard.AllButtons, b => b.Text.StartsWith("✅ Диагностика", StringComparison.Ordinal) && b.Text.EndsWith("(2/2)", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Submissions_and_their_files_survive_a_restart()
    {
        await using var bot = await BotHarness.StartAsync();
        var (_, coordinator, curator, team) = await bot.CastAsync();
        await coordinator.AssignAsync();
        await team.SubmitAsync("Концептуальные документы", "Концепция развития", "Концепция.pdf", ReviewScenarios.Pdf);
        var card = await curator.CardAsync();

        await bot.RestartAsync();

        var s = bot.Only();
        Assert.True(File.Exists(Path.Combine(bot.DataDirectory, s.Versions[0].StoredPath)));
        await curator.PressAndAnswerAsync(card, "✅ Принять");
        await team.WaitFor("Документ «Концепция развития» принят");
        await curator.Says("/reviews", "Документов на проверке нет");
        Assert.Empty(Directory.GetFiles(Path.Combine(bot.DataDirectory, "files"), "*.tmp", SearchOption.AllDirectories));
    }
}
