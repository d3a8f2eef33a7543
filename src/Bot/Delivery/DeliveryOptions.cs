using System.Globalization;
using Microsoft.Extensions.Configuration;
using SchoolSupport.Domain.Delivery;

namespace SchoolSupport.Bot.Delivery;

/// <summary>The "Delivery" section: the messenger's limits, quiet hours and retries.</summary>
internal sealed class DeliveryOptions
{
    public const string Section = "Delivery";

    /// <summary>Messages per second for the whole bot (Telegram allows about 30).</summary>
    public double GlobalPerSecond { get; init; } = 25;
    /// <summary>Messages per second to one chat.</summary>
    public double PerChatPerSecond { get; init; } = 1;
    /// <summary>Messages per minute to one group chat.</summary>
    public int PerGroupPerMinute { get; init; } = 20;
    public TimeOnly QuietHoursStart { get; init; } = new(21, 0);
    public TimeOnly QuietHoursEnd { get; init; } = new(8, 0);
    /// <summary>Attempts of a message that meets 5xx, timeouts or network errors before it fails.</summary>
    public int MaxAttempts { get; init; } = 5;

    /// <summary>Requests per second for the whole bot in MAX (MAX allows about 30, every request counted).</summary>
    public double MaxGlobalPerSecond { get; init; } = 25;
    /// <summary>Messages per second to one MAX chat (MAX allows two).</summary>
    public double MaxPerChatPerSecond { get; init; } = 1;

    public DeliveryLimits Limits => new(GlobalPerSecond, PerChatPerSecond, PerGroupPerMinute);

    /// <summary>The pace of one messenger: MAX has its own, every other channel the Telegram-sized one.</summary>
    public DeliveryLimits LimitsFor(string channel) =>
        channel == "max" ? new(MaxGlobalPerSecond, MaxPerChatPerSecond, PerGroupPerMinute) : Limits;
    public QuietHours QuietHours => new(QuietHoursStart, QuietHoursEnd);

    /// <summary>Reads the section; every unreadable or out-of-range value is reported in <paramref name="errors"/>.</summary>
    public static DeliveryOptions Read(IConfiguration config, out List<string> errors)
    {
        var section = config.GetSection(Section);
        var found = new List<string>();
        var defaults = new DeliveryOptions();
        var options = new DeliveryOptions
        {
            GlobalPerSecond = Number(section, nameof(GlobalPerSecond), defaults.GlobalPerSecond, 0.1, 1000, "сообщений в секунду", found),
            PerChatPerSecond = Number(section, nameof(PerChatPerSecond), defaults.PerChatPerSecond, 0.01, 100, "сообщений в секунду", found),
            PerGroupPerMinute = (int)Number(section, nameof(PerGroupPerMinute), defaults.PerGroupPerMinute, 1, 6000, "сообщений в минуту", found, whole: true),
            QuietHoursStart = Time(section, nameof(QuietHoursStart), defaults.QuietHoursStart, found),
            QuietHoursEnd = Time(section, nameof(QuietHoursEnd), defaults.QuietHoursEnd, found),
            MaxAttempts = (int)Number(section, nameof(MaxAttempts), defaults.MaxAttempts, 1, 20, "попыток", found, whole: true),
            MaxGlobalPerSecond = Number(section, "Max:GlobalPerSecond", defaults.MaxGlobalPerSecond, 0.1, 1000, "запросов в секунду", found),
            MaxPerChatPerSecond = Number(section, "Max:PerChatPerSecond", defaults.MaxPerChatPerSecond, 0.01, 100, "сообщений в секунду", found),
        };
        errors = found;
        return options;
    }

    private static double Number(IConfigurationSection section, string key, double fallback, double min, double max, string unit, List<string> errors, bool whole = false)
    {
        var raw = section[key];
        if (string.IsNullOrWhiteSpace(raw)) return fallback;
        var style = whole ? NumberStyles.Integer : NumberStyles.Float;
        if (double.TryParse(raw.Trim(), style, CultureInfo.InvariantCulture, out var value) && value >= min && value <= max && double.IsFinite(value)) return value;
        var range = whole ? $"целое от {min:0} до {max:0}" : $"от {min.ToString(CultureInfo.InvariantCulture)} до {max.ToString(CultureInfo.InvariantCulture)}";
        errors.Add($"{Section}:{key} должно быть числом {range} ({unit}), получено «{raw}».");
        return fallback;
    }

    private static TimeOnly Time(IConfigurationSection section, string key, TimeOnly fallback, List<string> errors)
    {
        var raw = section[key];
        if (string.IsNullOrWhiteSpace(raw)) return fallback;
        if (TimeOnly.TryParseExact(raw.Trim(), ["HH:mm", "H:mm"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var time)) return time;
        errors.Add($"{Section}:{key} должно быть временем ЧЧ:ММ (например 21:00), получено «{raw}».");
        return fallback;
    }
}
