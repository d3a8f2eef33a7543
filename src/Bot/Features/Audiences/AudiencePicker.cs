using System.Globalization;
using SchoolSupport.Bot.Storage;
using SchoolSupport.Domain.Audiences;
using SchoolSupport.Domain.Messaging;
using SchoolSupport.Domain.Participants;
using SchoolSupport.Domain.Schools;

namespace SchoolSupport.Bot.Features.Audiences;

/// <summary>
/// The audience step of a caller's flow (mailings "bc", event announcements "ev"): roles, municipalities, schools and
/// school attributes for coordinators, roles within their school for a school team, with the live count after every
/// press. The draft lives in the caller's conversation under "aud.*"; buttons carry "&lt;action&gt;:a:&lt;op&gt;:&lt;arg&gt;:&lt;version&gt;".
/// Rights are worked out again on every press: callback data is never trusted.
/// </summary>
internal sealed class AudiencePicker(SchoolRepository schools, ParticipantRepository participants)
{
    /// <summary>The conversation step while the picker is open (callers answer stray text with <see cref="AudienceTexts.PressButtons"/>).</summary>
    public const string Step = "audience";
    /// <summary>The second part of every picker callback: "&lt;action&gt;:a:…".</summary>
    public const string Marker = "a";

    /// <summary>Opens the audience step (a new step version) with the draft kept, on its home screen.</summary>
    public void Show(Turn t, string action)
    {
        if (!AudienceSelection.CanBroadcast(t.Participant))
        {
            t.Show(AudienceTexts.CannotBroadcast);
            return;
        }
        t.Conversation = t.Conversation.Goto(Step, t.Now).With(AudienceDraft.View, "h", t.Now).With(AudienceDraft.Page, null, t.Now);
        Render(t, action);
    }

    /// <summary>Pre-fills the draft, e.g. with the audience of an earlier announcement; call before <see cref="Show"/>.</summary>
    public static void Set(Turn t, Audience audience) => t.Conversation = AudienceDraft.Write(t.Conversation, audience, t.Now);

    /// <summary>True for a picker callback of this caller ("&lt;action&gt;:a:…"), whether or not it is stale.</summary>
    public static bool IsPickerButton(string action, CallbackData data) => data.Action == action && data.Arg(0) == Marker;

    /// <summary>
    /// Handles a press of a picker button. Returns true only when «Готово» was pressed and someone would receive the
    /// message; the caller then moves on (e.g. to its preview). Stale, foreign or forbidden presses are answered here.
    /// </summary>
    public bool OnButton(Turn t, string action, CallbackData data)
    {
        if (!IsPickerButton(action, data) || t.Conversation.Step != Step || data.IntArg(3) != t.Conversation.Version)
        {
            t.Answer(Texts.Common.StaleButton, alert: true);
            return false;
        }
        if (!AudienceSelection.CanBroadcast(t.Participant))
        {
            t.Answer(Texts.Common.NoRights, alert: true);
            return false;
        }
        var arg = data.Arg(2);
        switch (data.Arg(1))
        {
            case "ok":
                if (Plan(t).Recipients.Count > 0) return true;
                t.Answer(AudienceTexts.NobodyChosen, alert: true);
                return false;
            case "v" when arg is "h" or "m" or "s" or "f":
                t.Conversation = t.Conversation.With(AudienceDraft.View, arg, t.Now);
                break;
            case "p" when data.IntArg(2) is { } page:
                t.Conversation = t.Conversation.With(AudienceDraft.Page, page.ToString(CultureInfo.InvariantCulture), t.Now);
                break;
            default:
                var scope = AudienceScope.Of(t.Participant, schools);
                if (AudienceEdits.Apply(scope, Restrict(t, scope), data.Arg(1), arg) is not { } edited)
                {
                    t.Answer(Texts.Common.StaleButton, alert: true);
                    return false;
                }
                t.Conversation = AudienceDraft.Write(t.Conversation, edited, t.Now);
                break;
        }
        Render(t, action);
        return false;
    }

    /// <summary>The draft, cut down to what the sender may address now.</summary>
    public Audience Current(Turn t) => AudienceSelection.Restrict(AudienceDraft.Read(t.Conversation), t.Participant, schools.All());

    /// <summary>Who would receive it now, and who would be skipped and why.</summary>
    public AudiencePlan Plan(Turn t) => Plan(Current(t), t.Participant);

    public AudiencePlan Plan(Audience audience, Participant sender) =>
        AudienceSelection.Plan(audience, sender, participants.All(), schools.All());

    /// <summary>«Получат: 137. Не получат: 4 — заблокировали бота: 3, нет согласия: 1.»</summary>
    public static string Summary(AudiencePlan plan) => AudienceTexts.Summary(plan);

    /// <summary>«Роли: учителя, родители; муниципалитет: Верхняя Пышма; школы с признаком ШНОР», or «Все в вашей зоне».</summary>
    public static string Describe(Audience a, IReadOnlyList<Municipality> municipalities, IReadOnlyList<School> schools) =>
        AudienceTexts.Describe(a,
            id => municipalities.FirstOrDefault(m => m.Id == id)?.Name ?? id,
            id => schools.FirstOrDefault(s => s.Id == id)?.Name ?? $"№{id}");

    /// <summary><see cref="Describe(Audience, IReadOnlyList{Municipality}, IReadOnlyList{School})"/> with the stored names.</summary>
    public string Describe(Audience a) => Describe(a, schools.Municipalities(), schools.All());

    private static Audience Restrict(Turn t, AudienceScope scope) =>
        AudienceSelection.Restrict(AudienceDraft.Read(t.Conversation), scope.Me, scope.Schools);

    private void Render(Turn t, string action)
    {
        var scope = AudienceScope.Of(t.Participant, schools);
        var a = Restrict(t, scope);
        var plan = Plan(a, t.Participant);
        var v = t.Conversation.Version;
        var (text, keyboard) = AudienceScreens.Render(scope, a, plan, AudienceDraft.ViewOf(t.Conversation), AudienceDraft.PageOf(t.Conversation),
            Describe(a, scope.Municipalities, scope.Schools), (op, arg) => CallbackData.Of(action, Marker, op, arg, v).Pack());
        t.Show(text, keyboard);
    }
}
