using LiteDB;
using SchoolSupport.Bot.Storage;
using SchoolSupport.Domain.Broadcasts;

namespace SchoolSupport.Bot.Features.Mailings;

internal sealed class MailingRepository
{
    private readonly ILiteCollection<Mailing> items;

    public MailingRepository(Store store)
    {
        items = store.Collection<Mailing>("mailings");
        items.EnsureIndex(m => m.SenderId);
        items.EnsureIndex(m => m.FollowUpDoneAtUtc);
    }

    public Mailing? Get(string id) => items.FindById(id);

    public void Save(Mailing m) => items.Upsert(m);

    public IReadOnlyList<Mailing> RecentBy(string senderId, int count) =>
        items.Find(m => m.SenderId == senderId).OrderByDescending(m => m.CreatedAtUtc).Take(count).ToList();

    /// <summary>Mailings whose follow-up time has passed and which have not had it yet.</summary>
    public IReadOnlyList<Mailing> FollowUpsDue(DateTime nowUtc) =>
        items.Find(m => m.AckRequired && m.FollowUpDoneAtUtc == null).Where(m => Acknowledgements.FollowUpDue(m, nowUtc)).ToList();
}
