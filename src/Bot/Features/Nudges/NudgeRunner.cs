using Microsoft.Extensions.Logging;
using SchoolSupport.Bot.Delivery;
using SchoolSupport.Bot.Features.Reviews;
using SchoolSupport.Bot.Features.Roadmaps;
using SchoolSupport.Bot.Storage;
using SchoolSupport.Domain.Messaging;
using SchoolSupport.Domain.Nudges;
using SchoolSupport.Domain.Participants;

namespace SchoolSupport.Bot.Features.Nudges;

/// <summary>
/// Runs the nudge policies against what is stored (the in-memory Quartz store forgets; LiteDB does not): digests,
/// escalations, weekly summaries and deadline reminders. Each kind is planned and sent in one transaction that both
/// queues the messages (as an automatic broadcast: paced, held for the recipients' quiet hours) and stores their keys
/// in <see cref="NudgeLedger"/>, so a rerun or a restart never sends a nudge twice, and a run after downtime sends what
/// the current period still owes.
/// </summary>
internal sealed class NudgeRunner(
    Store store,
    Outbox outbox,
    Broadcasts broadcasts,
    NudgeLedger ledger,
    ParticipantRepository participants,
    SchoolRepository schools,
    AssignmentRepository assignments,
    SubmissionRepository submissions,
    Zones zones,
    NudgeOptions options,
    NudgeMessages messages,
    TimeProvider time,
    ILogger<NudgeRunner> log)
{
    /// <summary>How long digest and weekly keys are kept (longer than a week with its zones).</summary>
    public static readonly TimeSpan KeepPeriodKeys = TimeSpan.FromDays(35);

    private int runs;
    private long lastRunTicks;

    /// <summary>Completed runs since start (tests wait on it).</summary>
    public int CompletedRuns => Volatile.Read(ref runs);

    /// <summary>The clock time the last completed run worked with.</summary>
    public DateTime LastRunUtc => new(Interlocked.Read(ref lastRunTicks), DateTimeKind.Utc);

    public void RunDue()
    {
        var now = time.GetUtcNow().UtcDateTime;
        var s = options.Settings;
        var world = World();
        IReadOnlyList<WaitingReview>? waiting = null;
        IReadOnlyList<WaitingReview> Waiting() => waiting ??= WaitingReview.All(world, now);
        Run("nudge-digest", () => ReviewNudges.Digests(world, s, now, Waiting()).Select(n => Planned(n.Recipient, n.Keys, to => NudgeMessages.Digest(n, to))), now);
        Run("nudge-escalation", () => ReviewNudges.Escalations(world, s, now, Waiting()).Select(n => Planned(n.Recipient, n.Keys, to => messages.Escalation(n, to))), now);
        Run("nudge-weekly", () => ReviewNudges.WeeklySummaries(world, s, now, Waiting()).Select(n => Planned(n.Recipient, n.Keys, to => messages.Weekly(n, to))), now);
        Run("nudge-deadline", () => DeadlineNudges.Reminders(world, s, now, a => submissions.ForAssignment(a.Id))
            .Select(n => Planned(n.Recipient, n.Keys, to => NudgeMessages.Deadlines(n, to))), now);
        Prune(now);
        outbox.Signal();
        Interlocked.Exchange(ref lastRunTicks, now.Ticks);
        Interlocked.Increment(ref runs);
    }

    private sealed record Plan(Participant Recipient, IReadOnlyList<NudgeKey> Keys, Func<ChatAddress, Outgoing> Message);

    private static Plan Planned(Participant p, IReadOnlyList<NudgeKey> keys, Func<ChatAddress, Outgoing> message) => new(p, keys, message);

    /// <summary>Plans one kind inside its transaction (the sent keys are read there) and queues and marks it in the same one.</summary>
    private void Run(string kind, Func<IEnumerable<Plan>> plan, DateTime now)
    {
        try
        {
            var sent = store.Write(() =>
            {
                var recipients = new List<BroadcastRecipient>();
                foreach (var p in plan())
                {
                    if (Reach.Address(p.Recipient) is not { } to) continue;
                    var chat = to.ToChat();
                    recipients.Add(new BroadcastRecipient(p.Recipient.Id, [p.Message(chat)]));
                    foreach (var key in p.Keys) ledger.Mark(key, now);
                }
                if (recipients.Count > 0) broadcasts.Start(kind, NudgeTexts.Title(kind), senderId: null, progressChat: null, recipients, now);
                return recipients.Count;
            });
            if (sent > 0) log.LogInformation("Nudges {Kind}: {Count} queued", kind, sent);
        }
        catch (Exception e)
        {
            log.LogError(e, "Nudges {Kind}: the run failed; the next run retries it", kind);
        }
    }

    /// <summary>Daily and weekly keys can match only the current day or week: older ones are dropped.</summary>
    private void Prune(DateTime now)
    {
        try
        {
            store.Write(() => ledger.Prune(now - KeepPeriodKeys));
        }
        catch (Exception e)
        {
            log.LogWarning(e, "Nudges: pruning old keys failed");
        }
    }

    /// <summary>What the policies look at; the sent keys are asked live, inside each kind's transaction.</summary>
    private NudgeWorld World() => new()
    {
        People = participants.All(),
        Schools = schools.All().ToDictionary(x => x.Id),
        Assignments = assignments.All().ToDictionary(a => a.Id, StringComparer.Ordinal),
        Pending = submissions.Pending(),
        ZoneOf = zones.ForParticipant,
        SchoolZone = zones.ForSchool,
        SentAtUtc = ledger.SentAtUtc,
    };
}
