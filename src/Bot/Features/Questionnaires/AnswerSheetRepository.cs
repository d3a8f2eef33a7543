using LiteDB;
using SchoolSupport.Bot.Storage;
using SchoolSupport.Domain.Campaigns;

namespace SchoolSupport.Bot.Features.Questionnaires;

/// <summary>
/// Anonymous answer sheets ("answer_sheets"), read by id range: "&lt;school&gt;|&lt;instrument&gt;|&lt;group&gt;|&lt;random&gt;".
/// No secondary index: LiteDB keeps equal index keys in insertion order, which would give away the order of submission.
/// This is where the risk profile reads its data.
/// </summary>
internal sealed class AnswerSheetRepository
{
    private readonly ILiteCollection<AnswerSheet> items;

    public AnswerSheetRepository(Store store)
    {
        QuestionnaireMapping.Register(store.Database.Mapper);
        items = store.Collection<AnswerSheet>("answer_sheets");
    }

    public void Add(AnswerSheet sheet) => items.Insert(sheet);

    /// <summary>Every sheet of a school (all instruments, groups and campaigns).</summary>
    public IReadOnlyList<AnswerSheet> ForSchool(int schoolId) =>
        items.Find(Query.StartsWith("_id", string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{schoolId}|"))).ToList();

    /// <summary>The sheets of a school for an instrument (every version), of one group or of all: what the risk profile aggregates.</summary>
    public IReadOnlyList<AnswerSheet> For(int schoolId, string instrumentId, CampaignGroup? group = null) =>
        items.Find(Query.StartsWith("_id", AnswerSheet.Prefix(schoolId, instrumentId, group))).ToList();

    /// <summary>The sheets of one campaign, per slot.</summary>
    public IReadOnlyList<AnswerSheet> ForSlot(Campaign c, CampaignSlot slot) =>
        For(c.SchoolId, slot.InstrumentId, slot.Group).Where(s => s.CampaignId == c.Id).ToList();

    public IReadOnlyDictionary<int, int> CountBySlot(Campaign c) => c.Slots.ToDictionary(s => s.Index, s => items.Count(Query.And(
        Query.StartsWith("_id", AnswerSheet.Prefix(c.SchoolId, s.InstrumentId, s.Group)),
        Query.EQ(nameof(AnswerSheet.CampaignId), c.Id))));

    public int Count() => items.Count();
}
