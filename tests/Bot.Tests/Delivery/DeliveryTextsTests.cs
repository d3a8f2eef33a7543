using SchoolSupport.Bot.Delivery;
using SchoolSupport.Domain.Delivery;

namespace SchoolSupport.Bot.Tests.Delivery;

public sealed class DeliveryTextsTests
{
    private const char Thin = RussianNumber.GroupSeparator;

    [Fact]
    public void Progress_reads_as_sent_of_total_and_not_delivered_with_Russian_thousands()
    {
        var b = new Broadcast { Title = "Вебинар", Recipients = 10_000, Delivered = 4_210, Undelivered = new() { ["Blocked"] = 30, ["Rejected"] = 7 } };

        Assert.Equal($"📨 Рассылка «Вебинар»\nОтправлено 4{Thin}210 из 10{Thin}000, не доставлено 37", DeliveryTexts.Progress(b));
    }

    [Fact]
    public void The_report_lists_the_reasons_most_frequent_first()
    {
        var b = new Broadcast
        {
            Title = "Вебинар",
            Channel = "telegram",
            Recipients = 10_000,
            Delivered = 9_963,
            Undelivered = new() { ["Rejected"] = 2, ["Blocked"] = 30, ["MessengerError"] = 5 },
        };

        Assert.Equal(
            $"📊 Итоги рассылки «Вебинар»\nДоставлено: 9{Thin}963 из 10{Thin}000\nНе доставлено: 37\n" +
            " • заблокировали бота — 30\n • ошибка Telegram (повторные попытки не помогли) — 5\n • Telegram отклонил сообщение — 2",
            DeliveryTexts.Report(b));
    }

    [Fact]
    public void Recipients_waiting_for_their_quiet_hours_are_shown_in_the_progress()
    {
        var b = new Broadcast { Title = "Вебинар", Recipients = 20, Delivered = 10, WaitingForQuietHours = 10 };

        Assert.EndsWith("Ждут окончания тихих часов по местному времени получателя: 10", DeliveryTexts.Progress(b), StringComparison.Ordinal);
    }
}
