using SchoolSupport.Domain.Events;
using SchoolSupport.Domain.Messaging;

namespace SchoolSupport.Bot.Features.Events;

/// <summary>
/// Events: /newevent (the wizard), /events (the organiser's events), /myevents and «Мои мероприятия» (a participant's
/// invitations), and the buttons of announcements, reminders and the attendance question. Flow "event" holds the wizard
/// steps, the organiser's edits (new time, link, recording link) and a recipient's feedback.
/// </summary>
internal sealed class EventsFeature(EventWizard wizard, EventOrganiser organiser, EventReplies replies, EventMyList mine) : IFeature
{
    public const string FlowName = "event";

    public IReadOnlyList<string> Commands => ["newevent", "events", "myevents"];
    public IReadOnlyList<string> Actions => [EventCallbacks.Action];
    public string? Flow => FlowName;

    public void OnCommand(Turn t, CommandIn command)
    {
        switch (command.Name)
        {
            case "newevent": EventWizard.Begin(t); break;
            case "events": Events(t); break;
            default: mine.Show(t); break;
        }
    }

    public void OnButton(Turn t, CallbackData d)
    {
        switch (d.Arg(0))
        {
            case "w": wizard.OnButton(t, d); break;
            case "a": wizard.OnAudience(t, d); break;
            case "new": EventWizard.Begin(t); break;
            case "r": replies.Rsvp(t, d); break;
            case "at": replies.Attended(t, d); break;
            case "fs": EventReplies.SkipFeedback(t, d); break;
            case "t": t.Answer(EventTexts.TestCopyButton, alert: true); break;
            case "v": mine.Open(t, d.Arg(1)); break;
            case "my": mine.Show(t); break;
            case "ls": Events(t); break;
            case "o" or "ct" or "cl" or "cx" or "cxy" or "rec" or "xl": organiser.OnButton(t, d); break;
            default: t.Answer(Texts.Common.StaleButton, alert: true); break;
        }
    }

    public void OnText(Turn t, TextIn text)
    {
        var step = t.Conversation.Step;
        if (step == EventReplies.FeedbackStep) replies.OnFeedback(t, text.Text);
        else if (EventOrganiser.Steps.Contains(step)) organiser.OnText(t, text.Text);
        else wizard.OnText(t, text.Text);
    }

    public void OnFile(Turn t, FileIn file) => wizard.OnFile(t, file);

    /// <summary>Organisers get their events; everyone else their invitations.</summary>
    private void Events(Turn t)
    {
        if (EventRights.CanCreate(t.Participant)) organiser.List(t);
        else mine.Show(t);
    }
}
