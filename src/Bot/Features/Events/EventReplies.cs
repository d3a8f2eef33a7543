using SchoolSupport.Domain.Events;
using SchoolSupport.Domain.Messaging;

namespace SchoolSupport.Bot.Features.Events;

/// <summary>
/// A recipient's answers: «Буду» / «Не смогу», «Были на мероприятии?» and the optional feedback. Only someone who
/// received the announcement may answer (the press says which event; the store says whether it was sent to them).
/// </summary>
internal sealed class EventReplies(EventRepository events, EventMessages messages, Zones zones)
{
    public const string FeedbackStep = "feedback";

    public void Rsvp(Turn t, CallbackData d)
    {
        if (Find(t, d.Arg(1)) is not ({ } e, { } received)) return;
        if (d.Arg(2) is not ("y" or "n")) { t.Answer(Texts.Common.StaleButton, alert: true); return; }
        if (!Open(t, e)) return;
        var answer = d.Arg(2) == "y" ? Domain.Events.Rsvp.Going : Domain.Events.Rsvp.NotGoing;
        events.Save(received with { Rsvp = answer, RsvpAtUtc = t.Now });
        t.Answer(answer == Domain.Events.Rsvp.Going ? EventNoticeTexts.SavedGoing : EventNoticeTexts.SavedNotGoing);
        t.Show(messages.AnnouncementText(e, zones.ForParticipant(t.Participant), t.Now, answer), EventCallbacks.RsvpKeyboard(e.Id, e.Link));
    }

    public void Attended(Turn t, CallbackData d)
    {
        if (Find(t, d.Arg(1)) is not ({ } e, { } received)) return;
        if (d.Arg(2) is not ("y" or "n")) { t.Answer(Texts.Common.StaleButton, alert: true); return; }
        if (e.Status == EventStatus.Cancelled) { t.Answer(EventNoticeTexts.WasCancelled, alert: true); return; }
        if (t.Now < e.EndsAtUtc()) { t.Answer(EventNoticeTexts.NotOverYet, alert: true); return; }
        var yes = d.Arg(2) == "y";
        events.Save(received with { Attended = yes });
        t.Answer();
        if (!yes) { t.Show(EventNoticeTexts.NotAttended); return; }
        t.Conversation = t.Conversation.Start(EventsFeature.FlowName, FeedbackStep, t.Now).With("id", e.Id, t.Now);
        t.Show(EventNoticeTexts.AskFeedback, Keyboard.Of([new Button(EventTexts.SkipFeedback, EventCallbacks.Of("fs", e.Id))]));
    }

    public static void SkipFeedback(Turn t, CallbackData d)
    {
        if (t.Conversation.Flow == EventsFeature.FlowName && t.Conversation.Step == FeedbackStep && t.Conversation.Get("id") == d.Arg(1))
            t.Conversation = t.Conversation.Clear(t.Now);
        t.Show(EventNoticeTexts.FeedbackSkipped);
    }

    public void OnFeedback(Turn t, string text)
    {
        var id = t.Conversation.Get("id") ?? "";
        var received = events.Participation(id, t.Participant.Id);
        if (!EventRights.CanAnswer(t.Participant, received)) { t.Conversation = t.Conversation.Clear(t.Now); t.Reply(Texts.Common.UseMenu); return; }
        var parsed = EventInput.Feedback(text);
        if (!parsed.Ok) { t.Reply(parsed.Error!); return; }
        events.Save(received! with { Feedback = parsed.Value, FeedbackAtUtc = t.Now });
        t.Conversation = t.Conversation.Clear(t.Now);
        t.Reply(EventNoticeTexts.FeedbackThanks);
    }

    /// <summary>The event and the presser's participation, or an answer saying why not.</summary>
    private (Event, Participation)? Find(Turn t, string id)
    {
        var e = events.Get(id);
        if (e is null) { t.Answer(EventNoticeTexts.Unknown, alert: true); return null; }
        var received = events.Participation(id, t.Participant.Id);
        if (!EventRights.CanAnswer(t.Participant, received)) { t.Answer(EventNoticeTexts.NotForYou, alert: true); return null; }
        return (e, received!);
    }

    private static bool Open(Turn t, Event e)
    {
        if (e.Status == EventStatus.Cancelled) { t.Answer(EventNoticeTexts.WasCancelled, alert: true); return false; }
        if (t.Now >= e.EndsAtUtc()) { t.Answer(EventNoticeTexts.IsOver, alert: true); return false; }
        return true;
    }
}
