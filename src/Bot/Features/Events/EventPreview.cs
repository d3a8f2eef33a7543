using SchoolSupport.Bot.Features.Audiences;
using SchoolSupport.Bot.Hosting;
using SchoolSupport.Domain.Events;
using SchoolSupport.Domain.Messaging;

namespace SchoolSupport.Bot.Features.Events;

/// <summary>
/// The end of the wizard: the preview (the announcement as recipients see it, how many get it, who is skipped
/// and why), a test copy to oneself, and sending now or at a chosen time.
/// </summary>
internal sealed class EventPreview(AudiencePicker picker, EventRepository events, EventAnnouncer announcer, EventMessages messages,
    EventFiles files, Zones zones, EventOptions options)
{
    public void Show(Turn t)
    {
        t.Conversation = t.Conversation.Goto("preview", t.Now);
        var draft = Draft(t, "preview");
        var text = messages.AnnouncementText(draft, zones.ForParticipant(t.Participant), t.Now, Rsvp.None);
        var v = t.Conversation.Version;
        t.Show(EventWizardTexts.Preview(text, picker.Describe(draft.Audience), AudiencePicker.Summary(picker.Plan(t))), Keyboard.Of(
            [new Button(EventWizardTexts.TestCopy, EventCallbacks.Wizard("test", "-", v))],
            [new Button(EventWizardTexts.SendNow, EventCallbacks.Wizard("now", "-", v)), new Button(EventWizardTexts.SendLater, EventCallbacks.Wizard("later", "-", v))],
            [new Button(EventWizardTexts.ChangeAudience, EventCallbacks.Wizard("aud", "-", v))]));
    }

    public void TestCopy(Turn t)
    {
        var draft = Draft(t, "test");
        var materials = draft.Materials is { } m ? files.Read(m) : null;
        t.Answer(EventWizardTexts.TestSent);
        foreach (var message in messages.TestCopy(draft, t.Participant, t.Here, t.Now, materials)) t.Send(message);
    }

    public void SendNow(Turn t)
    {
        var e = Draft(t, Ids.Random(6));
        if (e.StartUtc <= t.Now) { EventWizard.Stop(t, EventWizardTexts.StartPassed); return; }
        if (picker.Plan(t).Recipients.Count == 0) { t.Answer(AudienceTexts.NobodyChosen, alert: true); return; }
        events.Save(e);
        var broadcast = announcer.Announce(e, t.Participant, t.Here, t.Now);
        t.Conversation = t.Conversation.Clear(t.Now);
        t.Show(EventWizardTexts.Sent(broadcast.Recipients), OpenKeyboard(e.Id));
    }

    public void AskWhen(Turn t)
    {
        t.Conversation = t.Conversation.Goto("sendat", t.Now);
        t.Answer();
        t.Reply(EventWizardTexts.AskSendAt(EventWizardTexts.Zone(zones.ForParticipant(t.Participant), t.Now)));
    }

    public void Schedule(Turn t, string text)
    {
        var zone = zones.ForParticipant(t.Participant);
        var at = EventInput.Start(text, t.Now, zone);
        if (!at.Ok) { t.Reply(at.Error!); return; }
        var e = Draft(t, Ids.Random(6)) with { AnnounceAtUtc = at.Value };
        if (e.StartUtc <= t.Now) { EventWizard.Stop(t, EventWizardTexts.StartPassed); return; }
        if (at.Value >= e.StartUtc) { t.Reply(EventWizardTexts.AnnounceBeforeStart); return; }
        events.Save(e);
        t.Conversation = t.Conversation.Clear(t.Now);
        var date = EventTexts.Date(TimeZoneInfo.ConvertTimeFromUtc(at.Value, zone), TimeZoneInfo.ConvertTimeFromUtc(t.Now, zone));
        t.Reply(EventWizardTexts.Scheduled(date), OpenKeyboard(e.Id));
    }

    private Event Draft(Turn t, string id) =>
        EventDraft.Build(t.Conversation, id, t.Participant.Id, t.Here, picker.Current(t), options.ReminderMinutes, t.Now);

    private static Keyboard OpenKeyboard(string id) => Keyboard.Of([new Button(EventWizardTexts.Open, EventCallbacks.Of("o", id))]);
}
