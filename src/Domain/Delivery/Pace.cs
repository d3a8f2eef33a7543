namespace SchoolSupport.Domain.Delivery;

/// <summary>The pacing state of one limit: the theoretical time of the next send (GCRA's "TAT").</summary>
public readonly record struct Pace(DateTime NextUtc);

/// <summary>
/// Evenly spaced sending with a small burst (the generic cell rate algorithm): one send per
/// <see cref="Interval"/> on average, and after a quiet spell up to <see cref="Burst"/> sends at once.
/// In any window of length T at most Burst + T / Interval sends are allowed. Pure: time is a parameter.
/// </summary>
public sealed record PaceRule(TimeSpan Interval, int Burst = 1)
{
    /// <summary>The earliest instant the next paced send may go (a pace never used allows any time).</summary>
    public DateTime AllowedAt(Pace pace)
    {
        var tolerance = Interval * (Math.Max(1, Burst) - 1);
        return pace.NextUtc.Ticks - DateTime.MinValue.Ticks <= tolerance.Ticks ? DateTime.MinValue : pace.NextUtc - tolerance;
    }

    public bool Allows(Pace pace, DateTime nowUtc) => nowUtc >= AllowedAt(pace);

    /// <summary>Records a paced send at <paramref name="nowUtc"/> (call only when <see cref="Allows"/>).</summary>
    public Pace Take(Pace pace, DateTime nowUtc) => new(Later(pace.NextUtc, nowUtc) + Interval);

    /// <summary>
    /// Records a send that did not wait for its turn (a reply to someone's action): it uses the budget, so
    /// paced sends wait longer, but it pushes them back by at most <paramref name="maxAhead"/> beyond now.
    /// </summary>
    public Pace Charge(Pace pace, DateTime nowUtc, TimeSpan maxAhead)
    {
        var next = Later(pace.NextUtc, nowUtc) + Interval;
        var cap = nowUtc + maxAhead;
        return new(next < cap ? next : Later(cap, pace.NextUtc));
    }

    private static DateTime Later(DateTime a, DateTime b) => a > b ? a : b;
}
