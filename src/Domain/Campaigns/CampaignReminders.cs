using System.Globalization;
using SchoolSupport.Domain.Delivery;
using SchoolSupport.Domain.Roadmaps;

namespace SchoolSupport.Domain.Campaigns;

/// <summary>When reminders go out: <see cref="DaysBefore"/> days before the last day, from <see cref="Hour"/> local time.</summary>
public sealed record ReminderSettings
{
    public const int MaxDaysBefore = 30;

    /// <summary>Days before the last day (0 = on the last day itself), e.g. 3 and 1.</summary>
    public IReadOnlyList<int> DaysBefore { get; init; } = [3, 1];
    /// <summary>Local hour (0–23) from which the day's reminders are sent.</summary>
    public int Hour { get; init; } = 10;
    /// <summary>Nothing is planned in quiet hours (the delivery would hold it anyway, and «завтра» would read wrong in the morning).</summary>
    public QuietHours Quiet { get; init; } = QuietHours.None;
}

/// <summary>How far a respondent is with one slot.</summary>
public sealed record SlotStatus(CampaignSlot Slot, bool Submitted, int Answered, bool Started)
{
    public static SlotStatus NotStarted(CampaignSlot slot) => new(slot, false, 0, false);
}

public enum ReminderKind
{
    /// <summary>To a teacher who has not opened a questionnaire yet.</summary>
    NotStarted,
    /// <summary>To a teacher who started and has not submitted.</summary>
    Started,
    /// <summary>The completion matrix to the school team.</summary>
    TeamSummary,
}

/// <summary>One reminder to send, with the key that marks it sent.</summary>
public sealed record CampaignReminder(string RecipientId, ReminderKind Kind, int Window, string Key, IReadOnlyList<SlotStatus> Unfinished);

/// <summary>
/// Reminders of a campaign, on the school's calendar. Each configured window (N days before the last day) is sent
/// once per person: to teachers with an unfinished questionnaire (worded for those who started and those who have
/// not), and a summary to the school team. Only the window the campaign is in now is sent: a window missed while the
/// bot was down is not replayed once a later one has begun. Nothing goes out on the opening day (the invitation just
/// went), before the hour, in quiet hours, or once the campaign is closed.
/// </summary>
public static class CampaignReminders
{
    /// <summary>The window that applies <paramref name="daysLeft"/> days before the last day: the smallest N ≥ daysLeft.</summary>
    public static int? Window(IReadOnlyList<int> daysBefore, int daysLeft) =>
        daysLeft < 0 ? null : daysBefore.Where(n => n >= daysLeft).Select(n => (int?)n).Min();

    /// <summary>The window whose reminders may go out now, if any.</summary>
    public static int? DueWindow(Campaign c, TimeZoneInfo zone, ReminderSettings s, DateTime nowUtc)
    {
        if (CampaignRules.StateAt(c, nowUtc) != CampaignState.Open) return null;
        if (Deadlines.LocalToday(nowUtc, zone) <= c.OpensOn) return null;
        var local = TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(nowUtc, DateTimeKind.Utc), zone);
        if (local.Hour < s.Hour || s.Quiet.IsQuiet(nowUtc, zone)) return null;
        return Window(s.DaysBefore, CampaignRules.DaysLeft(c, nowUtc, zone));
    }

    /// <param name="teachers">Each teacher of the school with the status of every teacher slot.</param>
    /// <param name="team">The school team members who get the summary.</param>
    public static IReadOnlyList<CampaignReminder> Due(Campaign c, TimeZoneInfo zone, ReminderSettings s, DateTime nowUtc,
        IReadOnlyList<(string Id, IReadOnlyList<SlotStatus> Slots)> teachers, IReadOnlyList<string> team, Func<string, bool> wasSent)
    {
        if (DueWindow(c, zone, s, nowUtc) is not { } window) return [];
        var due = new List<CampaignReminder>();
        foreach (var (id, slots) in teachers.OrderBy(t => t.Id, StringComparer.Ordinal))
        {
            var unfinished = slots.Where(x => !x.Submitted).ToList();
            if (unfinished.Count == 0) continue;
            var kind = unfinished.Any(x => x.Started) ? ReminderKind.Started : ReminderKind.NotStarted;
            var key = Key("remind", c.Id, id, window);
            if (!wasSent(key)) due.Add(new CampaignReminder(id, kind, window, key, unfinished));
        }
        foreach (var id in team.Distinct().Order(StringComparer.Ordinal))
        {
            var key = Key("summary", c.Id, id, window);
            if (!wasSent(key)) due.Add(new CampaignReminder(id, ReminderKind.TeamSummary, window, key, []));
        }
        return due;
    }

    /// <summary>The key of the summary sent to <paramref name="recipientId"/> when the campaign closes.</summary>
    public static string FinalKey(string campaignId, string recipientId) => $"final|{campaignId}|{recipientId}";

    /// <summary>The key of the direct invitation of <paramref name="participantId"/> to a campaign.</summary>
    public static string InvitationKey(string campaignId, string participantId) => $"invite|{campaignId}|{participantId}";

    private static string Key(string kind, string campaignId, string recipientId, int window) =>
        string.Create(CultureInfo.InvariantCulture, $"{kind}|{campaignId}|{recipientId}|{window}");
}
