using LiteDB;
using SchoolSupport.Bot.Storage;

namespace SchoolSupport.Bot.Features.Questionnaires;

/// <summary>
/// What the campaign scheduler already sent ("campaign_sent"): invitations, reminders, summaries, by key. A key is stored
/// in the transaction that queues its message, so a rerun or a restart never sends it twice.
/// </summary>
internal sealed class CampaignLedger(Store store)
{
    private readonly ILiteCollection<Sent> items = store.Collection<Sent>("campaign_sent");

    public bool WasSent(string key) => items.FindById(key) is not null;

    public void Mark(string key) => items.Upsert(new Sent { Id = key });

    public int Count(string prefix) => items.Count(Query.StartsWith("_id", prefix));

    internal sealed class Sent
    {
        public string Id { get; set; } = "";
    }
}
