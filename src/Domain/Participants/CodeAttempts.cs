namespace SchoolSupport.Domain.Participants;

/// <summary>Brute-force guard: 5 failed codes in 10 minutes lock code entry for 30 minutes.</summary>
public static class CodeAttemptPolicy
{
    public const int MaxFailures = 5;
    public static readonly TimeSpan Window = TimeSpan.FromMinutes(10);
    public static readonly TimeSpan LockFor = TimeSpan.FromMinutes(30);

    /// <summary>Failures still relevant at <paramref name="nowUtc"/> (the window, or the lock they caused).</summary>
    public static IReadOnlyList<DateTime> Relevant(IEnumerable<DateTime> failuresUtc, DateTime nowUtc) =>
        failuresUtc.Where(f => nowUtc - f < Window + LockFor).Order().ToList();

    /// <summary>When entry is locked, until when; null when the user may try a code.</summary>
    public static DateTime? LockedUntil(IEnumerable<DateTime> failuresUtc, DateTime nowUtc)
    {
        var list = failuresUtc.Where(f => f <= nowUtc).Order().ToList();
        DateTime? lockedUntil = null;
        for (var i = MaxFailures - 1; i < list.Count; i++)
        {
            if (list[i] - list[i - MaxFailures + 1] > Window) continue;
            var until = list[i] + LockFor;
            if (until > nowUtc && (lockedUntil is null || until > lockedUntil)) lockedUntil = until;
        }
        return lockedUntil;
    }
}
