using SchoolSupport.Bot.Features.Audiences;
using SchoolSupport.Domain.Messaging;

namespace SchoolSupport.Bot.Features.Mailings;

/// <summary>
/// «Рассылки»: /mailing (text → file → acknowledgement → audience → preview → now or scheduled), /mailings (recent
/// mailings with counts and a per-school report) and the recipients' «✅ Ознакомлен» presses.
/// </summary>
internal sealed class MailingFeature(
    MailingWizard wizard,
    AudiencePicker picker,
    MailingPreview preview,
    MailingAcks acks,
    MailingReports reports,
    MailingFiles files) : IFeature
{
    public IReadOnlyList<string> Commands => ["mailing", "mailings"];
    public IReadOnlyList<string> Actions => [MailingMessages.Action];
    public string? Flow => MailingDraft.Flow;

    public void OnCommand(Turn t, CommandIn command)
    {
        if (command.Name == "mailings") reports.List(t);
        else MailingWizard.Begin(t);
    }

    public void OnButton(Turn t, CallbackData d)
    {
        switch (d.Arg(0))
        {
            case "new": MailingWizard.Begin(t); return;
            case "ls": reports.List(t); return;
            case "rep": reports.Report(t, d.Arg(1)); return;
            case "ack": acks.Press(t, d.Arg(1)); return;
            case "pv": t.Answer(MailingTexts.PreviewPress); return;
            case AudiencePicker.Marker:
                if (InFlow(t) && picker.OnButton(t, MailingMessages.Action, d)) preview.Show(t);
                else if (!InFlow(t)) t.Answer(Texts.Common.StaleButton, alert: true);
                return;
        }
        // Wizard buttons carry the step version: a press from an older message is stale.
        if (!InFlow(t) || d.IntArg(d.Args.Count - 1) != t.Conversation.Version)
        {
            t.Answer(Texts.Common.StaleButton, alert: true);
            return;
        }
        var step = t.Conversation.Step;
        switch (d.Arg(0))
        {
            case "nf" when step == MailingDraft.FileStep: MailingWizard.NoFile(t); break;
            case "ak" when step == MailingDraft.AckStep && d.IntArg(1) is { } days: wizard.OnAck(t, days); break;
            case "send" when step == MailingDraft.PreviewStep: preview.SendNow(t); break;
            case "copy" when step == MailingDraft.PreviewStep: preview.TestCopy(t); break;
            case "when" when step == MailingDraft.PreviewStep: preview.AskWhen(t); break;
            case "aud" when step == MailingDraft.PreviewStep: picker.Show(t, MailingMessages.Action); break;
            case "stop" when step == MailingDraft.PreviewStep: Stop(t); break;
            case "at" when step == MailingDraft.WhenStep: preview.OnQuick(t, d.Arg(1)); break;
            case "back" when step == MailingDraft.WhenStep: preview.Back(t); break;
            default: t.Answer(Texts.Common.StaleButton, alert: true); break;
        }
    }

    public void OnText(Turn t, TextIn text)
    {
        switch (t.Conversation.Step)
        {
            case MailingDraft.TextStep: MailingWizard.OnText(t, text.Text); return;
            case MailingDraft.FileStep: t.Reply(MailingTexts.SendFileOrSkip); return;
            case MailingDraft.WhenStep: preview.OnTyped(t, text.Text); return;
            case AudiencePicker.Step: t.Reply(AudienceTexts.PressButtons); return;
            default: t.Reply(MailingTexts.PressButtons); return;
        }
    }

    public void OnFile(Turn t, FileIn file)
    {
        if (t.Conversation.Step is MailingDraft.TextStep or MailingDraft.FileStep) wizard.OnFile(t, file);
        else t.Reply(MailingTexts.PressButtons);
    }

    private void Stop(Turn t)
    {
        if (MailingDraft.FileOf(t.Conversation) is { } file) files.Delete(file.Key);
        t.Conversation = t.Conversation.Clear(t.Now);
        t.Show(MailingTexts.Cancelled);
    }

    private static bool InFlow(Turn t) => t.Conversation.Flow == MailingDraft.Flow;
}
