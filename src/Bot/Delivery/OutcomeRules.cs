using Microsoft.Extensions.Logging;
using SchoolSupport.Bot.Storage;
using SchoolSupport.Domain.Delivery;
using SchoolSupport.Domain.Messaging;
using SchoolSupport.Domain.Participants;

namespace SchoolSupport.Bot.Delivery;

/// <summary>
/// What one delivery attempt means for the stored item (inside the recorder's transaction): sent; paused by a
/// 429; retried after a backoff; failed, and what else fails with it (a blocked person's other bulk messages,
/// the rest of a recipient's broadcast messages). Broadcast counts and the sender's follow-ups come from the ledger.
/// </summary>
internal sealed class OutcomeRules(Outbox outbox, BroadcastLedger ledger, ParticipantRepository participants, DeliveryOptions options, ILogger log)
{
    public void Apply(OutboxItem item, DeliveryResult result, DateTime at, List<OutboxItem> followUps)
    {
        switch (result)
        {
            case DeliveryResult.Sent sent:
                item.Attempts++;
                item.Status = OutboxStatus.Sent;
                item.SentMessageId = sent.MessageId;
                item.DoneAtUtc = at;
                outbox.Update(item);
                followUps.AddRange(ledger.Finished(item, at));
                if (item.Purpose == OutboxPurpose.Progress) followUps.AddRange(ledger.ProgressSent(item, at));
                break;
            case DeliveryResult.RetryAfter wait:
                // The messenger's pace, not this message's fault: no attempt is counted.
                item.NextAttemptUtc = at + wait.Delay;
                outbox.Update(item);
                log.LogWarning("Channel {Channel} asked to retry after {Delay}", item.Channel, wait.Delay);
                break;
            case DeliveryResult.Transient transient:
                item.Attempts++;
                item.Error = transient.Reason;
                if (Backoff.Retries(item.Attempts, options.MaxAttempts))
                {
                    item.NextAttemptUtc = at + Backoff.Delay(item.Attempts, Random.Shared.NextDouble());
                    outbox.Update(item);
                }
                else
                {
                    FailWithRest(item, DeliveryFailure.MessengerError, $"не доставлено после {options.MaxAttempts} попыток: {transient.Reason}", at, followUps);
                }
                break;
            case DeliveryResult.Blocked:
                item.Attempts++;
                var fallback = MarkBlocked(item, at);
                var waiting = outbox.PendingInChat(item.Channel, item.ChatId).Where(o => o.IsBulk && o.Id != item.Id).ToList();
                if (fallback is not null && Movable(item))
                {
                    // Blocked in this messenger but linked in another: the bulk message goes there instead (never to both).
                    MoveTo(item, fallback, at);
                    foreach (var other in waiting.Where(Movable)) MoveTo(other, fallback, at);
                    waiting.RemoveAll(Movable);
                }
                else
                {
                    Fail(item, DeliveryFailure.Blocked, "blocked", at, followUps);
                }
                // Stop sending to them here: every other bulk message waiting for this chat fails the same way.
                foreach (var other in waiting)
                    Fail(other, DeliveryFailure.Blocked, "blocked", at, followUps);
                break;
            case DeliveryResult.Failed failed:
                item.Attempts++;
                FailWithRest(item, DeliveryFailure.Rejected, failed.Reason, at, followUps);
                break;
        }
    }

    /// <summary>Fails the item and the rest of its recipient's messages of the same broadcast (an .ics without its announcement is no use).</summary>
    private void FailWithRest(OutboxItem item, DeliveryFailure failure, string reason, DateTime at, List<OutboxItem> followUps)
    {
        Fail(item, failure, reason, at, followUps);
        if (item is not { BroadcastId: { } id, RecipientId: { } recipient, Purpose: OutboxPurpose.Message }) return;
        foreach (var rest in outbox.PendingInChat(item.Channel, item.ChatId).Where(o => o.BroadcastId == id && o.RecipientId == recipient))
            Fail(rest, failure, "не отправлено: предыдущее сообщение получателю не доставлено", at, followUps);
    }

    private void Fail(OutboxItem item, DeliveryFailure failure, string reason, DateTime at, List<OutboxItem> followUps)
    {
        item.Status = OutboxStatus.Failed;
        item.Failure = failure;
        item.Error = reason;
        item.DoneAtUtc = at;
        outbox.Update(item);
        followUps.AddRange(ledger.Finished(item, at));
    }

    /// <summary>Records that the person blocked the bot in this messenger; returns where else they can be reached, if anywhere.</summary>
    private ChannelIdentity? MarkBlocked(OutboxItem item, DateTime at)
    {
        if (DeliveryLimits.IsGroup(item.ChatId)) return null;
        if (participants.FindByChat(item.Channel, item.ChatId) is not { } p) return null;
        var blocked = Reach.Blocked(p, item.Channel, at);
        if (blocked != p) participants.Save(blocked);
        return Reach.Route(blocked);
    }

    /// <summary>Only a broadcast's own messages change messenger; progress messages, edits and replies stay where they belong.</summary>
    private static bool Movable(OutboxItem item) =>
        item is { IsBulk: true, RecipientId: not null, Purpose: OutboxPurpose.Message } && item.Message is TextOut or FileOut;

    private void MoveTo(OutboxItem item, ChannelIdentity to, DateTime at)
    {
        item.Error = "blocked in " + item.Channel;
        item.Channel = to.Channel;
        item.ChatId = to.ChatId;
        item.Message = item.Message with { To = to.ToChat() };
        item.NextAttemptUtc = at;
        outbox.Update(item);
        log.LogInformation("A bulk message moved to the recipient's other messenger ({Channel})", to.Channel);
    }
}
