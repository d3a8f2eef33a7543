using SchoolSupport.Bot.Features.Roadmaps;
using SchoolSupport.Bot.Storage;
using SchoolSupport.Domain.Messaging;
using SchoolSupport.Domain.Participants;
using SchoolSupport.Domain.Reviews;

namespace SchoolSupport.Bot.Features.Reviews;

/// <summary>
/// /reviews and the decision buttons of a card: accept now, accept with a comment, return with a required
/// comment (flow "review", step "comment", data "sub", "ver", "do"), history. Every press re-reads the
/// submission and asks <see cref="ReviewAccess"/> again; a forged or stale press changes nothing and says why.
/// </summary>
internal sealed class ReviewsFeature(
    SubmissionRepository submissions, AssignmentRepository assignments, SchoolRepository schools,
    ReviewNotifier notifier, ReviewCards cards, ReviewDecisions decisions) : IFeature
{
    public const string FlowName = "review";
    private const int ListLimit = 20;

    public IReadOnlyList<string> Commands => ["reviews"];
    public IReadOnlyList<string> Actions => [ReviewCallbacks.Action];
    public string? Flow => FlowName;

    public void OnCommand(Turn t, CommandIn command) => List(t);

    public void OnButton(Turn t, CallbackData d)
    {
        if (d.Arg(0) == "l") { List(t); return; }
        if (Load(d.Arg(1)) is not { } item) { t.Answer(ReviewTexts.NotFound, alert: true); return; }
        var version = d.IntArg(2) ?? 0;
        switch (d.Arg(0))
        {
            case "o": Open(t, item); break;
            case "h": History(t, item); break;
            case "a": decisions.Decide(t, item, ReviewTrigger.Accept, version, comment: null); break;
            case "c": AskComment(t, item, ReviewTrigger.Accept, version); break;
            case "r": AskComment(t, item, ReviewTrigger.Return, version); break;
            default: t.Answer(Texts.Common.StaleButton, alert: true); break;
        }
    }

    public void OnText(Turn t, TextIn text)
    {
        var c = t.Conversation;
        if (c.Step != "comment" || Load(c.Get("sub")) is not { } item || !Enum.TryParse<ReviewTrigger>(c.Get("do"), out var trigger))
        {
            t.Conversation = c.Clear(t.Now);
            t.Reply(Texts.Common.UseMenu);
            return;
        }
        decisions.Decide(t, item, trigger, int.TryParse(c.Get("ver"), out var v) ? v : 0, text.Text);
    }

    public void OnFile(Turn t, FileIn file) => t.Reply(ReviewTexts.WaitingForComment);

    private void List(Turn t)
    {
        var me = t.Participant;
        if (!me.Has(Role.Curator) && !me.Has(Role.Coordinator)) { t.Show(ReviewTexts.OnlyReviewers); return; }
        var waiting = submissions.Pending()
            .Select(s => Load(s.Id)).OfType<ReviewItem>()
            .Where(i => ReviewAccess.CanDecide(me, i.School, i.Submission))
            .OrderBy(i => i.Submission.WaitingSinceUtc()).ToList();
        if (waiting.Count == 0) { t.Show(ReviewTexts.NothingWaiting, Keyboard.Of([Menu.MenuFeature.BackButton])); return; }
        var shown = waiting.Take(ListLimit).ToList();
        var lines = new List<string> { ReviewTexts.WaitingList(waiting.Count), "" };
        lines.AddRange(shown.Select((i, n) => ReviewTexts.WaitingLine(n + 1, i.School.Name, ReviewCards.Document(i.Assignment, i.Submission),
            i.Submission.CurrentVersion(), Texts.Duration(i.Submission.WaitingAge(t.Now) ?? TimeSpan.Zero))));
        var buttons = shown.Select((i, n) => new Button($"{n + 1}. 📄 {i.School.Name}: {ReviewCards.Document(i.Assignment, i.Submission)}", ReviewCallbacks.Open(i.Submission.Id)));
        t.Show(string.Join('\n', lines), Keyboard.Column(buttons));
    }

    private static void Refuse(Turn t, ReviewRefusal why) => t.Answer(ReviewTexts.Reason(why), alert: true);

    private void Open(Turn t, ReviewItem i)
    {
        var why = ReviewAccess.WhyCannotDecide(t.Participant, i.School, i.Submission);
        if (why is not null && !ReviewAccess.CanSee(t.Participant, i.School, i.Submission)) { Refuse(t, why.Value); return; }
        notifier.ShowCard(t, i.Submission, i.Assignment, i.School, mayDecide: why is null);
    }

    private void History(Turn t, ReviewItem i)
    {
        if (!ReviewAccess.CanSee(t.Participant, i.School, i.Submission)) { Refuse(t, ReviewRefusal.NotVisible); return; }
        t.Reply(cards.History(i.Submission, i.Assignment, i.School), Keyboard.Of([new Button(ReviewTexts.OpenList, ReviewCallbacks.List())]));
    }

    /// <summary>Checks rights, state and version before asking for the comment, so nobody types in vain.</summary>
    private void AskComment(Turn t, ReviewItem i, ReviewTrigger trigger, int version)
    {
        if (ReviewDecisions.WhyNot(t.Participant, i, trigger, version) is { } why) { decisions.Refuse(t, i, why); return; }
        t.Conversation = t.Conversation.Start(FlowName, "comment", t.Now)
            .With("sub", i.Submission.Id, t.Now).With("ver", version.ToString(System.Globalization.CultureInfo.InvariantCulture), t.Now).With("do", trigger.ToString(), t.Now);
        t.Reply(trigger == ReviewTrigger.Return ? ReviewTexts.AskReturnComment : ReviewTexts.AskAcceptComment);
    }

    private ReviewItem? Load(string? id) =>
        id is { Length: > 0 } && submissions.Get(id) is { } s && assignments.Get(s.AssignmentId) is { } a && schools.Get(s.SchoolId) is { } school
            ? new ReviewItem(s, a, school) : null;
}
