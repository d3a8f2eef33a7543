using System.Globalization;
using SchoolSupport.Bot.Delivery;
using SchoolSupport.Bot.Features.Menu;
using SchoolSupport.Bot.Storage;
using SchoolSupport.Domain.Broadcasts;
using SchoolSupport.Domain.Messaging;

namespace SchoolSupport.Bot.Features.Mailings;

/// <summary>/mailings: the sender's recent mailings with counts, and a per-school report of each.</summary>
internal sealed class MailingReports(MailingRepository mailings, Broadcasts broadcasts, SchoolRepository schools, Zones zones)
{
    public const int Shown = 10;

    public void List(Turn t)
    {
        var recent = mailings.RecentBy(t.Participant.Id, Shown);
        var newButton = new Button(MailingTexts.NewMailing, Cb("new"));
        if (recent.Count == 0)
        {
            t.Show(MailingTexts.NoMailings, Keyboard.Of([newButton], [MenuFeature.BackButton]));
            return;
        }
        var zone = zones.ForParticipant(t.Participant);
        var lines = new List<string> { MailingTexts.ListHeader };
        for (var i = 0; i < recent.Count; i++)
        {
            var m = recent[i];
            var scheduled = m.SendAtUtc > t.Now ? Short(m.SendAtUtc, zone) : null;
            lines.Add(MailingTexts.ListItem(i + 1, Short(m.CreatedAtUtc, zone), m.Text, Delivered(m),
                m.Recipients.Count, m.AckRequired, m.Acks.Count, scheduled));
        }
        var rows = recent.Select((m, i) => new Button(MailingTexts.ReportButton(i + 1), Cb("rep", m.Id)))
            .Chunk(2).Select(row => (IReadOnlyList<Button>)row).ToList();
        rows.Add([newButton, MenuFeature.BackButton]);
        t.Show(string.Join("\n\n", lines), new Keyboard(rows));
    }

    /// <summary>«МАОУ «СОШ №7»: ознакомились 12 из 15» per school; only the sender sees it.</summary>
    public void Report(Turn t, string mailingId)
    {
        var m = mailingId.Length is > 0 and <= 16 ? mailings.Get(mailingId) : null;
        if (m is null) { t.Answer(MailingTexts.NotFound, alert: true); return; }
        if (m.SenderId != t.Participant.Id) { t.Answer(Texts.Common.NoRights, alert: true); return; }
        var all = schools.All();
        var municipalities = schools.Municipalities().Select(x => x.Id).ToList();
        var order = all.OrderBy(s => municipalities.IndexOf(s.MunicipalityId)).Select(s => s.Id).ToList();
        var rows = Acknowledgements.PerSchool(m, order)
            .Select(r => MailingTexts.ReportRow(r.SchoolId is { } id ? all.FirstOrDefault(s => s.Id == id)?.Name ?? $"№{id}" : MailingTexts.NoSchool,
                m.AckRequired, r.Acknowledged, r.Total));
        var header = MailingTexts.ReportHeader(Short(m.CreatedAtUtc, zones.ForParticipant(t.Participant)), m.Text, m.AckRequired, m.Acks.Count, m.Recipients.Count);
        t.Show(header + "\n\n" + string.Join('\n', rows), Keyboard.Of([new Button(MailingTexts.BackToList, Cb("ls"))]));
    }

    /// <summary>Recipients whose messages were all sent, as the delivery engine counts them.</summary>
    private int Delivered(Mailing m) => m.BroadcastId is { } id && broadcasts.Get(id) is { } b ? b.Delivered : 0;

    private static string Short(DateTime utc, TimeZoneInfo zone) =>
        TimeZoneInfo.ConvertTimeFromUtc(utc, zone).ToString("dd.MM HH:mm", CultureInfo.InvariantCulture);

    private static string Cb(params object[] args) => CallbackData.Of(MailingMessages.Action, args).Pack();
}
