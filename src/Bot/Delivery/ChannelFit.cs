using SchoolSupport.Domain.Messaging;

namespace SchoolSupport.Bot.Delivery;

/// <summary>Shapes text and buttons to a messenger's limits: long texts and labels end in «…», long rows wrap.</summary>
internal static class ChannelFit
{
    public static string Text(string text, ChannelCapabilities c) =>
        text.Length <= c.MaxTextLength ? text : text[..(c.MaxTextLength - 1)] + "…";

    public static Keyboard? Buttons(Keyboard? keyboard, ChannelCapabilities c)
    {
        if (keyboard is null) return null;
        var fits = keyboard.Rows.All(r => r.Count <= c.MaxButtonsPerRow && r.All(b => b.Text.Length <= c.MaxButtonText));
        if (fits) return keyboard;
        var rows = new List<IReadOnlyList<Button>>();
        foreach (var row in keyboard.Rows)
        {
            var buttons = row.Select(b => b.Text.Length <= c.MaxButtonText ? b : b with { Text = b.Text[..(c.MaxButtonText - 1)] + "…" }).ToList();
            rows.AddRange(buttons.Chunk(c.MaxButtonsPerRow).Select(chunk => (IReadOnlyList<Button>)chunk));
        }
        return new Keyboard(rows);
    }
}
