using System.Globalization;

namespace SchoolSupport.Domain.Events;

/// <summary>Reminders due at a moment: the keys to mark handled, and the one reminder to send, if any.</summary>
public sealed record DueReminders(IReadOnlyList<string> Keys, int? SendMinutesBefore)
{
    public static DueReminders None { get; } = new([], null);
}

/// <summary>
/// When reminders go out: each offset before the start, once per start time (a new time brings new reminders),
/// never for a cancelled or started event, and only if its moment came after the announcement or the last change
/// of time. After downtime several may be due at once: all are marked handled, only the nearest to the start is sent.
/// </summary>
public static class ReminderSchedule
{
    public static string Key(int minutesBefore, DateTime startUtc) =>
        $"{minutesBefore.ToString(CultureInfo.InvariantCulture)}@{startUtc.ToString("yyyyMMddTHHmm", CultureInfo.InvariantCulture)}";

    public static DueReminders Due(Event e, DateTime nowUtc)
    {
        if (e.Status != EventStatus.Announced || nowUtc >= e.StartUtc) return DueReminders.None;
        var due = e.ReminderMinutes.Where(m => m > 0).Distinct()
            .Select(m => (Minutes: m, At: e.StartUtc.AddMinutes(-m), Key: Key(m, e.StartUtc)))
            .Where(r => r.At <= nowUtc && !e.SentReminders.Contains(r.Key))
            .ToList();
        if (due.Count == 0) return DueReminders.None;
        var live = due.Where(r => r.At > e.RemindersFromUtc).ToList();
        return new DueReminders(due.Select(r => r.Key).ToList(), live.Count == 0 ? null : live.Min(r => r.Minutes));
    }

    /// <summary>Reminders go to those who said «Буду» and those who have not answered; never to «Не смогу».</summary>
    public static bool Wants(Participation p) => p.Rsvp != Rsvp.NotGoing;
}
