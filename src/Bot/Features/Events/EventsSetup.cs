using System.Globalization;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace SchoolSupport.Bot.Features.Events;

/// <summary>The "Events" section: <c>Events:ReminderMinutes</c>, minutes before the start ("1440,60" by default).</summary>
internal sealed class EventOptions
{
    public const string Section = "Events";
    public const int MaxReminderMinutes = 14 * 24 * 60;

    public IReadOnlyList<int> ReminderMinutes { get; init; } = [24 * 60, 60];

    /// <summary>Accepts "1440,60" (one variable) or the array form (Events__ReminderMinutes__0=1440); a bad value stops the start.</summary>
    public static EventOptions Read(IConfiguration config)
    {
        var section = config.GetSection($"{Section}:ReminderMinutes");
        var children = section.GetChildren().ToList();
        var raw = children.Count > 0
            ? children.Select(c => c.Value ?? "").ToArray()
            : (section.Value ?? "").Split([',', ';', ' '], StringSplitOptions.RemoveEmptyEntries);
        if (raw.Length == 0) return new EventOptions();
        var minutes = new List<int>();
        foreach (var text in raw)
        {
            if (!int.TryParse(text.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var m) || m is < 1 or > MaxReminderMinutes)
                throw new InvalidOperationException(
                    $"Неверная конфигурация:{Environment.NewLine} - Events:ReminderMinutes: «{text}» — ожидаются минуты до начала от 1 до {MaxReminderMinutes}, например \"1440,60\".");
            minutes.Add(m);
        }
        return new EventOptions { ReminderMinutes = minutes.Distinct().OrderDescending().ToList() };
    }
}

internal static class EventsSetup
{
    public static IServiceCollection AddEvents(this IServiceCollection s, IConfiguration config) => s
        .AddSingleton(EventOptions.Read(config))
        .AddSingleton<EventRepository>()
        .AddSingleton<EventFiles>()
        .AddSingleton<EventMessages>()
        .AddSingleton<EventAnnouncer>()
        .AddSingleton<EventScheduler>()
        .AddSingleton<EventExport>()
        .AddSingleton<EventPreview>()
        .AddSingleton<EventWizard>()
        .AddSingleton<EventEdits>()
        .AddSingleton<EventOrganiser>()
        .AddSingleton<EventReplies>()
        .AddSingleton<EventMyList>()
        .AddSingleton<Features.IFeature, EventsFeature>();
}
