using System.Globalization;
using Microsoft.Extensions.Configuration;
using SchoolSupport.Domain.Campaigns;
using SchoolSupport.Domain.Delivery;

namespace SchoolSupport.Bot.Features.Questionnaires;

/// <summary>
/// The "Campaigns" section: <c>ReminderDaysBefore</c> (days before the last day, "3,1" by default; 0 = on the last day)
/// and <c>ReminderHour</c> (local hour from which reminders go, 10). A bad value stops the bot at start.
/// </summary>
internal sealed class CampaignOptions
{
    public const string Section = "Campaigns";

    public ReminderSettings Reminders { get; init; } = new();

    public static CampaignOptions Read(IConfiguration config, QuietHours quiet)
    {
        var errors = new List<string>();
        var defaults = new ReminderSettings();
        var days = Days(config.GetSection($"{Section}:ReminderDaysBefore"), defaults.DaysBefore, errors);
        var hourText = config[$"{Section}:ReminderHour"];
        var hour = defaults.Hour;
        if (!string.IsNullOrWhiteSpace(hourText) && (!int.TryParse(hourText.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out hour) || hour > 23))
            errors.Add($"{Section}:ReminderHour должно быть целым числом от 0 до 23 (час местного времени школы), получено «{hourText}».");
        if (errors.Count > 0)
            throw new InvalidOperationException("Неверная конфигурация:" + Environment.NewLine + string.Join(Environment.NewLine, errors.Select(e => " - " + e)));
        return new CampaignOptions { Reminders = new ReminderSettings { DaysBefore = days, Hour = hour, Quiet = quiet } };
    }

    /// <summary>"3,1" (one variable) or the array form (Campaigns__ReminderDaysBefore__0=3).</summary>
    private static IReadOnlyList<int> Days(IConfigurationSection section, IReadOnlyList<int> fallback, List<string> errors)
    {
        var children = section.GetChildren().ToList();
        var raw = children.Count > 0
            ? children.Select(c => c.Value ?? "").ToArray()
            : (section.Value ?? "").Split([',', ';', ' '], StringSplitOptions.RemoveEmptyEntries);
        if (raw.Length == 0) return fallback;
        var days = new List<int>();
        foreach (var text in raw)
        {
            if (int.TryParse(text.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var d) && d <= ReminderSettings.MaxDaysBefore) days.Add(d);
            else errors.Add($"{Section}:ReminderDaysBefore: «{text}» — ожидаются дни до последнего дня анкетирования от 0 до {ReminderSettings.MaxDaysBefore}, например \"3,1\".");
        }
        return days.Distinct().OrderDescending().ToList();
    }
}
