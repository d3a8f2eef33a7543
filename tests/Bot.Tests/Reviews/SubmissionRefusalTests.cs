using SchoolSupport.Bot.Tests.Harness;

namespace SchoolSupport.Bot.Tests.Reviews;

public sealed class SubmissionRefusalTests
{
    [Fact]
    public async Task Wrong_types_and_too_big_files_are_refused_with_the_accepted_list_and_the_school_can_try_again()
    {
        await using var bot = await BotHarness.StartAsync(s =>
        {
            s["Reviews:MaxFileBytes"] = "1000";
            s["Bot:MaxFileBytes"] = "3000";
        });
        var (_, coordinator, curator, team) = await bot.CastAsync();
        await coordinator.AssignAsync();
        var wizard = await team.Says("/submit", "Выберите этап");
        await team.StepAsync(wizard.MessageId, "Концептуальные документы");
        var ask = await team.StepAsync(wizard.MessageId, "Концепция развития");
        Assert.Contains("размер до 1000 Б", ask, StringComparison.Ordinal);

        var exe = await team.SendsFile("setup.exe", [1, 2, 3], "не принят: такой тип файла не подходит", "application/octet-stream");
        Assert.Contains("Принимаются: pdf, doc, docx, xls, xlsx, odt, jpg, png", exe.Text, StringComparison.Ordinal);
        var over = await team.SendsFile("big.pdf", new byte[2000], "не принят: он больше 1000 Б", "application/pdf");
        Assert.Contains("Принимаются: pdf, doc, docx, xls, xlsx, odt, jpg, png", over.Text, StringComparison.Ordinal);
        await team.SendsFile("huge.pdf", new byte[5000], "Файл «huge.pdf» не принят: он больше 1000 Б", "application/pdf");
        await team.Says("вот документ", "Жду файл документа");
        Assert.Empty(bot.All());
        Assert.False(Directory.Exists(Path.Combine(bot.DataDirectory, "files")));

        await team.SendsFile("Концепция.docx", new byte[900], "получен", "application/vnd.openxmlformats-officedocument.wordprocessingml.document");
        await team.Presses("без комментария", "отправлен на проверку");
        var card = await curator.CardAsync();
        Assert.Equal("Концепция.docx", card.FileName);
    }

    [Fact]
    public async Task A_second_upload_while_on_review_is_refused_and_people_without_a_roadmap_are_told_why()
    {
        await using var bot = await BotHarness.StartAsync();
        var (_, coordinator, curator, team) = await bot.CastAsync();
        await team.Says("/submit", "ещё не назначена дорожная карта");
        await curator.Says("/submit", "Вам нечего отправлять");
        await coordinator.AssignAsync();
        await team.SubmitAsync("Концептуальные документы", "Концепция развития", "Концепция.pdf", ReviewScenarios.Pdf);

        var wizard = await team.Says("/submit", "Выберите этап");
        var stage = await team.StepAsync(wizard.MessageId, "Концептуальные документы");
        Assert.Contains("⏳ Концепция развития — на проверке", stage, StringComparison.Ordinal);
        Assert.Contains("Антирисковая программа — не отправлен (по одной на каждый активированный риск)", stage, StringComparison.Ordinal);
        Assert.Contains("Риски школы ещё не активированы", stage, StringComparison.Ordinal);
        var answer = await team.PressAndAnswerAsync(team.Messages.Single(m => m.MessageId == wizard.MessageId), "Концепция развития");
        Assert.Contains("Документ уже на проверке", answer, StringComparison.Ordinal);
        Assert.Single(bot.Only().Versions);
    }
}
