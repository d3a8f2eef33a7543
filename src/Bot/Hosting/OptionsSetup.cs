using System.Globalization;
using Microsoft.Extensions.Configuration;
using SchoolSupport.Bot.Delivery;

namespace SchoolSupport.Bot.Hosting;

/// <summary>Reads and validates all options at start, so a bad configuration stops the bot with a clear message.</summary>
internal static class OptionsSetup
{
    public static (TelegramOptions Telegram, StorageOptions Storage, BotOptions Bot, DeliveryOptions Delivery) Read(IConfiguration config)
    {
        var telegram = config.GetSection(TelegramOptions.Section).Get<TelegramOptions>() ?? new TelegramOptions();
        var storage = config.GetSection(StorageOptions.Section).Get<StorageOptions>() ?? new StorageOptions();
        var bot = new BotOptions
        {
            TimeZone = config[$"{BotOptions.Section}:TimeZone"] ?? "Europe/Moscow",
            Coordinators = ReadIds(config.GetSection($"{BotOptions.Section}:Coordinators"), out var badIds),
            MaxFileBytes = config.GetValue($"{BotOptions.Section}:MaxFileBytes", 20L * 1024 * 1024),
        };
        var delivery = DeliveryOptions.Read(config, out var deliveryErrors);
        var errors = telegram.Validate().Concat(bot.Validate()).Concat(badIds).Concat(deliveryErrors).Concat(CheckDataDirectory(storage)).ToList();
        if (errors.Count > 0)
            throw new InvalidOperationException("Неверная конфигурация:" + Environment.NewLine + string.Join(Environment.NewLine, errors.Select(e => " - " + e)));
        return (telegram, storage, bot, delivery);
    }

    /// <summary>The "Max" section: the MAX channel runs when its token is set (beside Telegram or alone).</summary>
    public static Channels.Max.MaxOptions ReadMax(IConfiguration config)
    {
        var max = Channels.Max.MaxOptions.Read(config, out var errors);
        if (errors.Count > 0)
            throw new InvalidOperationException("Неверная конфигурация:" + Environment.NewLine + string.Join(Environment.NewLine, errors.Select(e => " - " + e)));
        return max;
    }

    /// <summary>The "Reviews" section (documents of roadmap stages); its file limit is capped by Bot:MaxFileBytes.</summary>
    public static Features.Reviews.ReviewOptions ReadReviews(IConfiguration config, BotOptions bot)
    {
        var reviews = Features.Reviews.ReviewOptions.Read(config, bot.MaxFileBytes, out var errors);
        if (errors.Count > 0)
            throw new InvalidOperationException("Неверная конфигурация:" + Environment.NewLine + string.Join(Environment.NewLine, errors.Select(e => " - " + e)));
        return reviews;
    }

    /// <summary>The "Nudges" section: digest hour, waiting and escalation days, the weekly summary day.</summary>
    public static Features.Nudges.NudgeOptions ReadNudges(IConfiguration config, DeliveryOptions delivery)
    {
        var nudges = Features.Nudges.NudgeOptions.Read(config, delivery.QuietHours, out var errors);
        if (errors.Count > 0)
            throw new InvalidOperationException("Неверная конфигурация:" + Environment.NewLine + string.Join(Environment.NewLine, errors.Select(e => " - " + e)));
        return nudges;
    }

    /// <summary>Accepts both "1,2" (one environment variable) and the array form (Bot__Coordinators__0=1).</summary>
    /// <remarks>The array form wins: appsettings.json's empty "Coordinators" value must not hide it.</remarks>
    private static List<long> ReadIds(IConfigurationSection section, out List<string> errors)
    {
        var children = section.GetChildren().ToList();
        var raw = children.Count > 0
            ? children.Select(c => c.Value ?? "").ToArray()
            : (section.Value ?? "").Split([',', ';', ' '], StringSplitOptions.RemoveEmptyEntries);
        errors = [];
        var ids = new List<long>();
        foreach (var text in raw)
        {
            if (long.TryParse(text.Trim(), NumberStyles.Integer, CultureInfo.InvariantCulture, out var id)) ids.Add(id);
            else errors.Add($"Bot:Coordinators: «{text}» не число (ожидаются идентификаторы пользователей Telegram).");
        }
        return ids;
    }

    private static IEnumerable<string> CheckDataDirectory(StorageOptions storage)
    {
        string? error = null;
        try
        {
            Directory.CreateDirectory(storage.DataDirectory);
            var probe = Path.Combine(storage.DataDirectory, $".write-probe-{Environment.ProcessId}");
            File.WriteAllText(probe, "ok");
            File.Delete(probe);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            error = $"Storage:DataDirectory «{Path.GetFullPath(storage.DataDirectory)}» недоступна для записи: {e.Message}";
        }
        if (error is not null) yield return error;
    }
}
