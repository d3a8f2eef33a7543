using SchoolSupport.Bot.Delivery;
using SchoolSupport.Bot.Features.Audiences;
using SchoolSupport.Bot.Hosting;
using SchoolSupport.Bot.Storage;
using SchoolSupport.Domain.Audiences;
using SchoolSupport.Domain.Broadcasts;

namespace SchoolSupport.Bot.Features.Mailings;

/// <summary>Turns the finished draft into a stored <see cref="Mailing"/> and its broadcast, in the turn's transaction.</summary>
internal sealed class MailingSender(AudiencePicker picker, SchoolRepository schools, MailingRepository mailings, MailingFiles files, Broadcasts broadcasts)
{
    /// <summary>Sends now (<paramref name="sendAtUtc"/> null) or at that time; null when nobody would receive it any more.</summary>
    public Mailing? Send(Turn t, DateTime? sendAtUtc)
    {
        var me = t.Participant;
        var audience = picker.Current(t);
        var plan = picker.Plan(audience, me);
        if (plan.Recipients.Count == 0 || !AudienceSelection.CanBroadcast(me)) return null;
        var text = MailingDraft.TextOf(t.Conversation);
        var file = MailingDraft.FileOf(t.Conversation);
        var stored = file is null ? null : files.Exists(file.Key) ? MailingFiles.RelativePath(file.Key) : throw new InvalidOperationException($"Mailing file {file.Key} is missing.");
        var days = MailingDraft.FollowUpDaysOf(t.Conversation);
        var sendAt = sendAtUtc ?? t.Now;
        var all = schools.All();
        var mailing = new Mailing
        {
            Id = Ids.Random(9),
            SenderId = me.Id,
            SenderChat = t.Here,
            CreatedAtUtc = t.Now,
            SendAtUtc = sendAt,
            Text = text,
            File = file,
            Audience = audience,
            AckRequired = days > 0,
            FollowUpDays = days,
            FollowUpDueUtc = days > 0 ? Acknowledgements.FollowUpTime(sendAt, days) : null,
            Recipients = plan.Recipients
                .Select(p => new MailingRecipient { ParticipantId = p.Id, SchoolId = AudienceSelection.SchoolOf(audience, me, p, all) })
                .ToList(),
            SkippedCount = plan.Skipped.Count,
        };
        var recipients = plan.Recipients
            .Select(p => (p.Id, Chat: MailingMessages.ChatOf(p)))
            .Where(x => x.Chat is not null)
            .Select(x => new BroadcastRecipient(x.Id, MailingMessages.For(x.Chat!, text, mailing.AckRequired, mailing.Id, file?.FileName, stored)))
            .ToList();
        var broadcast = broadcasts.Start("mailing", MailingTexts.Title(text), me.Id, t.Here, recipients, t.Now, sendAtUtc, mailing.Id);
        mailing = mailing with { BroadcastId = broadcast.Id };
        mailings.Save(mailing);
        return mailing;
    }
}
