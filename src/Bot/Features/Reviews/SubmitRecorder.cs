using System.Globalization;
using SchoolSupport.Bot.Features.Roadmaps;
using SchoolSupport.Bot.Storage;
using SchoolSupport.Domain.Messaging;
using SchoolSupport.Domain.Participants;
using SchoolSupport.Domain.Reviews;

namespace SchoolSupport.Bot.Features.Reviews;

/// <summary>
/// The file and comment steps of /submit. The file is checked (type, size), written to the data folder and
/// remembered in the conversation; the submission is recorded afterwards (with the comment), pointing to a
/// file that already exists. Then every reviewer gets the card with the file and the decision buttons.
/// </summary>
internal sealed class SubmitRecorder(SubmitScope scope, SubmissionRepository submissions, ParticipantRepository participants, ReviewFiles files, ReviewNotifier notifier)
{
    public void Receive(Turn t, FileIn file)
    {
        if (scope.Target(t.Participant, t.Conversation) is not { } target) { Lost(t); return; }
        var limit = ReviewTexts.Size(files.MaxBytes);
        if (!ReviewFiles.IsAccepted(file.FileName)) { t.Reply(SubmitTexts.WrongType(file.FileName, limit)); return; }
        if (file.Content is not { } content || content.Length > files.MaxBytes || file.Size > files.MaxBytes) { t.Reply(SubmitTexts.TooBig(file.FileName, limit)); return; }
        if (content.Length == 0) { t.Reply(SubmitTexts.EmptyFile(file.FileName)); return; }
        var step = ReviewWorkflow.Next(target.State, ReviewWorkflow.UploadTrigger(target.State));
        if (!step.IsAllowed) { Refuse(t, step.Refusal!.Value); return; }

        var id = target.Existing?.Id ?? t.Conversation.Get("sub") ?? ShortIds.New();
        var version = (target.Existing?.CurrentVersion() ?? 0) + 1;
        var path = files.Save(target.School.Id, id, version, file.FileName, content);
        t.Conversation = t.Conversation.With("sub", id, t.Now).With("ver", Str(version), t.Now).With("path", path, t.Now)
            .With("name", file.FileName, t.Now).With("size", content.Length.ToString(CultureInfo.InvariantCulture), t.Now);
        if (!string.IsNullOrWhiteSpace(file.Caption))
        {
            Record(t, file.Caption);
            return;
        }
        t.Conversation = t.Conversation.Goto("comment", t.Now);
        t.Reply(SubmitTexts.AskComment(file.FileName), Keyboard.Of([new Button(SubmitTexts.NoComment, SubmitCallbacks.NoComment(t.Conversation.Version))]));
    }

    public void Record(Turn t, string? comment)
    {
        if (ReviewWorkflow.CheckComment(ReviewTrigger.Submit, comment) is { } bad) { t.Reply(ReviewTexts.Reason(bad)); return; }
        var me = t.Participant;
        if (scope.Target(me, t.Conversation) is not { } target) { Lost(t); return; }
        var c = t.Conversation;
        if (c.Get("path") is not { } path || c.Get("sub") is not { } id || !files.Exists(path))
        {
            t.Conversation = c.Goto("file", t.Now);
            t.Reply(SubmitTexts.FileLost);
            return;
        }
        var current = target.Existing ?? Submissions.New(id, target.Assignment.Id, target.School.Id, target.Stage.Id, target.Slot.Key);
        if (current.Id != id || Str(current.CurrentVersion() + 1) != c.Get("ver")) { Refuse(t, ReviewRefusal.AlreadySubmitted); return; }
        var version = new SubmissionVersion
        {
            FileName = c.Get("name") ?? Path.GetFileName(path),
            StoredPath = path,
            Size = long.TryParse(c.Get("size"), NumberStyles.None, CultureInfo.InvariantCulture, out var size) ? size : 0,
            Comment = comment,
            SubmittedBy = me.Id,
            SubmittedAtUtc = t.Now,
        };
        var result = Submissions.Upload(current, version, target.Assignment.ReviewerId);
        if (!result.IsOk) { Refuse(t, result.Refusal!.Value); return; }
        var saved = result.Submission!;
        submissions.Save(saved);
        t.Conversation = t.Conversation.Clear(t.Now);

        var reviewers = ReviewRouting.Reviewers(saved, target.School, participants.All());
        foreach (var reviewer in reviewers) notifier.SendCard(t, reviewer, saved, target.Assignment, target.School);
        var byCurators = reviewers.Count > 0 && reviewers.All(r => r.Has(Role.Curator) || r.Id == saved.ReviewerId);
        t.Show(SubmitTexts.Sent(target.Slot.Title, saved.CurrentVersion(), reviewers.Select(r => r.DisplayName ?? ReviewTexts.Someone).ToList(), byCurators),
            Keyboard.Of([new Button(ReviewTexts.History, ReviewCallbacks.History(saved.Id))]));
    }

    private static void Refuse(Turn t, ReviewRefusal why)
    {
        t.Conversation = t.Conversation.Clear(t.Now);
        t.Reply(ReviewTexts.Reason(why));
    }

    private static void Lost(Turn t)
    {
        t.Conversation = t.Conversation.Clear(t.Now);
        t.Reply(Texts.Common.NoRights);
    }

    private static string Str(int value) => value.ToString(CultureInfo.InvariantCulture);
}
