using SchoolSupport.Bot.Features.Reviews;
using SchoolSupport.Bot.Features.Status;
using SchoolSupport.Domain.Messaging;
using SchoolSupport.Domain.Nudges;
using SchoolSupport.Domain.Participants;
using SchoolSupport.Domain.Reviews;

namespace SchoolSupport.Bot.Features.Nudges;

/// <summary>The text and buttons of each nudge: short lines, a button to open each document.</summary>
internal sealed class NudgeMessages(NudgeOptions options)
{
    public static TextOut Digest(ReviewNudge n, ChatAddress to)
    {
        var lines = new List<string> { NudgeTexts.DigestHeader(n.Reviews.Count), "" };
        lines.AddRange(Lines(n.Reviews, withReviewer: false));
        lines.Add("");
        lines.Add(NudgeTexts.OpenAll);
        return new TextOut(string.Join('\n', lines), OpenButtons(n.Reviews)) { To = to };
    }

    public TextOut Escalation(ReviewNudge n, ChatAddress to)
    {
        var lines = new List<string> { NudgeTexts.EscalationHeader(n.Reviews.Count, options.Settings.EscalationDays), "" };
        lines.AddRange(Lines(n.Reviews, withReviewer: true));
        lines.Add("");
        lines.Add(NudgeTexts.Handover);
        return new TextOut(string.Join('\n', lines), OpenButtons(n.Reviews)) { To = to };
    }

    public TextOut Weekly(ReviewNudge n, ChatAddress to)
    {
        var lines = new List<string> { NudgeTexts.WeeklyHeader(n.Reviews.Count, options.Settings.EscalationDays), "", NudgeTexts.ByReviewer };
        lines.AddRange(n.Reviews.SelectMany(r => r.Reviewers.Select(p => p.DisplayName ?? ReviewTexts.Someone))
            .GroupBy(name => name, StringComparer.Ordinal).OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => NudgeTexts.ReviewerLine(g.Key, g.Count())));
        lines.Add("");
        lines.AddRange(Lines(n.Reviews, withReviewer: true));
        lines.Add("");
        lines.Add(NudgeTexts.Handover);
        return new TextOut(string.Join('\n', lines), OpenButtons(n.Reviews)) { To = to };
    }

    public static TextOut Deadlines(DeadlineNudge n, ChatAddress to)
    {
        var lines = new List<string> { NudgeTexts.DeadlineHeader };
        foreach (var school in n.Items.GroupBy(i => (i.School.Id, i.Assignment.Id)))
        {
            var first = school.First();
            lines.Add("");
            lines.Add(NudgeTexts.Roadmap(first.School.Name, StatusTexts.Roadmap(first.Assignment.Template.Title, first.Assignment.Year)));
            foreach (var item in school)
            {
                lines.Add(NudgeTexts.StageLine(item.Stage.Stage.Title, StatusScreens.Day(item.Stage.Deadline.Date), StatusTexts.Relative(item.DaysLeft), item.Window == NudgeKind.Overdue));
                lines.Add(NudgeTexts.Owed(item.Owed.Count));
                lines.AddRange(item.Owed.Take(NudgeTexts.MaxLines).Select(o => NudgeTexts.OwedLine(ReviewTexts.StateIcon(o.State), o.Slot.Title, o.State == ReviewState.Returned)));
            }
        }
        lines.Add("");
        lines.Add(NudgeTexts.Footer);
        var team = n.Recipient.Has(Role.SchoolTeam) || n.Recipient.Has(Role.Curator);
        Button status = new(NudgeTexts.Status, StatusCallbacks.Home());
        var keyboard = team ? Keyboard.Of([new Button(NudgeTexts.Submit, CallbackData.Of("sb", "new").Pack()), status]) : Keyboard.Of([status]);
        return new TextOut(string.Join('\n', lines), keyboard) { To = to };
    }

    private static List<string> Lines(IReadOnlyList<WaitingReview> reviews, bool withReviewer)
    {
        var lines = reviews.Take(NudgeTexts.MaxLines).Select((r, i) => NudgeTexts.ReviewLine(i + 1, r.School.Name, ReviewCards.Document(r.Assignment, r.Submission), r.Days,
            withReviewer ? string.Join(", ", r.Reviewers.Select(p => p.DisplayName ?? ReviewTexts.Someone)) : null)).ToList();
        if (reviews.Count > NudgeTexts.MaxLines) lines.Add(NudgeTexts.More(reviews.Count - NudgeTexts.MaxLines));
        return lines;
    }

    private static Keyboard OpenButtons(IReadOnlyList<WaitingReview> reviews) =>
        Keyboard.Column(reviews.Take(NudgeTexts.MaxLines).Select((r, i) =>
            new Button(NudgeTexts.OpenButton(i + 1, r.School.Name, ReviewCards.Document(r.Assignment, r.Submission)), ReviewCallbacks.Open(r.Submission.Id))));
}
