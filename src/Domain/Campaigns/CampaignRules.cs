using SchoolSupport.Domain.Roadmaps;

namespace SchoolSupport.Domain.Campaigns;

public enum CampaignState
{
    /// <summary>Before its first day: links work, answers are not accepted yet.</summary>
    Scheduled,
    Open,
    /// <summary>After its last day or stopped by hand: answers are refused, drafts stay but do not count.</summary>
    Closed,
}

public enum DatesProblem
{
    None,
    OpensInThePast,
    ClosesBeforeOpening,
    TooLong,
}

/// <summary>The calendar of a campaign, on the school's local clock.</summary>
public static class CampaignRules
{
    /// <summary>No campaign runs longer than this many days (a school term).</summary>
    public const int MaxDays = 92;

    public static CampaignState StateAt(Campaign c, DateTime nowUtc)
    {
        if (c.StoppedAtUtc is { } stopped && stopped <= nowUtc) return CampaignState.Closed;
        if (nowUtc < c.OpensAtUtc) return CampaignState.Scheduled;
        return nowUtc >= c.ClosesAtUtc ? CampaignState.Closed : CampaignState.Open;
    }

    public static bool AcceptsAnswers(Campaign c, DateTime nowUtc) => StateAt(c, nowUtc) == CampaignState.Open;

    /// <summary>The first moment of <paramref name="day"/> in <paramref name="zone"/>, in UTC.</summary>
    public static DateTime StartUtc(DateOnly day, TimeZoneInfo zone) => Deadlines.DueUtc(day.AddDays(-1), zone);

    /// <summary>The first moment after <paramref name="day"/> in <paramref name="zone"/>, in UTC.</summary>
    public static DateTime EndUtc(DateOnly day, TimeZoneInfo zone) => Deadlines.DueUtc(day, zone);

    public static DatesProblem Check(DateOnly opensOn, DateOnly closesOn, DateOnly today)
    {
        if (opensOn < today) return DatesProblem.OpensInThePast;
        if (closesOn < opensOn) return DatesProblem.ClosesBeforeOpening;
        return closesOn.DayNumber - opensOn.DayNumber + 1 > MaxDays ? DatesProblem.TooLong : DatesProblem.None;
    }

    /// <summary>A campaign with its calendar fixed in the school's zone.</summary>
    public static Campaign Scheduled(Campaign c, DateOnly opensOn, DateOnly closesOn, TimeZoneInfo zone) => c with
    {
        OpensOn = opensOn,
        ClosesOn = closesOn,
        OpensAtUtc = StartUtc(opensOn, zone),
        ClosesAtUtc = EndUtc(closesOn, zone),
    };

    /// <summary>Whole local days from today to the last day: 0 on the last day, negative after it.</summary>
    public static int DaysLeft(Campaign c, DateTime nowUtc, TimeZoneInfo zone) =>
        c.ClosesOn.DayNumber - Deadlines.LocalToday(nowUtc, zone).DayNumber;

    /// <summary>
    /// Reads a date people type: «15.12», «15.12.2026», «15.12.26». Without a year it is the next such day from
    /// <paramref name="today"/> on (today included).
    /// </summary>
    public static bool TryParseDay(string? text, DateOnly today, out DateOnly day)
    {
        var s = (text ?? "").Trim().TrimEnd('.');
        if (Deadlines.TryParseDate(s, out day)) return true;
        var parts = s.Split('.');
        if (parts.Length == 3 && parts[2].Length == 2 && int.TryParse(parts[2], out var yy))
            return Deadlines.TryParseDate($"{parts[0]}.{parts[1]}.{2000 + yy}", out day);
        if (parts.Length != 2 || !int.TryParse(parts[0], out var d) || !int.TryParse(parts[1], out var m) || m is < 1 or > 12) return false;
        for (var year = today.Year; year <= today.Year + 1; year++)
        {
            if (d < 1 || d > DateTime.DaysInMonth(year, m)) continue;
            var candidate = new DateOnly(year, m, d);
            if (candidate >= today) { day = candidate; return true; }
        }
        return false;
    }
}
