using SchoolSupport.Domain.Messaging;
using SchoolSupport.Domain.Participants;

namespace SchoolSupport.Bot.Features.Menu;

/// <summary>The role menu: inline buttons and the messenger's command list, derived from the participant's roles.</summary>
internal static class Menus
{
    public static Keyboard Keyboard(Participant p)
    {
        var rows = new List<IReadOnlyList<Button>>();
        if (p.Has(Role.Coordinator))
            rows.Add([new Button("🏫 Школы", CallbackData.Of("sc", "ls").Pack()), new Button("✉️ Пригласить", CallbackData.Of("iv", "new").Pack())]);
        else if (p.Has(Role.SchoolTeam))
            rows.Add([new Button("🏫 Моя школа", CallbackData.Of("sc", "ls").Pack()), new Button("✉️ Пригласить", CallbackData.Of("iv", "new").Pack())]);
        else if (p.Has(Role.Curator))
            rows.Add([new Button("🏫 Мои школы", CallbackData.Of("sc", "ls").Pack())]);
        if (Access.InvitableRoles(p).Count > 0)
            rows.Add([new Button("🔗 Мои приглашения", CallbackData.Of("iv", "ls").Pack())]);
        if (p.Has(Role.Coordinator) || p.Has(Role.SchoolTeam))
            rows.Add([new Button("📣 Рассылка", CallbackData.Of("bc", "new").Pack()), new Button("📬 Мои рассылки", CallbackData.Of("bc", "ls").Pack())]);
        rows.Add(p.Has(Role.Coordinator) || p.Has(Role.SchoolTeam)
            ? [new Button("📅 Мероприятия", CallbackData.Of("ev", "ls").Pack()), new Button("🗓 Мои мероприятия", CallbackData.Of("ev", "my").Pack())]
            : [new Button("🗓 Мои мероприятия", CallbackData.Of("ev", "my").Pack())]);
        if (p.Has(Role.Coordinator))
            rows.Add([new Button("🗺 Дорожные карты", CallbackData.Of("rm", "menu").Pack()), new Button("📝 На проверке", CallbackData.Of("rv", "l").Pack())]);
        else if (p.Has(Role.Curator))
            rows.Add([new Button("📝 Документы на проверке", CallbackData.Of("rv", "l").Pack())]);
        if (p.Has(Role.SchoolTeam))
            rows.Add([new Button("📤 Отправить документ", CallbackData.Of("sb", "new").Pack())]);
        if (p.IsStaff())
            rows.Add([new Button("📊 Статус", CallbackData.Of("st", "h").Pack())]);
        if (p.Has(Role.Coordinator) || p.Has(Role.SchoolTeam) || p.Has(Role.Curator))
            rows.Add([new Button("📋 Анкетирование", CallbackData.Of("cp", "ls", 0).Pack()), new Button(ProfileTexts.MenuButton, CallbackData.Of("rp", "h").Pack())]);
        if (p.Has(Role.SchoolTeam) || p.Has(Role.Teacher) || p.Has(Role.Parent) || p.Has(Role.Student))
            rows.Add([new Button("📝 Мои анкеты: начать или продолжить", CallbackData.Of("q", "ls").Pack())]);
        if (p.Has(Role.Parent))
            rows.Add([new Button("👧 Подключить ребёнка", CallbackData.Of("ch", "new").Pack())]);
        rows.Add([new Button("👤 Мой профиль", CallbackData.Of("acc", "me").Pack()), new Button("❓ Помощь", CallbackData.Of("acc", "help").Pack())]);
        return new Keyboard(rows);
    }

    public static IReadOnlyList<MenuCommand> Commands(Participant p)
    {
        var list = new List<MenuCommand> { new("menu", "Главное меню") };
        if (p.Has(Role.Coordinator) || p.Has(Role.SchoolTeam) || p.Has(Role.Curator)) list.Add(new("schools", "Школы"));
        if (Access.InvitableRoles(p).Count > 0)
        {
            list.Add(new("invite", "Создать приглашение"));
            list.Add(new("invites", "Мои приглашения"));
        }
        if (p.Has(Role.Coordinator) || p.Has(Role.SchoolTeam))
        {
            list.Add(new("mailing", "Новая рассылка"));
            list.Add(new("mailings", "Мои рассылки и отметки"));
        }
        if (p.Has(Role.Coordinator) || p.Has(Role.SchoolTeam)) list.Add(new("events", "Мероприятия: создать, ответы, выгрузка"));
        list.Add(new("myevents", "Мои мероприятия"));
        if (p.Has(Role.Coordinator))
        {
            list.Add(new("roadmap", "Дорожные карты: назначить, перенести срок"));
            list.Add(new("handover", "Передать проверки другому куратору"));
        }
        if (p.Has(Role.Coordinator) || p.Has(Role.Curator)) list.Add(new("reviews", "Документы на проверке"));
        if (p.Has(Role.SchoolTeam) || p.Has(Role.Curator)) list.Add(new("submit", "Отправить документ дорожной карты"));
        if (p.IsStaff()) list.Add(new("status", "Статус дорожной карты"));
        if (p.Has(Role.Coordinator) || p.Has(Role.SchoolTeam) || p.Has(Role.Curator)) list.Add(new("campaign", "Анкетирование школы: открыть, ход, ссылки"));
        if (p.Has(Role.Coordinator) || p.Has(Role.SchoolTeam) || p.Has(Role.Curator)) list.Add(new("profile", "Рисковый профиль школы и верификация"));
        if (p.Has(Role.SchoolTeam) || p.Has(Role.Teacher) || p.Has(Role.Parent) || p.Has(Role.Student)) list.Add(new("survey", "Мои анкеты: начать или продолжить"));
        if (p.Has(Role.Parent)) list.Add(new("child", "Подключить ребёнка"));
        list.Add(new("me", "Мой профиль и согласия"));
        list.Add(new("link", "Подключить другой мессенджер"));
        list.Add(new("help", "Что умеет бот"));
        list.Add(new("cancel", "Отменить текущее действие"));
        list.Add(new("forget", "Удалить мои данные"));
        return list;
    }

    /// <summary>The commands everyone sees before joining.</summary>
    public static IReadOnlyList<MenuCommand> Default { get; } =
    [
        new("start", "Начать работу по приглашению"),
        new("help", "Что умеет бот"),
        new("cancel", "Отменить текущее действие"),
    ];

    public static void Show(Turn t, string header)
    {
        t.Show(header, Keyboard(t.Participant));
    }
}

/// <summary>/menu and the "main menu" button.</summary>
internal sealed class MenuFeature : IFeature
{
    public IReadOnlyList<string> Commands => ["menu"];
    public IReadOnlyList<string> Actions => ["m"];

    public void OnCommand(Turn t, CommandIn command) => Menus.Show(t, MainHeader(t));

    public void OnButton(Turn t, CallbackData data) => Menus.Show(t, MainHeader(t));

    private static string MainHeader(Turn t) =>
        $"Главное меню. Ваши роли: {string.Join(", ", t.Participant.Roles.Select(r => Texts.RoleName(r.Role)).Distinct())}.";

    public static Button BackButton => new("⬅️ В меню", CallbackData.Of("m").Pack());
}
