using SchoolSupport.Domain.Messaging;

namespace SchoolSupport.Bot.Features.Events;

/// <summary>
/// Button payloads of the events feature, all "ev:…" and far below 64 bytes (event ids are 8 characters):
/// ev:r:&lt;id&gt;:y|n (RSVP), ev:at:&lt;id&gt;:y|n (attendance), ev:fs:&lt;id&gt; (skip feedback), ev:v:&lt;id&gt; (my view),
/// ev:o|ct|cl|cx|cxy|rec|xl:&lt;id&gt; (organiser), ev:ls, ev:my, ev:new, ev:t (test copy),
/// ev:w:&lt;op&gt;:&lt;arg&gt;:&lt;version&gt; (wizard), ev:a:&lt;op&gt;:&lt;arg&gt;:&lt;version&gt; (audience picker).
/// </summary>
internal static class EventCallbacks
{
    public const string Action = "ev";

    public static string Of(string op, params object[] args) => CallbackData.Of(Action, [op, .. args]).Pack();

    public static string Rsvp(string id, bool going) => Of("r", id, going ? "y" : "n");

    public static string Attended(string id, bool yes) => Of("at", id, yes ? "y" : "n");

    public static string Wizard(string op, object arg, int version) => Of("w", op, arg, version);

    public static Keyboard RsvpKeyboard(string id, string? link) => new(Rows(id, link, rsvp: true));

    public static Keyboard JoinKeyboard(string id, string? link, bool rsvp) => new(Rows(id, link, rsvp));

    public static Keyboard AttendKeyboard(string id) =>
        Keyboard.Of([new Button(EventTexts.AttendedYes, Attended(id, true)), new Button(EventTexts.AttendedNo, Attended(id, false))]);

    /// <summary>The buttons of a test copy: they only explain that they work for the recipients.</summary>
    public static Keyboard TestKeyboard() =>
        Keyboard.Of([new Button(EventTexts.Going, Of("t")), new Button(EventTexts.NotGoing, Of("t"))]);

    private static List<IReadOnlyList<Button>> Rows(string id, string? link, bool rsvp)
    {
        var rows = new List<IReadOnlyList<Button>>();
        if (rsvp) rows.Add([new Button(EventTexts.Going, Rsvp(id, true)), new Button(EventTexts.NotGoing, Rsvp(id, false))]);
        if (link is not null) rows.Add([new Button(EventTexts.Join, Url: link)]);
        return rows;
    }
}
