using SchoolSupport.Bot.Features.Roadmaps;
using SchoolSupport.Bot.Storage;
using SchoolSupport.Domain.Messaging;
using SchoolSupport.Domain.Reviews;
using SchoolSupport.Domain.Roadmaps;
using SchoolSupport.Domain.Schools;

namespace SchoolSupport.Bot.Features.Reviews;

/// <summary>How a submission reads: the reviewer's card, its buttons, its history, names and dates.</summary>
internal sealed class ReviewCards(ParticipantRepository participants, Zones zones)
{
    public string Name(string? participantId) =>
        participantId is not null && participants.Get(participantId)?.DisplayName is { } name ? name : ReviewTexts.Someone;

    public static string Day(DateOnly date) => date.ToString("d MMMM yyyy", Texts.Ru);

    public string When(DateTime utc, School school) => Texts.Date(utc, zones.ForSchool(school));

    public static string Roadmap(RoadmapAssignment a) => $"{a.Template.Title}, {a.Year}";

    public static string Stage(RoadmapAssignment a, string stageId) => a.Template.Stage(stageId)?.Title ?? stageId;

    public static string Due(RoadmapAssignment a, string stageId) => a.DeadlineOf(stageId) is { } d ? Day(d.Date) : "—";

    /// <summary>The document's title: the slot's (with the risk), or the document type's when the slot is gone.</summary>
    public static string Document(RoadmapAssignment a, string stageId, string key)
    {
        if (a.Template.Stage(stageId) is not { } stage) return key;
        if (RoadmapProgress.Slots(a, stage).FirstOrDefault(s => s.Key == key) is { } slot) return slot.Title;
        var deliverable = stage.Deliverables.FirstOrDefault(d => d.Id == key.Split('/')[0]);
        return deliverable is null ? key : a.Template.DocumentName(deliverable.DocumentType);
    }

    public static string Document(RoadmapAssignment a, Submission s) => Document(a, s.StageId, s.DeliverableKey);

    public string Caption(Submission s, RoadmapAssignment a, School school, bool fileKept)
    {
        var v = s.Latest()!;
        return ReviewTexts.Card(school.Name, Roadmap(a), Stage(a, s.StageId), Due(a, s.StageId), Document(a, s), v.Number,
            When(v.SubmittedAtUtc, school), Name(v.SubmittedBy), v.Comment, fileKept, ReviewTexts.Size(v.Size));
    }

    /// <summary>The decision buttons follow the workflow: only triggers allowed in the current state are offered.</summary>
    public static Keyboard Buttons(Submission s)
    {
        var allowed = ReviewWorkflow.Allowed(s.State);
        var v = s.CurrentVersion();
        var rows = new List<IReadOnlyList<Button>>();
        if (allowed.Contains(ReviewTrigger.Accept))
            rows.Add([new Button(ReviewTexts.Accept, ReviewCallbacks.Accept(s.Id, v)), new Button(ReviewTexts.AcceptWithComment, ReviewCallbacks.AcceptWithComment(s.Id, v))]);
        if (allowed.Contains(ReviewTrigger.Return))
            rows.Add([new Button(ReviewTexts.Return, ReviewCallbacks.Return(s.Id, v))]);
        rows.Add([new Button(ReviewTexts.History, ReviewCallbacks.History(s.Id))]);
        return new Keyboard(rows);
    }

    public string History(Submission s, RoadmapAssignment a, School school)
    {
        var lines = new List<string> { ReviewTexts.HistoryHeader(Document(a, s), Stage(a, s.StageId), school.Name, ReviewTexts.StateName(s.State)) };
        foreach (var e in s.History)
        {
            var file = e.Kind is ReviewEventKind.Submitted or ReviewEventKind.Resubmitted ? s.Versions.FirstOrDefault(v => v.Number == e.Version)?.FileName : null;
            lines.Add(ReviewTexts.HistoryLine(e.Kind, When(e.AtUtc, school), Name(e.By), e.Version, e.Comment, e.ReviewerId is null ? null : Name(e.ReviewerId), file));
        }
        return string.Join('\n', lines);
    }
}
