using System.Globalization;
using SchoolSupport.Domain.Broadcasts;

namespace SchoolSupport.Bot.Features.Mailings;

/// <summary>
/// «✅ Ознакомлен» ("bc:ack:&lt;mailing id&gt;"): recorded once and only for a recipient of that mailing; the pressed
/// message then shows the mark instead of the button.
/// </summary>
internal sealed class MailingAcks(MailingRepository mailings, Zones zones)
{
    public void Press(Turn t, string mailingId)
    {
        var mailing = mailingId.Length is > 0 and <= 16 ? mailings.Get(mailingId) : null;
        if (mailing is null) { t.Answer(MailingTexts.NotFound, alert: true); return; }
        var (outcome, updated) = Acknowledgements.Acknowledge(mailing, t.Participant.Id, t.Now);
        switch (outcome)
        {
            case AckOutcome.NotRecipient:
                t.Answer(MailingTexts.NotForYou, alert: true);
                return;
            case AckOutcome.NotRequired:
                t.Answer(Texts.Common.StaleButton, alert: true);
                return;
            case AckOutcome.Already:
                t.Answer(MailingTexts.AlreadyAcked);
                break;
            default:
                mailings.Save(updated);
                t.Answer(MailingTexts.AckThanks);
                break;
        }
        var at = updated.Acks.First(a => a.ParticipantId == t.Participant.Id).AtUtc;
        var date = TimeZoneInfo.ConvertTimeFromUtc(at, zones.ForParticipant(t.Participant)).ToString("dd.MM.yyyy", CultureInfo.InvariantCulture);
        t.Show(MailingTexts.Acked(mailing.Text, date));
    }
}
