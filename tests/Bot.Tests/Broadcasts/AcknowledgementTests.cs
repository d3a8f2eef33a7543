using SchoolSupport.Bot.Delivery;
using SchoolSupport.Bot.Features.Mailings;
using SchoolSupport.Bot.Storage;
using SchoolSupport.Bot.Tests.Delivery;
using SchoolSupport.Bot.Tests.Harness;
using SchoolSupport.Domain.Broadcasts;
using SchoolSupport.Domain.Participants;
using static SchoolSupport.Bot.Tests.Mailings.MailingPeople;

namespace SchoolSupport.Bot.Tests.Mailings;

public sealed class AcknowledgementTests
{
    private const string Text = "Просим ознакомиться с положением о конкурсе.";

    [Fact]
    public async Task Recipients_acknowledge_once_forged_presses_change_nothing_and_the_sender_sees_a_per_school_report()
    {
        await using var bot = await BotHarness.StartAsync();
        bot.SeedDemoSchools();
        var coordinator = await bot.JoinCoordinatorAsync();
        var first = bot.Member(201, Role.Teacher, School7);
        var second = bot.Member(202, Role.Teacher, School9);
        var third = bot.Member(205, Role.Teacher, Vasilyevskaya);
        var parent = bot.Member(204, Role.Parent, School7);

        var picker = await coordinator.StartMailingAsync(Text, ack: "Да, напомнить через 3 дня");
        await coordinator.StepAsync(picker.MessageId, "Учителя");
        var controls = await coordinator.FinishAudienceAsync();
        Assert.Contains("через 3 дня придёт напоминание", controls, StringComparison.Ordinal);
        var answers = bot.Api.CallbackAnswers.Count;
        coordinator.Press("Ознакомлен");
        await bot.WaitForAnswerAsync(answers);
        Assert.Contains("образец", bot.Api.CallbackAnswers[^1].Text, StringComparison.Ordinal);

        await coordinator.Presses("Отправить сейчас", "Рассылка запущена");
        await bot.RunDeliveryUntilAsync(() => new[] { first, second, third }.All(t => t.Messages.Any(m => m.Text == Text)), "the mailing to reach every teacher");
        var received = first.Messages.Single(m => m.Text == Text);
        var ackData = received.Button("Ознакомлен").CallbackData!;
        Assert.Matches("^bc:ack:[A-Za-z0-9_-]{12}$", ackData);

        var acked = await first.Presses("Ознакомлен", "✅ Ознакомлен(а) 26.11.2026");
        Assert.Equal(received.MessageId, acked.MessageId);
        Assert.Equal($"{Text}\n\n✅ Ознакомлен(а) 26.11.2026", acked.Text);
        Assert.Empty(acked.AllButtons);
        Assert.Equal("Спасибо, отметка сохранена.", bot.Api.CallbackAnswers[^1].Text);

        answers = bot.Api.CallbackAnswers.Count;
        first.PressData(received.MessageId, ackData);
        await bot.WaitForAnswerAsync(answers);
        Assert.Equal("Вы уже отметили.", bot.Api.CallbackAnswers[^1].Text);

        var menu = await parent.Says("/menu", "Главное меню");
        answers = bot.Api.CallbackAnswers.Count;
        parent.PressData(menu.MessageId, ackData);
        await bot.WaitForAnswerAsync(answers);
        Assert.Equal("Эта рассылка адресована не вам.", bot.Api.CallbackAnswers[^1].Text);

        var mailing = Assert.Single(bot.Get<Store>().Collection<Mailing>("mailings").FindAll().ToList());
        Assert.Equal(["person201"], mailing.Acks.Select(a => a.ParticipantId));

        await bot.RunDeliveryUntilAsync(() => bot.Get<Broadcasts>().Get(mailing.BroadcastId!)!.Delivered == 3, "the deliveries to be recorded");
        var list = await coordinator.Says("/mailings", "Ваши последние рассылки");
        Assert.Contains("получили: 3 из 3; ознакомились: 1 из 3", list.Text, StringComparison.Ordinal);
        var report = await coordinator.StepAsync(list.MessageId, "По школам");
        Assert.Contains("Ознакомились 1 из 3.", report, StringComparison.Ordinal);
        Assert.Contains("МАОУ «СОШ №7»: ознакомились 1 из 1\nМАОУ «СОШ №9»: ознакомились 0 из 1\nМОУ «Васильевская СОШ»: ознакомились 0 из 1", report, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_follow_up_goes_once_after_N_days_only_to_those_who_have_not_acknowledged()
    {
        await using var bot = await BotHarness.StartAsync();
        bot.SeedDemoSchools();
        var coordinator = await bot.JoinCoordinatorAsync();
        var first = bot.Member(201, Role.Teacher, School7);
        var second = bot.Member(202, Role.Teacher, School9);

        var picker = await coordinator.StartMailingAsync(Text, ack: "через 2 дня");
        await coordinator.StepAsync(picker.MessageId, "Учителя");
        await coordinator.FinishAudienceAsync();
        await coordinator.Presses("Отправить сейчас", "Рассылка запущена");
        await bot.RunDeliveryUntilAsync(() => first.Messages.Any(m => m.Text == Text) && second.Messages.Any(m => m.Text == Text), "the mailing to reach both teachers");
        await first.Presses("Ознакомлен", "✅ Ознакомлен(а)");

        var followUps = bot.Get<MailingFollowUps>();
        var sentAt = bot.Get<MailingRepository>().RecentBy(bot.Get<ParticipantRepository>().All().Single(p => p.Has(Role.Coordinator)).Id, 1)[0].SendAtUtc;
        bot.Time.Advance(sentAt + TimeSpan.FromDays(2) - TimeSpan.FromMinutes(1) - bot.Time.GetUtcNow().UtcDateTime);
        Assert.Equal(0, followUps.RunDue());
        bot.Time.Advance(TimeSpan.FromMinutes(2));
        followUps.RunDue();
        followUps.RunDue();

        static bool IsReminder(TestBotApi.RecordedMessage m) => m.Text?.StartsWith("🔔 Напоминание", StringComparison.Ordinal) == true;
        await bot.RunDeliveryUntilAsync(() => second.Messages.Any(IsReminder), "the follow-up");
        var reminder = second.Messages.Single(IsReminder);
        Assert.Contains("с сообщением от 26 ноября", reminder.Text, StringComparison.Ordinal);
        Assert.EndsWith(Text, reminder.Text, StringComparison.Ordinal);
        var mailing = Assert.Single(bot.Get<Store>().Collection<Mailing>("mailings").FindAll().ToList());
        Assert.NotNull(mailing.FollowUpDoneAtUtc);
        Assert.NotNull(mailing.FollowUpBroadcastId);
        Assert.Single(bot.Get<Outbox>().ForChat("telegram", second.Id), i => i.BroadcastId == mailing.FollowUpBroadcastId);
        Assert.DoesNotContain(bot.Get<Outbox>().ForChat("telegram", first.Id), i => i.BroadcastId == mailing.FollowUpBroadcastId);

        var acked = await second.Presses("Ознакомлен", "✅ Ознакомлен(а) 28.11.2026");
        Assert.Equal(reminder.MessageId, acked.MessageId);
        bot.Time.Advance(TimeSpan.FromDays(3));
        Assert.Equal(0, followUps.RunDue());
        Assert.Equal(2, bot.Get<MailingRepository>().Get(mailing.Id)!.Acks.Count);
    }
}
