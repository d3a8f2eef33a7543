using System.Text;
using SchoolSupport.Bot.Delivery;
using SchoolSupport.Bot.Features.Mailings;
using SchoolSupport.Bot.Storage;
using SchoolSupport.Bot.Tests.Delivery;
using SchoolSupport.Bot.Tests.Harness;
using SchoolSupport.Domain.Participants;
using static SchoolSupport.Bot.Tests.Mailings.MailingPeople;

namespace SchoolSupport.Bot.Tests.Mailings;

public sealed class MailingSendTests
{
    private const string Text = "Коллеги, <b>важно</b> & срочно: «500+» <a href=\"x\">ссылка</a>\nВторая строка *без* разметки.";

    [Fact]
    public async Task Sent_now_every_recipient_gets_exactly_the_text_and_the_file_after_a_preview_and_a_test_copy()
    {
        await using var bot = await BotHarness.StartAsync();
        bot.SeedDemoSchools();
        var coordinator = await bot.JoinCoordinatorAsync();
        var teachers = new[] { bot.Member(201, Role.Teacher, School7), bot.Member(202, Role.Teacher, School9), bot.Member(205, Role.Teacher, Vasilyevskaya) };
        var blocked = bot.Member(203, Role.Teacher, School7, blocked: true);
        var parent = bot.Member(204, Role.Parent, School7);
        var pdf = Encoding.UTF8.GetBytes("%PDF-1.4 программа вебинара");

        await coordinator.Says("/mailing", "Пришлите текст сообщения");
        await coordinator.Says(new string('я', 3501), "Текст слишком длинный: 3501 символов");
        await coordinator.Says(Text, "Приложить файл?");
        await coordinator.SendsFile("Программа.pdf", pdf, "подтвердить, что они ознакомились", "application/pdf");
        var picker = await coordinator.Presses("Нет, подтверждение не нужно", "Кому отправить?");
        await coordinator.StepAsync(picker.MessageId, "Учителя");
        var controls = await coordinator.FinishAudienceAsync();

        Assert.Contains("Получат: 3. Не получат: 1 — заблокировали бота: 1.", controls, StringComparison.Ordinal);
        Assert.Contains("Файл: Программа.pdf", controls, StringComparison.Ordinal);
        var sample = coordinator.Messages.Single(m => m.Text == Text);
        Assert.Null(sample.ParseMode);
        Assert.Empty(sample.AllButtons);
        await bot.RunDeliveryUntilAsync(() => coordinator.Messages.Any(m => m.FileName == "Программа.pdf"), "the sample file: " + string.Join(";", bot.Get<Outbox>().ForChat("telegram", BotHarness.CoordinatorId).Select(i => i.Status + " " + i.Error)));
        Assert.Equal(pdf, coordinator.Messages.Single(m => m.FileName == "Программа.pdf").FileContent);

        await coordinator.Presses("Пробная копия себе", "Пробная копия — ниже");
        await coordinator.WaitFor("Отправить сейчас или запланировать?");
        await bot.Api.WaitUntilAsync(_ => coordinator.Messages.Count(m => m.Text == Text) == 2 && coordinator.Messages.Count(m => m.FileName == "Программа.pdf") == 2,
            what: "the test copy");
        Assert.All(teachers, t => Assert.Empty(t.Messages));

        await coordinator.Presses("Отправить сейчас", "Рассылка запущена: 3 получателя");
        await bot.RunDeliveryUntilAsync(() => teachers.All(t => t.Messages.Any(m => m.Text == Text) && t.Messages.Any(m => m.FileName == "Программа.pdf")),
            "the mailing to reach every teacher");
        foreach (var teacher in teachers)
        {
            var got = await bot.Api.WaitForMessageAsync(teacher.Id, m => m.Text == Text);
            Assert.Null(got.ParseMode);
            Assert.Empty(got.AllButtons);
            var file = await bot.Api.WaitForMessageAsync(teacher.Id, m => m.FileName == "Программа.pdf");
            Assert.Equal(pdf, file.FileContent);
        }
        var mailing = Assert.Single(bot.Get<Store>().Collection<Domain.Broadcasts.Mailing>("mailings").FindAll().ToList());
        Assert.Equal(Text, mailing.Text);
        Assert.Equal(3, mailing.Recipients.Count);
        Assert.Equal(1, mailing.SkippedCount);
        Assert.Empty(blocked.Messages);
        Assert.Empty(parent.Messages);
        Assert.Equal(2, bot.Get<Outbox>().ForChat("telegram", 201).Count(i => i.BroadcastId == mailing.BroadcastId));
        Assert.True(File.Exists(Path.Combine(bot.DataDirectory, "files", "mailings", mailing.File!.Key)));
    }

    [Fact]
    public async Task A_scheduled_mailing_goes_out_only_once_its_time_has_come()
    {
        await using var bot = await BotHarness.StartAsync();
        bot.SeedDemoSchools();
        var coordinator = await bot.JoinCoordinatorAsync();
        var teacher = bot.Member(205, Role.Teacher, Vasilyevskaya);

        await coordinator.StartMailingAsync("Напоминаем о семинаре");
        await coordinator.FinishAudienceAsync();
        var when = await coordinator.Presses("Запланировать", "Когда отправить?");
        Assert.Contains("UTC+3, сейчас 26.11 10:00", when.Text, StringComparison.Ordinal);
        Assert.Contains("Сегодня 12:00", when.AllButtons.Select(b => b.Text));
        Assert.Contains("Завтра 9:00", when.AllButtons.Select(b => b.Text));

        await coordinator.Says("в пятницу", "Не понял дату и время");
        await coordinator.Says("26.11 09:00", "Это время уже прошло");
        await coordinator.Says("26.11 15:00", "Рассылка запланирована на 26 ноября 2026, 15:00 (UTC+3)");

        // A reply sent after the schedule has been through the delivery worker, and the mailing stayed behind.
        await coordinator.Says("/mailings", "запланирована на 26.11 15:00");
        Assert.Empty(teacher.Messages);
        var item = Assert.Single(bot.Get<Outbox>().ForChat("telegram", teacher.Id));
        Assert.Equal(OutboxStatus.Pending, item.Status);
        Assert.Equal(new DateTime(2026, 11, 26, 12, 0, 0, DateTimeKind.Utc), item.NextAttemptUtc);

        bot.Time.Advance(TimeSpan.FromHours(5) + TimeSpan.FromMinutes(1));
        await bot.RunDeliveryUntilAsync(() => teacher.Messages.Any(m => m.Text == "Напоминаем о семинаре"), "the scheduled mailing");
    }

    [Fact]
    public async Task A_quick_time_button_schedules_in_the_senders_zone_and_cancel_sends_nothing()
    {
        await using var bot = await BotHarness.StartAsync();
        bot.SeedDemoSchools();
        var coordinator = await bot.JoinCoordinatorAsync();
        var teacher = bot.Member(201, Role.Teacher, School7);

        await coordinator.StartMailingAsync("Первое");
        await coordinator.FinishAudienceAsync();
        await coordinator.Presses("Запланировать", "Когда отправить?");
        await coordinator.Presses("Завтра 9:00", "Рассылка запланирована на 27 ноября 2026, 09:00");
        var item = Assert.Single(bot.Get<Outbox>().ForChat("telegram", teacher.Id));
        Assert.Equal(new DateTime(2026, 11, 27, 6, 0, 0, DateTimeKind.Utc), item.NextAttemptUtc);

        await coordinator.StartMailingAsync("Второе");
        await coordinator.FinishAudienceAsync();
        await coordinator.Presses("Отмена", "Рассылка отменена");
        Assert.Single(bot.Get<Outbox>().ForChat("telegram", teacher.Id));
        Assert.Single(bot.Get<MailingRepository>().RecentBy(bot.Get<ParticipantRepository>().All().Single(p => p.Has(Role.Coordinator)).Id, 10));
    }

    [Fact]
    public async Task A_file_with_a_caption_gives_the_text_and_the_file_in_one_step()
    {
        await using var bot = await BotHarness.StartAsync();
        bot.SeedDemoSchools();
        var coordinator = await bot.JoinCoordinatorAsync();
        bot.Member(201, Role.Teacher, School7);

        await coordinator.Says("/mailing", "Пришлите текст сообщения");
        bot.Api.SendDocument(coordinator.Id, "План.docx", [1, 2, 3], "application/octet-stream", caption: "План на декабрь");
        await coordinator.WaitFor("подтвердить, что они ознакомились");
        Assert.Equal(0, coordinator.Count("Приложить файл?"));
        await coordinator.Presses("Нет, подтверждение не нужно", "Кому отправить?");
        var controls = await coordinator.FinishAudienceAsync();

        Assert.Contains("Файл: План.docx", controls, StringComparison.Ordinal);
        Assert.Single(coordinator.Messages, m => m.Text == "План на декабрь");
    }
}
