namespace SchoolSupport.Domain.Broadcasts;

public enum AckOutcome
{
    Recorded = 1,
    Already = 2,
    NotRecipient = 3,
    NotRequired = 4,
}

/// <summary>Who was asked, who has acknowledged, and what is left for the follow-up and the report.</summary>
public static class Acknowledgements
{
    /// <summary>A press of «Ознакомлен»: recorded once, for recipients only.</summary>
    public static (AckOutcome Outcome, Mailing Mailing) Acknowledge(Mailing m, string participantId, DateTime nowUtc)
    {
        if (!m.AckRequired) return (AckOutcome.NotRequired, m);
        if (!m.Recipients.Any(r => r.ParticipantId == participantId)) return (AckOutcome.NotRecipient, m);
        if (HasAcknowledged(m, participantId)) return (AckOutcome.Already, m);
        return (AckOutcome.Recorded, m with { Acks = [.. m.Acks, new Acknowledgement { ParticipantId = participantId, AtUtc = nowUtc }] });
    }

    public static bool HasAcknowledged(Mailing m, string participantId) => m.Acks.Any(a => a.ParticipantId == participantId);

    /// <summary>Recipients who have not acknowledged yet.</summary>
    public static IReadOnlyList<MailingRecipient> Pending(Mailing m) =>
        m.AckRequired ? m.Recipients.Where(r => !HasAcknowledged(m, r.ParticipantId)).ToList() : [];

    /// <summary>The follow-up is due once its time has passed, and only until it has been started.</summary>
    public static bool FollowUpDue(Mailing m, DateTime nowUtc) =>
        m.AckRequired && m.FollowUpDoneAtUtc is null && m.FollowUpDueUtc is { } due && due <= nowUtc;

    public static DateTime FollowUpTime(DateTime sendAtUtc, int days) => sendAtUtc.AddDays(days);

    /// <summary>Acknowledged and total recipients per school, schools first in the given order, people without a school last.</summary>
    public static IReadOnlyList<SchoolAckCount> PerSchool(Mailing m, IReadOnlyList<int> schoolOrder)
    {
        var rows = m.Recipients
            .GroupBy(r => r.SchoolId)
            .Select(g => new SchoolAckCount(g.Key, g.Count(r => HasAcknowledged(m, r.ParticipantId)), g.Count()))
            .ToList();
        var rank = new Dictionary<int, int>();
        foreach (var id in schoolOrder) rank.TryAdd(id, rank.Count);
        int Rank(int? id) => id is { } v && rank.TryGetValue(v, out var i) ? i : int.MaxValue;
        return rows.OrderBy(r => r.SchoolId is null).ThenBy(r => Rank(r.SchoolId)).ThenBy(r => r.SchoolId).ToList();
    }
}

/// <summary>One row of the per-school report; <see cref="SchoolId"/> is null for people attached to no school.</summary>
public sealed record SchoolAckCount(int? SchoolId, int Acknowledged, int Total);
