using LiteDB;
using SchoolSupport.Bot.Storage;
using SchoolSupport.Domain.Campaigns;

namespace SchoolSupport.Bot.Features.Questionnaires;

/// <summary>Diagnostic campaigns ("campaigns"), one per school.</summary>
internal sealed class CampaignRepository
{
    private readonly ILiteCollection<Campaign> items;

    public CampaignRepository(Store store)
    {
        QuestionnaireMapping.Register(store.Database.Mapper);
        items = store.Collection<Campaign>("campaigns");
        items.EnsureIndex(c => c.SchoolId);
        items.EnsureIndex(c => c.CloseHandledAtUtc);
    }

    public Campaign? Get(string id) => items.FindById(id);

    public void Save(Campaign c) => items.Upsert(c);

    public IReadOnlyList<Campaign> ForSchool(int schoolId) =>
        items.Find(c => c.SchoolId == schoolId).OrderByDescending(c => c.CreatedAtUtc).ToList();

    public IReadOnlyList<Campaign> ForSchools(IEnumerable<int> schoolIds) =>
        schoolIds.SelectMany(ForSchool).OrderByDescending(c => c.CreatedAtUtc).ToList();

    /// <summary>Campaigns the scheduler still has work for (the close not handled yet).</summary>
    public IReadOnlyList<Campaign> Active() => items.Find(c => c.CloseHandledAtUtc == null).ToList();
}
