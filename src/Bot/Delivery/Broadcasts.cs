using SchoolSupport.Bot.Features;
using SchoolSupport.Bot.Storage;
using SchoolSupport.Domain.Delivery;
using SchoolSupport.Domain.Messaging;
using SchoolSupport.Domain.Participants;

namespace SchoolSupport.Bot.Delivery;

/// <summary>
/// Starts broadcasts: call inside the transaction of the action that causes them. Every recipient's messages
/// are written to the outbox at once (bulk priority), each held until the end of quiet hours in the
/// recipient's own zone when the send time falls in them; recipients known to have blocked the bot are
/// counted as such without a send. The sender's chat gets a progress message, edited in place, and a report.
/// </summary>
internal sealed class Broadcasts(Outbox outbox, BroadcastLedger ledger, ParticipantRepository participants, Zones zones, DeliveryOptions options)
{
    /// <summary>Outbox priority of bulk messages: sent only when no reply waits.</summary>
    public const int BulkPriority = 1;

    /// <param name="respectQuietHours">False only for what may wake people at night (nothing does today).</param>
    public Broadcast Start(string kind, string title, string? senderId, ChatAddress? progressChat,
        IReadOnlyList<BroadcastRecipient> recipients, DateTime nowUtc, DateTime? sendAtUtc = null, string? subjectId = null,
        bool respectQuietHours = true)
    {
        var sendAt = sendAtUtc ?? nowUtc;
        var withMessages = recipients.Where(r => r.Messages.Count > 0).ToList();
        var broadcast = new Broadcast
        {
            Id = Hosting.Ids.Random(12),
            Kind = kind,
            SubjectId = subjectId,
            Title = title,
            SenderId = senderId,
            ProgressChat = progressChat,
            CreatedAtUtc = nowUtc,
            SendAtUtc = sendAt,
            Recipients = withMessages.Count,
            Messages = withMessages.Sum(r => r.Messages.Count),
            Channel = withMessages.GroupBy(r => r.Messages[0].To.Channel).OrderByDescending(g => g.Count()).Select(g => g.Key).FirstOrDefault() ?? progressChat?.Channel ?? "",
        };
        var quiet = respectQuietHours ? options.QuietHours : QuietHours.None;
        foreach (var recipient in withMessages)
        {
            var person = participants.Get(recipient.ParticipantId);
            var zone = zones.ForParticipant(person);
            var notBefore = quiet.NextAllowedUtc(sendAt, zone);
            var blocked = person?.UnreachableSinceUtc is not null;
            if (blocked) broadcast.Count(DeliveryFailure.Blocked);
            else if (notBefore > sendAt) broadcast.WaitingForQuietHours++;
            for (var i = 0; i < recipient.Messages.Count; i++)
                outbox.Add(Item(broadcast, recipient, i, zone, notBefore, blocked, nowUtc));
        }
        var followUps = new List<OutboxItem>();
        if (progressChat is not null)
        {
            followUps.Add(BroadcastLedger.FirstProgress(broadcast, nowUtc));
            broadcast.LastProgressText = DeliveryTexts.Progress(broadcast);
        }
        if (broadcast.IsComplete) followUps.AddRange(BroadcastLedger.Complete(broadcast, nowUtc));
        ledger.Insert(broadcast);
        foreach (var item in followUps) outbox.Add(item);
        return broadcast;
    }

    public Broadcast? Get(string id) => ledger.Get(id);

    public void Update(Broadcast broadcast) => ledger.Update(broadcast);

    private static OutboxItem Item(Broadcast b, BroadcastRecipient recipient, int part, TimeZoneInfo zone, DateTime notBefore, bool blocked, DateTime nowUtc)
    {
        var message = recipient.Messages[part];
        var item = new OutboxItem
        {
            Channel = message.To.Channel,
            ChatId = message.To.ChatId,
            Priority = BulkPriority,
            Message = message,
            BroadcastId = b.Id,
            RecipientId = recipient.ParticipantId,
            LastPart = part == recipient.Messages.Count - 1,
            TimeZoneId = zone.Id,
            CreatedAtUtc = nowUtc,
            NextAttemptUtc = notBefore,
        };
        if (blocked)
        {
            item.Status = OutboxStatus.Failed;
            item.Failure = DeliveryFailure.Blocked;
            item.Error = "blocked";
            item.DoneAtUtc = nowUtc;
        }
        return item;
    }
}
