using Microsoft.Extensions.Logging;
using SchoolSupport.Bot.Delivery;
using SchoolSupport.Bot.Storage;
using SchoolSupport.Domain.Audiences;
using SchoolSupport.Domain.Broadcasts;

namespace SchoolSupport.Bot.Features.Mailings;

/// <summary>
/// Sends the one follow-up of each mailing whose time has come to the recipients who have not acknowledged it.
/// What is due lives in LiteDB; marking it done and enqueuing the follow-up share one transaction, so running this
/// twice (or after a restart) never sends it twice.
/// </summary>
internal sealed class MailingFollowUps(
    Store store,
    MailingRepository mailings,
    ParticipantRepository participants,
    Broadcasts broadcasts,
    Outbox outbox,
    Zones zones,
    TimeProvider time,
    ILogger<MailingFollowUps> log)
{
    /// <summary>Returns how many follow-ups were started.</summary>
    public int RunDue()
    {
        var now = time.GetUtcNow().UtcDateTime;
        var started = store.Write(() => mailings.FollowUpsDue(now).Sum(m => FollowUp(m, now)));
        if (started > 0)
        {
            outbox.Signal();
            log.LogInformation("Started {Count} mailing follow-ups", started);
        }
        return started;
    }

    private int FollowUp(Mailing m, DateTime now)
    {
        var sender = participants.Get(m.SenderId);
        var pending = Acknowledgements.Pending(m)
            .Select(r => participants.Get(r.ParticipantId))
            .OfType<Domain.Participants.Participant>()
            .Where(p => AudienceSelection.SkipReasonOf(p) is null)
            .ToList();
        string? broadcastId = null;
        if (sender is not null && AudienceSelection.CanBroadcast(sender) && pending.Count > 0)
        {
            var channel = m.SenderChat?.Channel ?? "";
            var recipients = pending
                .Select(p => (p, Chat: MailingMessages.ChatOf(p)))
                .Where(x => x.Chat is not null)
                .Select(x => new BroadcastRecipient(x.p.Id, MailingMessages.For(x.Chat!, MailingTexts.FollowUp(SentOn(m, x.p), m.Text, m.File?.FileName), true, m.Id, null, null)))
                .ToList();
            broadcastId = broadcasts.Start("mailing-followup", MailingTexts.FollowUpTitle(m.Text), m.SenderId, m.SenderChat, recipients, now, null, m.Id).Id;
        }
        mailings.Save(m with { FollowUpDoneAtUtc = now, FollowUpBroadcastId = broadcastId });
        return broadcastId is null ? 0 : 1;
    }

    private string SentOn(Mailing m, Domain.Participants.Participant p) =>
        TimeZoneInfo.ConvertTimeFromUtc(m.SendAtUtc, zones.ForParticipant(p)).ToString("d MMMM", Texts.Ru);
}
