using SchoolSupport.Bot.Hosting;
using SchoolSupport.Bot.Storage;
using SchoolSupport.Domain.Campaigns;
using SchoolSupport.Domain.Messaging;
using SchoolSupport.Domain.Questionnaires;
using SchoolSupport.Domain.Roadmaps;

namespace SchoolSupport.Bot.Features.Questionnaires;

/// <summary>
/// Submission, in the transaction of the press: the anonymous sheet (random id, the school's day, no person), the
/// participant's "submitted" marker (no time, no sheet id), the draft deleted and the outbox copies of the screens emptied.
/// </summary>
internal sealed class QuestionnaireSubmitter(
    DraftRepository drafts,
    SubmittedMarkers markers,
    AnswerSheetRepository sheets,
    OutboxScrubber scrubber,
    SchoolRepository schools,
    Zones zones)
{
    /// <summary>Random bytes of a sheet id: 128 bits, so ids never collide and say nothing.</summary>
    public const int SheetIdBytes = 16;

    public void Submit(Campaign c, CampaignSlot slot, Draft d, Instrument instrument, IEnumerable<ChatAddress> chats, DateTime nowUtc)
    {
        var day = Deadlines.LocalToday(nowUtc, zones.ForSchool(schools.Get(c.SchoolId)));
        sheets.Add(AnswerSheet.From(d, c, slot, instrument, day, Ids.Random(SheetIdBytes)));
        markers.Add(c.Id, slot.Index, d.ParticipantId);
        drafts.Delete(d);
        foreach (var chat in chats.Distinct()) scrubber.Scrub(chat);
    }
}
