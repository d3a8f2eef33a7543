using LiteDB;
using SchoolSupport.Bot.Delivery;
using SchoolSupport.Bot.Storage;
using SchoolSupport.Domain.Campaigns;
using SchoolSupport.Domain.Messaging;

namespace SchoolSupport.Bot.Features.Questionnaires;

/// <summary>
/// Campaign cards kept up to date ("campaign_watchers"): a card opened by a button is edited in place by the scheduler
/// whenever its numbers change, for a day. The card's own buttons answer with new messages, so the watched message stays
/// the card. Rights are asked again before every edit.
/// </summary>
internal sealed class CampaignWatchers(Store store, Outbox outbox, ParticipantRepository participants, SchoolRepository schools, CampaignProgress progress)
{
    public static readonly TimeSpan WatchFor = TimeSpan.FromDays(1);
    private const int MaxPerCampaign = 20;

    private readonly ILiteCollection<Watcher> items = Collection(store);

    public void Watch(Turn t, Campaign c, string text)
    {
        if (t.In is not ButtonIn b) return;
        var id = $"{OutboxItem.ChatKeyOf(t.Here.Channel, t.Here.ChatId)}:{b.MessageId}";
        items.Upsert(new Watcher
        {
            Id = id,
            CampaignId = c.Id,
            ParticipantId = t.Participant.Id,
            Channel = t.Here.Channel,
            ChatId = t.Here.ChatId,
            MessageId = b.MessageId,
            Text = text,
            UntilUtc = t.Now + WatchFor,
        });
        foreach (var old in items.Find(w => w.CampaignId == c.Id).OrderByDescending(w => w.UntilUtc).Skip(MaxPerCampaign).ToList()) items.Delete(old.Id);
    }

    /// <summary>The pressed message becomes something else than the card: stop editing it.</summary>
    public void Unwatch(Turn t)
    {
        if (t.In is ButtonIn b) items.Delete($"{OutboxItem.ChatKeyOf(t.Here.Channel, t.Here.ChatId)}:{b.MessageId}");
    }

    /// <summary>Edits every watched card of <paramref name="c"/> whose text changed; forgets expired ones. Call inside a transaction.</summary>
    public int Refresh(Campaign c, DateTime nowUtc)
    {
        var edits = 0;
        foreach (var w in items.Find(x => x.CampaignId == c.Id).ToList())
        {
            var viewer = participants.Get(w.ParticipantId);
            var school = schools.Get(c.SchoolId);
            if (w.UntilUtc <= nowUtc || viewer is null || school is null || !CampaignEligibility.CanFollow(viewer, school))
            {
                items.Delete(w.Id);
                continue;
            }
            var (text, keyboard) = progress.Card(c, viewer, nowUtc);
            if (text == w.Text) continue;
            outbox.Enqueue(new EditOut(w.MessageId, text, keyboard) { To = new ChatAddress(w.Channel, w.ChatId) }, nowUtc);
            w.Text = text;
            items.Update(w);
            edits++;
        }
        return edits;
    }

    public IReadOnlyList<string> Watched() => items.FindAll().Select(w => w.CampaignId).Distinct().ToList();

    private static ILiteCollection<Watcher> Collection(Store store)
    {
        var c = store.Collection<Watcher>("campaign_watchers");
        c.EnsureIndex(w => w.CampaignId);
        return c;
    }

    internal sealed class Watcher
    {
        public string Id { get; set; } = "";
        public string CampaignId { get; set; } = "";
        public string ParticipantId { get; set; } = "";
        public string Channel { get; set; } = "";
        public long ChatId { get; set; }
        public int MessageId { get; set; }
        public string Text { get; set; } = "";
        public DateTime UntilUtc { get; set; }
    }
}
