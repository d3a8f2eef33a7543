using System.Globalization;
using SchoolSupport.Bot.Features.Audiences;
using SchoolSupport.Domain.Broadcasts;
using SchoolSupport.Domain.Messaging;

namespace SchoolSupport.Bot.Features.Mailings;

/// <summary>
/// The last steps: the message exactly as recipients will see it with who gets it and who does not, a test copy,
/// «send now», or a time in the sender's zone (quick buttons or a typed «дд.мм чч:мм»).
/// </summary>
internal sealed class MailingPreview(AudiencePicker picker, MailingSender sender, MailingFiles files, Zones zones)
{
    /// <summary>After «Готово» in the picker: the picker message names the audience, then the sample and the controls follow.</summary>
    public void Show(Turn t)
    {
        t.Conversation = t.Conversation.Goto(MailingDraft.PreviewStep, t.Now);
        t.Show(MailingTexts.Chosen(picker.Describe(picker.Current(t))));
        Sample(t);
        Controls(t, asNew: true);
    }

    /// <summary>The control message again (from the schedule screen's «Назад»).</summary>
    public void Back(Turn t)
    {
        t.Conversation = t.Conversation.Goto(MailingDraft.PreviewStep, t.Now);
        Controls(t, asNew: false);
    }

    public void TestCopy(Turn t)
    {
        t.Show(MailingTexts.TestCopySent);
        Sample(t);
        Controls(t, asNew: true);
    }

    public void SendNow(Turn t)
    {
        var mailing = sender.Send(t, null);
        if (mailing is null) { t.Answer(MailingTexts.NobodyLeft, alert: true); return; }
        t.Conversation = t.Conversation.Clear(t.Now);
        t.Show(MailingTexts.Started(mailing.Recipients.Count));
    }

    public void AskWhen(Turn t)
    {
        t.Conversation = t.Conversation.Goto(MailingDraft.WhenStep, t.Now);
        var zone = zones.ForParticipant(t.Participant);
        var now = TimeZoneInfo.ConvertTimeFromUtc(t.Now, zone);
        var v = t.Conversation.Version;
        var quick = SendTime.Quick(now)
            .Select(local => new Button(MailingTexts.QuickTime(local, now), Cb("at", local.ToString("yyMMddHHmm", CultureInfo.InvariantCulture), v)))
            .Chunk(2).Select(row => (IReadOnlyList<Button>)row).ToList();
        quick.Add([new Button(MailingTexts.Back, Cb("back", v))]);
        var example = now.Date.AddDays(1).AddHours(9).AddMinutes(30).ToString("dd.MM HH:mm", CultureInfo.InvariantCulture);
        t.Show(MailingTexts.AskWhen(ZoneName(zone, t.Now), now.ToString("dd.MM HH:mm", CultureInfo.InvariantCulture), example), new Keyboard(quick));
    }

    /// <summary>A quick button: "yyMMddHHmm" in the sender's zone, checked again (it may be pressed hours later).</summary>
    public void OnQuick(Turn t, string arg)
    {
        if (!DateTime.TryParseExact(arg, "yyMMddHHmm", CultureInfo.InvariantCulture, DateTimeStyles.None, out var local))
        {
            t.Answer(Texts.Common.StaleButton, alert: true);
            return;
        }
        var zone = zones.ForParticipant(t.Participant);
        if (SendTime.Check(local, TimeZoneInfo.ConvertTimeFromUtc(t.Now, zone)) is { } error) { t.Answer(Error(error), alert: true); return; }
        Schedule(t, local, zone);
    }

    public void OnTyped(Turn t, string text)
    {
        var zone = zones.ForParticipant(t.Participant);
        if (SendTime.TryParse(text, TimeZoneInfo.ConvertTimeFromUtc(t.Now, zone), out var local) is { } error) { t.Reply(Error(error)); return; }
        Schedule(t, local, zone);
    }

    private void Schedule(Turn t, DateTime local, TimeZoneInfo zone)
    {
        var utc = TimeZoneInfo.ConvertTimeToUtc(DateTime.SpecifyKind(local, DateTimeKind.Unspecified), zone);
        var mailing = sender.Send(t, utc);
        if (mailing is null) { t.Show(MailingTexts.NobodyLeft); return; }
        t.Conversation = t.Conversation.Clear(t.Now);
        t.Show(MailingTexts.Scheduled(Texts.Date(utc, zone), ZoneName(zone, utc), mailing.Recipients.Count));
    }

    private void Sample(Turn t)
    {
        var file = MailingDraft.FileOf(t.Conversation);
        var ack = MailingDraft.FollowUpDaysOf(t.Conversation) > 0;
        foreach (var message in MailingMessages.For(t.Here, MailingDraft.TextOf(t.Conversation), ack, null, file?.FileName, file is not null && files.Exists(file.Key) ? MailingFiles.RelativePath(file.Key) : null))
            t.Send(message);
    }

    private void Controls(Turn t, bool asNew)
    {
        var plan = picker.Plan(t);
        var days = MailingDraft.FollowUpDaysOf(t.Conversation);
        var text = MailingTexts.Preview(picker.Describe(picker.Current(t)), AudiencePicker.Summary(plan), days > 0, days, MailingDraft.FileOf(t.Conversation)?.FileName);
        var v = t.Conversation.Version;
        var keyboard = Keyboard.Of(
            [new Button(MailingTexts.SendNow, Cb("send", v)), new Button(MailingTexts.Schedule, Cb("when", v))],
            [new Button(MailingTexts.TestCopy, Cb("copy", v))],
            [new Button(MailingTexts.ChangeAudience, Cb("aud", v)), new Button(MailingTexts.Cancel, Cb("stop", v))]);
        if (asNew) t.Reply(text, keyboard);
        else t.Show(text, keyboard);
    }

    private static string Error(SendTimeError error) => error switch
    {
        SendTimeError.Past => MailingTexts.PastTime,
        SendTimeError.TooFar => MailingTexts.TooFar,
        _ => MailingTexts.Unreadable,
    };

    private static string ZoneName(TimeZoneInfo zone, DateTime utc) => MailingTexts.Zone(zone.GetUtcOffset(utc));

    private static string Cb(params object[] args) => CallbackData.Of(MailingMessages.Action, args).Pack();
}
