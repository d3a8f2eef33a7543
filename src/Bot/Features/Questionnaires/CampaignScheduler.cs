using Microsoft.Extensions.Logging;
using SchoolSupport.Bot.Delivery;
using SchoolSupport.Bot.Features.Questionnaires.Definitions;
using SchoolSupport.Bot.Storage;
using SchoolSupport.Domain.Campaigns;
using SchoolSupport.Domain.Messaging;
using SchoolSupport.Domain.Participants;
using SchoolSupport.Domain.Questionnaires;

namespace SchoolSupport.Bot.Features.Questionnaires;

/// <summary>
/// What is due by the clock, from LiteDB (the in-memory Quartz store forgets): direct invitations of people who joined
/// since, reminders to teachers and the team's summary in each window, the close (final summary, anonymous drafts
/// emptied), the live cards and the outbox copies still to empty. Each campaign is one transaction that both queues the
/// messages and stores their keys, so a rerun or a restart never sends anything twice.
/// </summary>
internal sealed class CampaignScheduler(
    Store store,
    Outbox outbox,
    Broadcasts broadcasts,
    CampaignRepository campaigns,
    DraftRepository drafts,
    SubmittedMarkers markers,
    ParticipantRepository participants,
    CampaignLedger ledger,
    CampaignInviter inviter,
    CampaignNotices notices,
    CampaignProgress progress,
    CampaignWatchers watchers,
    OutboxScrubber scrubber,
    CampaignOptions options,
    TimeProvider time,
    ILogger<CampaignScheduler> log)
{
    /// <summary>How often drafts and markers of people who used /forget are looked for in every campaign.</summary>
    public static readonly TimeSpan SweepEvery = TimeSpan.FromHours(1);

    private int runs;
    private long lastRunTicks;
    private DateTime nextSweepUtc = DateTime.MinValue;

    /// <summary>Completed runs since start (tests wait on it).</summary>
    public int CompletedRuns => Volatile.Read(ref runs);

    /// <summary>The clock time the last completed run worked with.</summary>
    public DateTime LastRunUtc => new(Interlocked.Read(ref lastRunTicks), DateTimeKind.Utc);

    public void RunDue()
    {
        var now = time.GetUtcNow().UtcDateTime;
        var people = participants.All();
        foreach (var id in campaigns.Active().Select(c => c.Id).Concat(watchers.Watched()).Distinct().ToList())
            Safely($"campaign {id}", () => Process(id, people, now));
        Safely("outbox scrub", scrubber.ScrubWaiting);
        if (now >= nextSweepUtc)
        {
            Safely("forgotten people", () => ForgetGone(people.Select(p => p.Id).ToHashSet(StringComparer.Ordinal)));
            nextSweepUtc = now + SweepEvery;
        }
        outbox.Signal();
        Interlocked.Exchange(ref lastRunTicks, now.Ticks);
        Interlocked.Increment(ref runs);
    }

    private void Safely(string what, Action work)
    {
        try
        {
            store.Write(work);
        }
        catch (Exception e)
        {
            log.LogError(e, "Campaigns: {What} failed; the next run retries it", what);
        }
    }

    private void Process(string id, IReadOnlyList<Participant> people, DateTime now)
    {
        if (campaigns.Get(id) is not { } c) return;
        var atSchool = people.Where(p => p.Roles.Any(r => r.SchoolIds.Contains(c.SchoolId))).ToList();
        if (c.CloseHandledAtUtc is null)
        {
            inviter.InviteDue(c, atSchool, now);
            Remind(c, atSchool, now);
            if (CampaignRules.StateAt(c, now) == CampaignState.Closed) Close(c, atSchool, now);
        }
        watchers.Refresh(campaigns.Get(id)!, now);
    }

    private void Remind(Campaign c, IReadOnlyList<Participant> atSchool, DateTime now)
    {
        var zone = progress.Zone(c);
        var teachers = atSchool
            .Select(p => (p.Id, Slots: (IReadOnlyList<SlotStatus>)CampaignEligibility.SlotsOf(p, c).Where(s => s.Group.Kind == GroupKind.Teachers).Select(s => notices.Status(c, s, p.Id)).ToList()))
            .Where(x => x.Slots.Count > 0)
            .ToList();
        var team = atSchool.Where(p => Access.IsSchoolTeamOf(p, c.SchoolId)).Select(p => p.Id).ToList();
        var due = CampaignReminders.Due(c, zone, options.Reminders, now, teachers, team, ledger.WasSent);
        if (due.Count == 0) return;
        var recipients = new List<BroadcastRecipient>();
        foreach (var r in due)
        {
            ledger.Mark(r.Key);
            if (participants.Get(r.RecipientId) is not { } p || Reach.Address(p) is not { } to) continue;
            recipients.Add(new BroadcastRecipient(p.Id, [notices.Reminder(c, r, p.Id, to.ToChat(), now)]));
        }
        if (recipients.Count > 0) broadcasts.Start("campaign-reminder", CampaignTexts.MenuButton, c.CreatedBy, null, recipients, now, subjectId: c.Id);
    }

    /// <summary>
    /// The close: the final summary to the school team, the school's curators and whoever opened it; drafts stay but
    /// do not count, and the answers in anonymous groups' drafts are removed (only how far they got is kept).
    /// </summary>
    private void Close(Campaign c, IReadOnlyList<Participant> atSchool, DateTime now)
    {
        var left = drafts.ForCampaign(c.Id);
        var who = atSchool.Where(p => Access.IsSchoolTeamOf(p, c.SchoolId) || Access.IsCuratorOf(p, c.SchoolId)).ToList();
        if (participants.Get(c.CreatedBy) is { } creator && who.All(p => p.Id != creator.Id)) who.Add(creator);
        var recipients = new List<BroadcastRecipient>();
        foreach (var p in who)
        {
            var key = CampaignReminders.FinalKey(c.Id, p.Id);
            if (ledger.WasSent(key) || Reach.Address(p) is not { } to) continue;
            ledger.Mark(key);
            recipients.Add(new BroadcastRecipient(p.Id, [notices.Final(c, left.Count, to.ToChat(), now)]));
        }
        if (recipients.Count > 0) broadcasts.Start("campaign-final", CampaignTexts.MenuButton, c.CreatedBy, null, recipients, now, subjectId: c.Id);
        foreach (var d in left.Where(d => !d.Emptied && c.Slot(d.Slot)?.Group.ByClassLink == true))
            drafts.Save(d with { Answers = [], Ticked = [], OtherText = null, AwaitingOther = false, Emptied = true });
        campaigns.Save(c with { CloseHandledAtUtc = now });
        log.LogInformation("Campaign {Id} closed: {Drafts} drafts left unsubmitted", c.Id, left.Count);
    }

    /// <summary>/forget deletes the person; their drafts (answers tied to them) and markers go with them here.</summary>
    private void ForgetGone(HashSet<string> present)
    {
        var gone = drafts.All().Select(d => d.ParticipantId).Concat(markers.All().Select(m => m.ParticipantId)).Where(id => !present.Contains(id)).Distinct().ToList();
        foreach (var id in gone)
        {
            drafts.DeleteOf(id);
            markers.DeleteOf(id);
        }
        if (gone.Count > 0) log.LogInformation("Campaigns: removed the drafts and markers of {Count} people who are gone", gone.Count);
    }
}
