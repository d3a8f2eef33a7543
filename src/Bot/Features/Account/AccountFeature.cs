using SchoolSupport.Bot.Delivery;
using SchoolSupport.Bot.Features.Events;
using SchoolSupport.Bot.Features.Invites;
using SchoolSupport.Bot.Features.Menu;
using SchoolSupport.Bot.Features.Questionnaires;
using SchoolSupport.Bot.Storage;
using SchoolSupport.Domain.Conversations;
using SchoolSupport.Domain.Messaging;
using SchoolSupport.Domain.Participants;

namespace SchoolSupport.Bot.Features.Account;

/// <summary>/help, /me and /forget: what the bot does for me, what it knows about me, and forgetting it.</summary>
internal sealed class AccountFeature(
    ParticipantRepository participants,
    CodeAttemptRepository attempts,
    Outbox outbox,
    EventRepository events,
    DraftRepository drafts,
    SubmittedMarkers markers,
    InviteDescriber describer,
    IEnumerable<IChannel> channels,
    Zones zones) : IFeature
{
    private readonly Dictionary<string, string> titles = channels.ToDictionary(c => c.Name, c => c.Capabilities.Title);

    public IReadOnlyList<string> Commands => ["help", "me", "forget"];
    public IReadOnlyList<string> Actions => ["acc"];
    public bool Public => true;

    public void OnCommand(Turn t, CommandIn command)
    {
        switch (command.Name)
        {
            case "help": Help(t); break;
            case "me": Me(t); break;
            case "forget": AskForget(t); break;
        }
    }

    public void OnButton(Turn t, CallbackData data)
    {
        switch (data.Arg(0))
        {
            case "help": Help(t); break;
            case "me": Me(t); break;
            case "fy" when data.IntArg(1) == t.Conversation.Version && t.Conversation.Flow == "forget": Forget(t); break;
            case "fn":
                t.Conversation = t.Conversation.Clear(t.Now);
                t.Show(AccountTexts.ForgetKept);
                break;
            default: t.Answer(Texts.Common.StaleButton, alert: true); break;
        }
    }

    private static void Help(Turn t)
    {
        if (t.Me is null) t.Show(AccountTexts.HelpGuest);
        else t.Show(AccountTexts.Help(t.Me), Keyboard.Of([MenuFeature.BackButton]));
    }

    private void Me(Turn t)
    {
        if (t.Me is not { } me)
        {
            t.Show(Texts.Common.StartFirst);
            return;
        }
        var zone = zones.ForParticipant(me);
        var lines = new List<string> { "👤 Ваш профиль", "" };
        lines.Add(me.DisplayName is { } name ? $"Имя: {name}" : me.IsStaff() ? "Имя: не указано" : "Имя не хранится (анонимный участник).");
        lines.Add("Роли:");
        lines.AddRange(me.Roles.Select(r => $" • {Texts.RoleName(r.Role)}{describer.Where(r.SchoolIds, r.MunicipalityIds)}{(r.Grade is { } g ? $", {g} класс" : "")}"));
        lines.Add("Согласия:");
        lines.AddRange(me.Consents.Select(c => $" • {ConsentName(c)} ({c.TextVersion}), {Texts.Date(c.GivenAtUtc, zone)}"));
        lines.Add("");
        lines.Add("Мессенджеры: " + string.Join(", ", me.Identities.Select(i => Title(i.Channel))));
        var (linkLine, preferButtons) = LinkFeature.ProfilePart(me, Title);
        lines.Add(linkLine);
        lines.Add("Удалить свои данные: /forget");
        t.Show(string.Join('\n', lines), Keyboard.Column([.. preferButtons, MenuFeature.BackButton]));
    }

    private string Title(string channel) => titles.GetValueOrDefault(channel, channel);

    private static string ConsentName(ConsentRecord c) => c.Kind switch
    {
        ConsentKind.PersonalData when c.Basis is not null => "уведомление обучающегося; согласие родителей записано",
        ConsentKind.PersonalData => "обработка персональных данных",
        ConsentKind.ForChild => $"согласие за ребёнка, {c.Grade} класс",
        _ => c.Kind.ToString(),
    };

    private static void AskForget(Turn t)
    {
        t.Conversation = t.Conversation.Start("forget", "confirm", t.Now);
        var v = t.Conversation.Version;
        t.Reply(AccountTexts.ForgetAsk, Keyboard.Of(
            [new Button(AccountTexts.ForgetYes, CallbackData.Of("acc", "fy", v).Pack())],
            [new Button(AccountTexts.ForgetNo, CallbackData.Of("acc", "fn").Pack())]));
    }

    /// <summary>
    /// Deletes the person, their conversation, code attempts, queued messages and event answers; anonymous
    /// answers stay. Records the organisation keeps (invites they created, documents their school submitted,
    /// mailings they sent) keep only the opaque participant id, which no longer leads to a person.
    /// </summary>
    private void Forget(Turn t)
    {
        var chats = new List<ChatAddress> { t.Here };
        if (t.Me is { } me)
        {
            chats.AddRange(me.Identities.Select(i => i.ToChat()));
            events.Forget(me.Id);
            drafts.DeleteOf(me.Id);
            markers.DeleteOf(me.Id);
            participants.Delete(me);
        }
        outbox.DeleteFor(chats.Distinct());
        attempts.Delete(t.In.From);
        t.Me = null;
        t.Conversation = new Conversation { Id = t.In.From.Key() };
        t.Forget = true;
        t.Show(AccountTexts.Forgotten);
        t.SetMenu(Menus.Default);
    }
}
