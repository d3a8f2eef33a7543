using System.Globalization;
using Microsoft.Extensions.Configuration;
using SchoolSupport.Domain.Delivery;
using SchoolSupport.Domain.Nudges;

namespace SchoolSupport.Bot.Features.Nudges;

/// <summary>
/// The "Nudges" section: <c>DigestHour</c> (local hour, 9), <c>WaitingDays</c> (3), <c>EscalationDays</c> (7),
/// <c>WeeklySummaryDay</c> (Monday). Read and checked at start; a bad value stops the bot with a clear message.
/// </summary>
internal sealed class NudgeOptions
{
    public const string Section = "Nudges";

    public NudgeSettings Settings { get; init; } = new();

    /// <param name="quiet">The delivery's quiet hours: no nudge is planned in them.</param>
    public static NudgeOptions Read(IConfiguration config, QuietHours quiet, out List<string> errors)
    {
        var section = config.GetSection(Section);
        var defaults = new NudgeSettings();
        var found = new List<string>();
        var hour = Whole(section, nameof(NudgeSettings.DigestHour), defaults.DigestHour, 0, 23, "час местного времени", found);
        var waiting = Whole(section, nameof(NudgeSettings.WaitingDays), defaults.WaitingDays, 1, NudgeSettings.MaxDays, "дней", found);
        var escalation = Whole(section, nameof(NudgeSettings.EscalationDays), defaults.EscalationDays, 1, NudgeSettings.MaxDays, "дней", found);
        if (escalation < waiting)
            found.Add($"{Section}:EscalationDays ({escalation}) должно быть не меньше {Section}:WaitingDays ({waiting}): координатор узнаёт о проверке позже куратора.");
        var day = Day(section, defaults.WeeklySummaryDay, found);
        errors = found;
        return new NudgeOptions { Settings = new NudgeSettings { DigestHour = hour, WaitingDays = waiting, EscalationDays = escalation, WeeklySummaryDay = day, Quiet = quiet } };
    }

    private static int Whole(IConfigurationSection section, string key, int fallback, int min, int max, string unit, List<string> errors)
    {
        var raw = section[key];
        if (string.IsNullOrWhiteSpace(raw)) return fallback;
        if (int.TryParse(raw.Trim(), NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) && value >= min && value <= max) return value;
        errors.Add($"{Section}:{key} должно быть целым числом от {min} до {max} ({unit}), получено «{raw}».");
        return fallback;
    }

    private static DayOfWeek Day(IConfigurationSection section, DayOfWeek fallback, List<string> errors)
    {
        var raw = section[nameof(NudgeSettings.WeeklySummaryDay)];
        if (string.IsNullOrWhiteSpace(raw)) return fallback;
        if (Enum.TryParse<DayOfWeek>(raw.Trim(), ignoreCase: true, out var day) && Enum.IsDefined(day) && !int.TryParse(raw, out _)) return day;
        errors.Add($"{Section}:WeeklySummaryDay должно быть днём недели по-английски (Monday … Sunday), получено «{raw}».");
        return fallback;
    }
}
