using SchoolSupport.Domain.Delivery;

namespace SchoolSupport.Domain.Nudges;

/// <summary>
/// When nudges go out: every nudge waits until <see cref="DigestHour"/> on the recipient's local clock; curators hear
/// of reviews waiting <see cref="WaitingDays"/> days or more, coordinators of those waiting <see cref="EscalationDays"/>
/// days or more (once, then in the summary of the week that starts on <see cref="WeeklySummaryDay"/>).
/// </summary>
public sealed record NudgeSettings
{
    public const int MaxDays = 90;

    /// <summary>Local hour (0–23) from which the day's nudges are sent.</summary>
    public int DigestHour { get; init; } = 9;
    public int WaitingDays { get; init; } = 3;
    public int EscalationDays { get; init; } = 7;
    public DayOfWeek WeeklySummaryDay { get; init; } = DayOfWeek.Monday;
    /// <summary>
    /// Nothing is planned in the recipient's quiet hours: a nudge held overnight would read wrong in the morning
    /// («завтра» on the day itself), so it is planned afresh once they end.
    /// </summary>
    public QuietHours Quiet { get; init; } = QuietHours.None;

    public TimeSpan Waiting => TimeSpan.FromDays(WaitingDays);

    public TimeSpan Escalation => TimeSpan.FromDays(EscalationDays);
}
