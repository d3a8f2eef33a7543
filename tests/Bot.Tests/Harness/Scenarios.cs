namespace SchoolSupport.Bot.Tests.Harness;

/// <summary>Steps many tests share, done through the chat exactly as a person would.</summary>
internal static class Scenarios
{
    /// <summary>The configured coordinator joins: /start → consent → name.</summary>
    public static async Task<TestUser> JoinCoordinatorAsync(this BotHarness bot, string name = "Огнивова Вера Геннадьевна")
    {
        var coordinator = bot.User(BotHarness.CoordinatorId, "Вера");
        await coordinator.Says("/start", "Согласие на обработку персональных данных");
        await coordinator.Presses("Согласен", "Как к вам обращаться?");
        await coordinator.Says(name, "Вы подключены");
        return coordinator;
    }

    /// <summary>
    /// Runs the /invite wizard (every step edits the same message): role, municipality (when asked),
    /// school(s) by name, grade, consent confirmation. Returns the code from the invite card.
    /// </summary>
    public static async Task<string> CreateInviteAsync(this TestUser inviter, string role, string? municipality = null, string[]? schools = null, int? grade = null)
    {
        var wizard = await inviter.Says("/invite", "Кого вы приглашаете?");
        var text = await inviter.StepAsync(wizard.MessageId, role);
        if (municipality is not null && text.Contains("муниципалитет", StringComparison.Ordinal))
        {
            text = await inviter.StepAsync(wizard.MessageId, municipality);
            if (text.Contains("нового координатора", StringComparison.Ordinal)) text = await inviter.StepAsync(wizard.MessageId, "Готово");
        }
        foreach (var school in schools ?? []) text = await inviter.StepAsync(wizard.MessageId, school);
        if (text.Contains("можно несколько", StringComparison.Ordinal)) text = await inviter.StepAsync(wizard.MessageId, "Готово");
        if (grade is { } g) text = await inviter.StepAsync(wizard.MessageId, $"{g} класс");
        if (text.Contains("согласия родителей", StringComparison.Ordinal)) text = await inviter.StepAsync(wizard.MessageId, "Согласия собраны");
        Assert.Contains("?start=", text, StringComparison.Ordinal);
        return inviter.LastInviteCode();
    }

    /// <summary>Presses a button of one message and waits until that message is edited; returns its new text.</summary>
    public static async Task<string> StepAsync(this TestUser user, int messageId, string button)
    {
        var message = user.Messages.Single(m => m.MessageId == messageId);
        var edits = message.EditCount;
        user.PressData(messageId, message.Button(button).CallbackData!);
        try
        {
            await user.Messenger.WaitUntilAsync(() => user.Messages.Single(m => m.MessageId == messageId).EditCount > edits, $"message {messageId} to change after «{button}»");
        }
        catch (TimeoutException e)
        {
            throw new TimeoutException($"{e.Message}\nCalls: {user.Messenger.RecentCalls(6)}", e);
        }
        return user.Messages.Single(m => m.MessageId == messageId).Text ?? "";
    }

    /// <summary>A new person redeems a code: /start CODE → consent → (name for staff) → menu.</summary>
    public static async Task<TestUser> JoinWithCodeAsync(this BotHarness bot, long id, string code, string? name)
    {
        var user = bot.User(id, "Гость");
        await user.Opens(code, "Вас приглашает");
        var consentButton = user.Messages.Any(m => m.AllButtons.Any(b => b.Text.Contains("Понятно", StringComparison.Ordinal))) ? "Понятно" : "Согласен";
        if (name is null)
        {
            await user.Presses(consentButton, "Вы подключены");
            return user;
        }
        await user.Presses(consentButton, "Как к вам обращаться?");
        await user.Says(name, "Вы подключены");
        return user;
    }
}
