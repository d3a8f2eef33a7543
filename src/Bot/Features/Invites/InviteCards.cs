using QRCoder;
using SchoolSupport.Domain.Messaging;
using SchoolSupport.Domain.Participants;

namespace SchoolSupport.Bot.Features.Invites;

/// <summary>How an invite is shown: its card with link and buttons, and its QR code for printing.</summary>
internal sealed class InviteCards(InviteDescriber describer, Zones zones, InviteLinks links)
{
    public void Show(Turn t, Invite invite, bool asNewMessage = false)
    {
        var text = InviteTexts.Card(
            Texts.RoleName(invite.Role) + (invite.Grade is { } g ? $", {g} класс" : ""),
            describer.Where(invite.SchoolIds, invite.MunicipalityIds),
            links.Text(t, invite.Id),
            Texts.Date(invite.ExpiresAtUtc, zones.ForSchools(invite.SchoolIds)),
            invite.MaxUses,
            invite.Uses);
        var keyboard = Keyboard.Of(
            [new Button("🖨 QR-код", CallbackData.Of("iv", "qr", invite.Id).Pack()), new Button("❌ Отозвать", CallbackData.Of("iv", "rv", invite.Id).Pack())],
            [new Button("➕ Ещё приглашение", CallbackData.Of("iv", "new").Pack()), Menu.MenuFeature.BackButton]);
        if (asNewMessage) t.Reply(text, keyboard);
        else t.Show(text, keyboard);
    }

    /// <summary>A QR code of the link for each messenger the bot runs in (one when it runs in one).</summary>
    public void SendQr(Turn t, Invite invite)
    {
        var all = links.For(t, invite.Id);
        foreach (var (title, link) in all)
        {
            using var data = QRCodeGenerator.GenerateQrCode(link, QRCodeGenerator.ECCLevel.M);
            var png = new PngByteQRCode(data).GetGraphic(10);
            var caption = $"Приглашение: {Texts.RoleName(invite.Role)}{describer.Where(invite.SchoolIds, invite.MunicipalityIds)}" +
                (invite.Grade is { } g ? $", {g} класс" : "") +
                $". Действует до {Texts.Date(invite.ExpiresAtUtc, zones.ForSchools(invite.SchoolIds))}." +
                (all.Count > 1 ? $" Для {title}." : "");
            var suffix = all.Count > 1 ? "-" + title.ToLowerInvariant() : "";
            t.ReplyFile($"priglashenie-{invite.Role.ToString().ToLowerInvariant()}{suffix}.png", png, caption, isImage: true);
        }
    }
}
