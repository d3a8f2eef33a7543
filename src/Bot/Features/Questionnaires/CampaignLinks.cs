using SchoolSupport.Bot.Features.Invites;
using SchoolSupport.Bot.Storage;
using SchoolSupport.Domain.Campaigns;
using SchoolSupport.Domain.Messaging;
using SchoolSupport.Domain.Participants;

namespace SchoolSupport.Bot.Features.Questionnaires;

/// <summary>
/// The class links of a campaign: ordinary invite links (role, school, grade; students' with the school's record of
/// parental consent), valid until the campaign closes. A link card per group, and its QR code from the invite machinery.
/// </summary>
internal sealed class CampaignLinks(InviteRepository invites, InviteCards cards, InviteLinks links, CampaignProgress progress)
{
    /// <summary>A class link is shared at parents' meetings and in class chats: many people join by one link.</summary>
    public const int LinkUses = 500;

    public static Invite Make(Campaign c, CampaignGroup g, Participant by, DateTime nowUtc, string code) => new()
    {
        Id = code,
        Role = g.Role,
        SchoolIds = [c.SchoolId],
        Grade = g.Grade,
        CreatedBy = by.Id,
        CreatedAtUtc = nowUtc,
        ExpiresAtUtc = c.ClosesAtUtc,
        MaxUses = LinkUses,
        ParentalConsent = g.Kind == GroupKind.Students ? new ParentalConsentBasis { Source = "school", ConfirmedBy = by.Id, ConfirmedAtUtc = nowUtc } : null,
    };

    /// <summary>One message per link, each with its QR button.</summary>
    public void Show(Turn t, Campaign c)
    {
        if (c.Links.Count == 0) { t.Reply(CampaignTexts.NoLinks); return; }
        var until = CampaignTexts.Day(c.ClosesOn);
        foreach (var link in c.Links)
        {
            if (!CampaignGroup.TryParse(link.GroupKey, out var g)) continue;
            var titles = c.Slots.Where(s => s.Group == g).Select(progress.Title);
            t.Reply(CampaignTexts.LinkCard(g, progress.SchoolName(c), links.Text(t, link.InviteCode), until, titles),
                Keyboard.Of([new Button(CampaignTexts.Qr, CampaignCallbacks.Qr(c.Id, link.GroupKey))]));
        }
    }

    public void SendQr(Turn t, Campaign c, string groupKey)
    {
        var code = c.Links.FirstOrDefault(l => l.GroupKey == groupKey)?.InviteCode;
        if (code is null || invites.Get(code) is not { } invite) { t.Answer(CampaignTexts.NotFound, alert: true); return; }
        t.Answer();
        cards.SendQr(t, invite);
    }
}
