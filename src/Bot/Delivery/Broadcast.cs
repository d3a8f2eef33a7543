using SchoolSupport.Domain.Delivery;
using SchoolSupport.Domain.Messaging;

namespace SchoolSupport.Bot.Delivery;

/// <summary>One recipient of a broadcast and the messages they get (e.g. an announcement and its .ics file).</summary>
internal sealed record BroadcastRecipient(string ParticipantId, IReadOnlyList<Outgoing> Messages);

/// <summary>A bulk send: an event announcement, a reminder run, a mailing. Its items wait in the outbox.</summary>
internal sealed class Broadcast
{
    public string Id { get; set; } = "";
    /// <summary>"event", "reminder", "mailing", …</summary>
    public string Kind { get; set; } = "";
    /// <summary>What the broadcast is about (an event id, a mailing id), for reports.</summary>
    public string? SubjectId { get; set; }
    public string Title { get; set; } = "";
    public string? SenderId { get; set; }
    /// <summary>Where live progress and the final report go (the sender's chat); none for automatic runs.</summary>
    public ChatAddress? ProgressChat { get; set; }
    public int? ProgressMessageId { get; set; }
    public DateTime CreatedAtUtc { get; set; }
    public DateTime SendAtUtc { get; set; }
    /// <summary>Recipients with at least one message.</summary>
    public int Recipients { get; set; }
    public int Messages { get; set; }
    /// <summary>The messenger most recipients are in, for the report's wording.</summary>
    public string Channel { get; set; } = "";

    /// <summary>Recipients whose messages were all sent.</summary>
    public int Delivered { get; set; }
    /// <summary>Recipients not delivered, by <see cref="DeliveryFailure"/> name.</summary>
    public Dictionary<string, int> Undelivered { get; set; } = [];
    /// <summary>Recipients whose messages were held for the end of their quiet hours when the broadcast started.</summary>
    public int WaitingForQuietHours { get; set; }
    public DateTime? LastProgressAtUtc { get; set; }
    public string? LastProgressText { get; set; }
    public DateTime? CompletedAtUtc { get; set; }

    public int UndeliveredTotal => Undelivered.Values.Sum();
    public int Done => Delivered + UndeliveredTotal;
    public bool IsComplete => Done >= Recipients;

    public void Count(DeliveryFailure? failure)
    {
        if (failure is not { } f)
        {
            Delivered++;
            return;
        }
        var key = f.ToString();
        Undelivered[key] = Undelivered.GetValueOrDefault(key) + 1;
    }
}
