using SchoolSupport.Domain.Delivery;

namespace SchoolSupport.Bot.Delivery;

/// <summary>What the sender of a broadcast reads: live progress (one message edited in place) and the final report.</summary>
internal static class DeliveryTexts
{
    public static string Progress(Broadcast b)
    {
        var text = $"📨 Рассылка «{b.Title}»\nОтправлено {N(b.Delivered)} из {N(b.Recipients)}, не доставлено {N(b.UndeliveredTotal)}";
        if (b.WaitingForQuietHours > 0)
            text += $"\n🌙 Ждут окончания тихих часов по местному времени получателя: {N(b.WaitingForQuietHours)}";
        return text;
    }

    public static string Finished(Broadcast b) =>
        $"✅ Рассылка «{b.Title}» завершена\nОтправлено {N(b.Delivered)} из {N(b.Recipients)}, не доставлено {N(b.UndeliveredTotal)}";

    public static string Report(Broadcast b)
    {
        var lines = new List<string> { $"📊 Итоги рассылки «{b.Title}»", $"Доставлено: {N(b.Delivered)} из {N(b.Recipients)}" };
        if (b.UndeliveredTotal == 0)
        {
            lines.Add("Не доставлено: 0");
            return string.Join('\n', lines);
        }
        lines.Add($"Не доставлено: {N(b.UndeliveredTotal)}");
        foreach (var (reason, count) in b.Undelivered.Where(r => r.Value > 0).OrderByDescending(r => r.Value).ThenBy(r => r.Key, StringComparer.Ordinal))
            lines.Add($" • {Reason(reason, b.Channel)} — {N(count)}");
        return string.Join('\n', lines);
    }

    public static string Reason(string failure, string channel) =>
        Enum.TryParse<DeliveryFailure>(failure, out var f) ? Reason(f, channel) : failure;

    public static string Reason(DeliveryFailure failure, string channel) => failure switch
    {
        DeliveryFailure.Blocked => "заблокировали бота",
        DeliveryFailure.MessengerError => $"ошибка {MessengerOf(channel)} (повторные попытки не помогли)",
        DeliveryFailure.Rejected => $"{Messenger(channel)} отклонил сообщение",
        DeliveryFailure.Forgotten => "удалили свои данные из бота",
        _ => failure.ToString(),
    };

    private static string Messenger(string channel) => channel switch
    {
        "telegram" => "Telegram",
        "max" => "MAX",
        _ => "мессенджер",
    };

    private static string MessengerOf(string channel) => channel is "telegram" or "max" ? Messenger(channel) : "мессенджера";

    private static string N(long value) => RussianNumber.Of(value);
}
