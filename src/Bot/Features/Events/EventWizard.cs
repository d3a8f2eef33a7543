using SchoolSupport.Bot.Features.Audiences;
using SchoolSupport.Domain.Conversations;
using SchoolSupport.Domain.Events;
using SchoolSupport.Domain.Messaging;

namespace SchoolSupport.Bot.Features.Events;

/// <summary>
/// /newevent: kind → title → description → start → duration → link → materials → audience (the shared picker) →
/// preview (test copy, send now or later). Each step is persisted; wizard buttons carry the step version, so a press
/// on an older message is stale; the right to create events is checked on every press and before sending.
/// </summary>
internal sealed class EventWizard(AudiencePicker picker, EventPreview preview, EventFiles files, Zones zones)
{
    public static readonly IReadOnlySet<string> Steps = new HashSet<string>
    {
        "kind", "title", "desc", "start", "dur", "link", "files", AudiencePicker.Step, "preview", "sendat",
    };

    public static void Begin(Turn t)
    {
        if (!EventRights.CanCreate(t.Participant)) { t.Show(EventWizardTexts.NotAllowed); return; }
        t.Conversation = t.Conversation.Start(EventsFeature.FlowName, "kind", t.Now);
        var v = t.Conversation.Version;
        var kinds = Enum.GetValues<EventKind>().Select(k => new Button(EventTexts.KindTitle(k), EventCallbacks.Wizard("k", k, v)));
        t.Show(EventWizardTexts.ChooseKind, new Keyboard(kinds.Chunk(2).Select(r => (IReadOnlyList<Button>)r).ToList()));
    }

    public void OnButton(Turn t, CallbackData d)
    {
        if (t.Conversation.Flow != EventsFeature.FlowName || d.IntArg(3) != t.Conversation.Version) { t.Answer(Texts.Common.StaleButton, alert: true); return; }
        if (!EventRights.CanCreate(t.Participant)) { Stop(t, Texts.Common.NoRights); return; }
        var step = t.Conversation.Step;
        switch (d.Arg(1))
        {
            case "k" when step == "kind" && Enum.TryParse<EventKind>(d.Arg(2), out var kind) && Enum.IsDefined(kind):
                t.Conversation = t.Conversation.With(EventDraft.Kind, kind.ToString(), t.Now).Goto("title", t.Now);
                t.Show(EventWizardTexts.AskTitle(kind));
                break;
            case "nof" when step == "files": picker.Show(t, EventCallbacks.Action); break;
            case "aud" when step == "preview": picker.Show(t, EventCallbacks.Action); break;
            case "test" when step == "preview": preview.TestCopy(t); break;
            case "now" when step == "preview": preview.SendNow(t); break;
            case "later" when step == "preview": preview.AskWhen(t); break;
            default: t.Answer(Texts.Common.StaleButton, alert: true); break;
        }
    }

    /// <summary>A press of an audience picker button ("ev:a:…"); «Готово» leads to the preview.</summary>
    public void OnAudience(Turn t, CallbackData d)
    {
        if (t.Conversation.Flow != EventsFeature.FlowName) { t.Answer(Texts.Common.StaleButton, alert: true); return; }
        if (picker.OnButton(t, EventCallbacks.Action, d)) preview.Show(t);
    }

    public void OnText(Turn t, string text)
    {
        if (!EventRights.CanCreate(t.Participant)) { Stop(t, Texts.Common.NoRights); return; }
        var zone = zones.ForParticipant(t.Participant);
        switch (t.Conversation.Step)
        {
            case "title": Take(t, EventInput.Title(text), (c, v) => c.With(EventDraft.Title, v, t.Now), "desc", EventWizardTexts.AskDescription); break;
            case "desc": Take(t, EventInput.Description(text), (c, v) => c.With(EventDraft.Description, v, t.Now), "start", EventWizardTexts.AskStart(ZoneHint(t))); break;
            case "start": Take(t, EventInput.Start(text, t.Now, zone), (c, v) => EventDraft.WithStart(c, v, t.Now), "dur", EventWizardTexts.AskDuration); break;
            case "dur": Take(t, EventInput.DurationMinutes(text), (c, v) => c.With(EventDraft.Duration, Str(v), t.Now), "link", EventWizardTexts.AskLink); break;
            case "link": TakeLink(t, text); break;
            case "files" when text.Trim() == EventInput.NoneMark: picker.Show(t, EventCallbacks.Action); break;
            case "files": t.Reply(EventWizardTexts.SendFileOrSkip, MaterialsKeyboard(t)); break;
            case "sendat": preview.Schedule(t, text); break;
            case AudiencePicker.Step: t.Reply(AudienceTexts.PressButtons); break;
            default: t.Reply(EventWizardTexts.UseButtons); break;
        }
    }

    public void OnFile(Turn t, FileIn file)
    {
        if (t.Conversation.Step != "files") { t.Reply(Texts.Common.FileNotExpected); return; }
        if (file.Content is null || file.Size > EventFiles.MaxBytes || file.Content.Length > EventFiles.MaxBytes)
        {
            t.Reply(EventWizardTexts.FileTooBig(EventFiles.MaxBytes), MaterialsKeyboard(t));
            return;
        }
        var stored = files.Save(file.FileName, file.Content);
        t.Conversation = EventDraft.WithMaterials(t.Conversation, stored, t.Now);
        t.Reply(EventWizardTexts.FileAttached(stored.FileName));
        picker.Show(t, EventCallbacks.Action);
    }

    private static void Take<T>(Turn t, Parsed<T> parsed, Func<Conversation, T, Conversation> save, string next, string prompt)
    {
        if (!parsed.Ok) { t.Reply(parsed.Error!); return; }
        t.Conversation = save(t.Conversation, parsed.Value).Goto(next, t.Now);
        t.Reply(prompt);
    }

    private static void TakeLink(Turn t, string text)
    {
        var parsed = EventInput.Link(text, optional: true);
        if (!parsed.Ok) { t.Reply(parsed.Error!); return; }
        t.Conversation = t.Conversation.With(EventDraft.Link, parsed.Value ?? "", t.Now).Goto("files", t.Now);
        t.Reply(EventWizardTexts.AskMaterials, MaterialsKeyboard(t));
    }

    public static void Stop(Turn t, string text)
    {
        t.Conversation = t.Conversation.Clear(t.Now);
        t.Show(text);
    }

    private string ZoneHint(Turn t) => EventWizardTexts.Zone(zones.ForParticipant(t.Participant), t.Now);

    private static Keyboard MaterialsKeyboard(Turn t) =>
        Keyboard.Of([new Button(EventWizardTexts.NoMaterials, EventCallbacks.Wizard("nof", "-", t.Conversation.Version))]);

    private static string Str(int v) => v.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
