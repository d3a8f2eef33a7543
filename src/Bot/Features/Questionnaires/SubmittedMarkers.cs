using LiteDB;
using SchoolSupport.Bot.Storage;
using SchoolSupport.Domain.Campaigns;

namespace SchoolSupport.Bot.Features.Questionnaires;

/// <summary>
/// Who has submitted what ("questionnaire_submitted"): a document per participant and slot whose only field is its id,
/// "&lt;campaign&gt;|&lt;slot&gt;|&lt;participant&gt;". No time, no sheet id, no secondary index: read by id range, so the
/// order is that of the random participant ids, never that of submission, and nothing joins a marker to a sheet.
/// </summary>
internal sealed class SubmittedMarkers(Store store)
{
    private readonly ILiteCollection<Marker> items = store.Collection<Marker>("questionnaire_submitted");

    public bool Has(string campaignId, int slot, string participantId) => items.FindById(Draft.KeyOf(campaignId, slot, participantId)) is not null;

    public void Add(string campaignId, int slot, string participantId) => items.Upsert(new Marker { Id = Draft.KeyOf(campaignId, slot, participantId) });

    /// <summary>(slot, participant) of every submission of the campaign.</summary>
    public IReadOnlyList<(int Slot, string ParticipantId)> ForCampaign(string campaignId) =>
        items.Find(Query.StartsWith("_id", campaignId + "|")).Select(m => Parse(m.Id)).OfType<(int, string)>().ToList();

    /// <summary>(slot, participant) of every marker.</summary>
    public IReadOnlyList<(int Slot, string ParticipantId)> All() =>
        items.FindAll().Select(m => Parse(m.Id)).OfType<(int, string)>().ToList();

    /// <summary>Markers of a participant who is gone (/forget).</summary>
    public int DeleteOf(string participantId) => items.DeleteMany(m => m.Id.EndsWith("|" + participantId));

    private static (int, string)? Parse(string id)
    {
        var parts = id.Split('|');
        return parts.Length == 3 && int.TryParse(parts[1], System.Globalization.CultureInfo.InvariantCulture, out var slot) ? (slot, parts[2]) : null;
    }

    internal sealed class Marker
    {
        public string Id { get; set; } = "";
    }
}
