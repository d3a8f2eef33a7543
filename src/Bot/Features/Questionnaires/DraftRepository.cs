using LiteDB;
using SchoolSupport.Bot.Storage;
using SchoolSupport.Domain.Campaigns;

namespace SchoolSupport.Bot.Features.Questionnaires;

/// <summary>Questionnaires being filled in ("questionnaire_drafts"): the participant's own, until submitted.</summary>
internal sealed class DraftRepository
{
    private readonly ILiteCollection<Draft> items;

    public DraftRepository(Store store)
    {
        QuestionnaireMapping.Register(store.Database.Mapper);
        items = store.Collection<Draft>("questionnaire_drafts");
        items.EnsureIndex(d => d.ParticipantId);
        items.EnsureIndex(d => d.CampaignId);
    }

    public Draft? Get(string campaignId, int slot, string participantId) => items.FindById(Draft.KeyOf(campaignId, slot, participantId));

    public void Save(Draft d) => items.Upsert(d);

    public void Delete(Draft d) => items.Delete(d.Id);

    public IReadOnlyList<Draft> ForParticipant(string participantId) => items.Find(d => d.ParticipantId == participantId).ToList();

    public IReadOnlyList<Draft> All() => items.FindAll().ToList();

    public IReadOnlyList<Draft> ForCampaign(string campaignId) => items.Find(d => d.CampaignId == campaignId).ToList();

    /// <summary>Drafts of a participant who is gone (/forget).</summary>
    public int DeleteOf(string participantId) => items.DeleteMany(d => d.ParticipantId == participantId);
}
