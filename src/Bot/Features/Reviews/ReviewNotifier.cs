using SchoolSupport.Bot.Delivery;
using SchoolSupport.Domain.Messaging;
using SchoolSupport.Domain.Participants;
using SchoolSupport.Domain.Reviews;
using SchoolSupport.Domain.Roadmaps;
using SchoolSupport.Domain.Schools;

namespace SchoolSupport.Bot.Features.Reviews;

/// <summary>
/// Sends the reviewer's card: the file itself with the caption and the decision buttons. <see cref="Turn"/>
/// can send files only to its own chat, so cards for other people go into the outbox here, inside the same
/// transaction (the handler runs in it). Files above <see cref="ReviewFiles.InlineLimit"/> are announced as text.
/// </summary>
internal sealed class ReviewNotifier(Outbox outbox, ReviewFiles files, ReviewCards cards)
{
    private const int CaptionLimit = 1024;

    /// <summary>The card for another participant (a curator when a document arrives).</summary>
    public void SendCard(Turn t, Participant to, Submission s, RoadmapAssignment a, School school)
    {
        if (Reach.Route(to) is not { } identity) return;
        var (caption, content) = Card(s, a, school);
        if (content is null)
        {
            t.Notify(to, caption, ReviewCards.Buttons(s));
            return;
        }
        outbox.Enqueue(FileOut.Stored(identity.ToChat(), s.Latest()!.FileName, s.Latest()!.StoredPath, caption, isImage: false, ReviewCards.Buttons(s)), t.Now);
    }

    /// <summary>The card in the current chat (opened from /reviews); people who may not decide get only the history button.</summary>
    public void ShowCard(Turn t, Submission s, RoadmapAssignment a, School school, bool mayDecide)
    {
        var (caption, content) = Card(s, a, school);
        var keyboard = mayDecide ? ReviewCards.Buttons(s) : Keyboard.Of([new Button(ReviewTexts.History, ReviewCallbacks.History(s.Id))]);
        if (content is null) t.Reply(caption, keyboard);
        else t.Send(FileOut.Stored(t.Here, s.Latest()!.FileName, s.Latest()!.StoredPath, caption, isImage: false, keyboard));
    }

    private (string Caption, byte[]? Content) Card(Submission s, RoadmapAssignment a, School school)
    {
        var version = s.Latest()!;
        var inline = version.Size <= ReviewFiles.InlineLimit && files.Exists(version.StoredPath);
        var caption = cards.Caption(s, a, school, fileKept: !inline);
        if (!inline) return (caption, null);
        return (caption.Length <= CaptionLimit ? caption : caption[..(CaptionLimit - 1)] + "…", files.Read(version.StoredPath));
    }
}
