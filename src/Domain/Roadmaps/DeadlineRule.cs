namespace SchoolSupport.Domain.Roadmaps;

/// <summary>
/// A deadline as a template states it: «до 1 марта» of the cycle year (or of the year after it when
/// <see cref="YearOffset"/> is 1, for programmes that run over a school year).
/// </summary>
public sealed record DeadlineRule
{
    public required int Month { get; init; }
    public required int Day { get; init; }
    public int YearOffset { get; init; }

    /// <summary>Is this a date in every year (29 February is not)?</summary>
    public bool IsValid() =>
        Month is >= 1 and <= 12 && Day >= 1 && Day <= DateTime.DaysInMonth(2025, Month) && YearOffset is >= -1 and <= 1;

    /// <summary>The calendar date of the deadline in the roadmap of <paramref name="cycleYear"/>.</summary>
    public DateOnly For(int cycleYear) => new(cycleYear + YearOffset, Month, Day);
}
