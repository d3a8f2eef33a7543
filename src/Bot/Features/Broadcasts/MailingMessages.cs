using SchoolSupport.Domain.Messaging;
using SchoolSupport.Domain.Participants;

namespace SchoolSupport.Bot.Features.Mailings;

/// <summary>What one recipient gets: the text exactly as written (with «✅ Ознакомлен» when asked), then the file.</summary>
internal static class MailingMessages
{
    public const string Action = "bc";

    /// <summary>The data of the acknowledgement button of a mailing; "bc:pv" on previews and test copies.</summary>
    public static string AckData(string? mailingId) =>
        mailingId is null ? CallbackData.Of(Action, "pv").Pack() : CallbackData.Of(Action, "ack", mailingId).Pack();

    public static IReadOnlyList<Outgoing> For(ChatAddress to, string text, bool ack, string? mailingId, string? fileName, string? storedPath)
    {
        var keyboard = ack ? Keyboard.Of([new Button(MailingTexts.AckButton, AckData(mailingId))]) : null;
        var list = new List<Outgoing> { new TextOut(text, keyboard) { To = to } };
        if (fileName is not null && storedPath is not null) list.Add(FileOut.Stored(to, fileName, storedPath, null, isImage: false));
        return list;
    }

    /// <summary>The chat of a participant in their preferred messenger, else in another linked one (<see cref="Reach"/>).</summary>
    public static ChatAddress? ChatOf(Participant p) => Reach.Address(p)?.ToChat();
}
