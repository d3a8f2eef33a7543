using SchoolSupport.Bot.Storage;
using SchoolSupport.Domain.Messaging;
using SchoolSupport.Domain.Participants;
using SchoolSupport.Domain.Reviews;
using SchoolSupport.Domain.Roadmaps;
using SchoolSupport.Domain.Schools;

namespace SchoolSupport.Bot.Features.Reviews;

/// <summary>A submission with its roadmap and school, as loaded for one press.</summary>
internal sealed record ReviewItem(Submission Submission, RoadmapAssignment Assignment, School School);

/// <summary>
/// Accepting and returning: rights, state and version checked on every attempt, then the decision stored
/// and told to the school (and a completed stage celebrated).
/// </summary>
internal sealed class ReviewDecisions(SubmissionRepository submissions, ParticipantRepository participants, ReviewCards cards)
{
    /// <summary>Why <paramref name="me"/> may not take this decision now (rights, state, version), or null.</summary>
    public static ReviewRefusal? WhyNot(Participant me, ReviewItem i, ReviewTrigger trigger, int version)
    {
        if (ReviewAccess.WhyCannotDecide(me, i.School, i.Submission) is { } who) return who;
        if (ReviewWorkflow.Step(i.Submission.State, trigger).Refusal is { } state) return state;
        return version != i.Submission.CurrentVersion() ? ReviewRefusal.StaleVersion : null;
    }

    public void Decide(Turn t, ReviewItem i, ReviewTrigger trigger, int version, string? comment)
    {
        var me = t.Participant;
        if (WhyNot(me, i, trigger, version) is { } why) { Refuse(t, i, why); return; }
        var result = Submissions.Decide(i.Submission, trigger, version, me.Id, t.Now, comment);
        if (result.Refusal is ReviewRefusal.CommentRequired or ReviewRefusal.CommentTooShort or ReviewRefusal.CommentTooLong)
        {
            t.Reply(ReviewTexts.Reason(result.Refusal.Value));
            return;
        }
        if (!result.IsOk) { Refuse(t, i, result.Refusal!.Value); return; }
        var decided = result.Submission!;
        submissions.Save(decided);
        if (t.Conversation.Flow == ReviewsFeature.FlowName) t.Conversation = t.Conversation.Clear(t.Now);
        Tell(t, i with { Submission = decided }, trigger, me);
    }

    /// <summary>Says why nothing changed: an alert for a press, a message for typed text; for a decided document, who decided and when.</summary>
    public void Refuse(Turn t, ReviewItem i, ReviewRefusal why)
    {
        if (t.Conversation.Flow == ReviewsFeature.FlowName) t.Conversation = t.Conversation.Clear(t.Now);
        var text = why is ReviewRefusal.AlreadyAccepted or ReviewRefusal.AlreadyReturned && i.Submission.LastDecision() is { } d
            ? ReviewTexts.AlreadyDecided(why, cards.Name(d.By), cards.When(d.AtUtc, i.School))
            : ReviewTexts.Reason(why);
        if (t.In is ButtonIn) t.Answer(text, alert: true);
        else t.Reply(text);
    }

    private void Tell(Turn t, ReviewItem i, ReviewTrigger trigger, Participant me)
    {
        var s = i.Submission;
        var document = ReviewCards.Document(i.Assignment, s);
        var stage = ReviewCards.Stage(i.Assignment, s.StageId);
        var everyone = participants.All();
        var recipients = Recipients(i, everyone, me);
        var history = new Button(ReviewTexts.History, ReviewCallbacks.History(s.Id));
        if (trigger == ReviewTrigger.Return)
        {
            var comment = s.LastDecision()!.Comment ?? "";
            var keyboard = Keyboard.Of([new Button(ReviewTexts.NewVersion, SubmitCallbacks.Resubmit(s.Id))], [history]);
            foreach (var p in recipients) t.Notify(p, ReviewTexts.TeamReturned(document, stage, i.School.Name, me.DisplayName ?? ReviewTexts.Someone, comment), keyboard);
            t.Reply(ReviewTexts.Returned(document, i.School.Name), Keyboard.Of([history]));
            return;
        }
        var accepted = ReviewTexts.TeamAccepted(document, stage, i.School.Name, me.DisplayName ?? ReviewTexts.Someone, s.LastDecision()!.Comment);
        foreach (var p in recipients) t.Notify(p, accepted, Keyboard.Of([history]));
        t.Reply(ReviewTexts.Accepted(document, i.School.Name), Keyboard.Of([history]));
        if (!RoadmapProgress.IsStageComplete(i.Assignment, s.StageId, submissions.ForAssignment(i.Assignment.Id))) return;
        var done = ReviewTexts.StageComplete(stage, i.School.Name);
        foreach (var p in recipients) t.Notify(p, done);
        t.Reply(done);
    }

    /// <summary>The stage's responsible people at the school and everyone who sent a version, except the reviewer.</summary>
    private static IReadOnlyList<Participant> Recipients(ReviewItem i, IReadOnlyList<Participant> everyone, Participant me)
    {
        var senders = i.Submission.Versions.Select(v => v.SubmittedBy).ToHashSet();
        var responsible = i.Assignment.Template.Stage(i.Submission.StageId) is { } stage ? ReviewRouting.Responsible(i.School, stage, everyone) : [];
        return responsible.Concat(everyone.Where(p => senders.Contains(p.Id))).DistinctBy(p => p.Id).Where(p => p.Id != me.Id).ToList();
    }
}
