using SchoolSupport.Bot.Features.Audiences;
using SchoolSupport.Domain.Audiences;
using SchoolSupport.Domain.Broadcasts;
using SchoolSupport.Domain.Messaging;

namespace SchoolSupport.Bot.Features.Mailings;

/// <summary>The first steps of /mailing: text → optional file → acknowledgement → the audience picker.</summary>
internal sealed class MailingWizard(AudiencePicker picker, MailingFiles files)
{
    public static void Begin(Turn t)
    {
        if (!AudienceSelection.CanBroadcast(t.Participant))
        {
            t.Show(AudienceTexts.CannotBroadcast);
            return;
        }
        t.Conversation = t.Conversation.Start(MailingDraft.Flow, MailingDraft.TextStep, t.Now);
        t.Show(MailingTexts.AskText);
    }

    public static void OnText(Turn t, string text)
    {
        if (string.IsNullOrWhiteSpace(text)) { t.Reply(MailingTexts.EmptyText); return; }
        if (text.Length > MailingRules.MaxTextLength) { t.Reply(MailingTexts.TooLong(text.Length)); return; }
        t.Conversation = MailingDraft.WithText(t.Conversation, text, t.Now).Goto(MailingDraft.FileStep, t.Now);
        t.Reply(MailingTexts.AskFile, Keyboard.Of([new Button(MailingTexts.NoFile, Cb("nf", t.Conversation.Version))]));
    }

    /// <summary>A file at the file step; at the text step a file with a caption gives both the text and the file.</summary>
    public void OnFile(Turn t, FileIn file)
    {
        if (t.Conversation.Step == MailingDraft.TextStep)
        {
            if (string.IsNullOrWhiteSpace(file.Caption)) { t.Reply(MailingTexts.FileFirstNeedsText); return; }
            if (file.Caption.Length > MailingRules.MaxTextLength) { t.Reply(MailingTexts.TooLong(file.Caption.Length)); return; }
            t.Conversation = MailingDraft.WithText(t.Conversation, file.Caption, t.Now).Goto(MailingDraft.FileStep, t.Now);
        }
        if (file.Size > MailingRules.MaxFileBytes || file.Content?.LongLength > MailingRules.MaxFileBytes)
        {
            t.Reply(MailingTexts.FileTooBig(MailingRules.MaxFileBytes));
            return;
        }
        if (file.Content is not { Length: > 0 } content)
        {
            t.Reply(MailingTexts.FileUnreadable);
            return;
        }
        var stored = new MailingFile { Key = files.Save(content), FileName = file.FileName, Size = content.LongLength };
        t.Conversation = MailingDraft.WithFile(t.Conversation, stored, t.Now);
        AskAck(t);
    }

    public static void NoFile(Turn t)
    {
        t.Conversation = MailingDraft.WithFile(t.Conversation, null, t.Now);
        AskAck(t);
    }

    /// <summary>0 = no acknowledgement; otherwise the follow-up delay in days (one of the offered choices).</summary>
    public void OnAck(Turn t, int days)
    {
        if (days != 0 && !MailingRules.IsValidFollowUp(days)) { t.Answer(Texts.Common.StaleButton, alert: true); return; }
        t.Conversation = MailingDraft.WithFollowUp(t.Conversation, days, t.Now);
        picker.Show(t, MailingMessages.Action);
    }

    private static void AskAck(Turn t)
    {
        t.Conversation = t.Conversation.Goto(MailingDraft.AckStep, t.Now);
        var v = t.Conversation.Version;
        var choices = MailingRules.FollowUpChoices;
        var rows = new List<IReadOnlyList<Button>> { new[] { new Button(MailingTexts.FollowUpChoice(choices[0], true), Cb("ak", choices[0], v)) } };
        rows.AddRange(choices.Skip(1).Select(d => new Button(MailingTexts.FollowUpChoice(d, false), Cb("ak", d, v))).Chunk(2));
        rows.Add([new Button(MailingTexts.NoAck, Cb("ak", 0, v))]);
        t.Show(MailingTexts.AskAck, new Keyboard(rows));
    }

    private static string Cb(params object[] args) => CallbackData.Of(MailingMessages.Action, args).Pack();
}
