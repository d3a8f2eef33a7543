using SchoolSupport.Domain.Messaging;
using SchoolSupport.TestBotApi;

namespace SchoolSupport.Bot.Tests.Harness;

/// <summary>A person in a private chat with the bot, in one messenger: says things, presses buttons, waits for answers.</summary>
internal sealed class TestUser(IMessenger messenger, long id, string firstName, string? lastName)
{
    public long Id => id;
    public IMessenger Messenger => messenger;
    /// <summary>This person's account in the bot's terms ("telegram:42", "max:42").</summary>
    public ChannelUser Account => messenger.UserOf(id);
    /// <summary>The Telegram test server (for Telegram-only tests that inspect calls or inject faults).</summary>
    public TestBotApiServer Api => (messenger as TelegramMessenger)?.Api ?? throw new InvalidOperationException($"User {id} is in {messenger.Channel}, not Telegram.");
    public IReadOnlyList<RecordedMessage> Messages => messenger.Chat(id);

    /// <summary>Sends text and waits for one more message (or edit) containing <paramref name="expect"/>.</summary>
    public async Task<RecordedMessage> Says(string text, string expect, int times = 1)
    {
        var before = Count(expect);
        messenger.SendText(id, text, firstName, lastName);
        return await WaitFor(expect, before + times);
    }

    /// <summary>Opens an invite link (Telegram: /start CODE; MAX: the deep link's bot_started) and waits for <paramref name="expect"/>.</summary>
    public async Task<RecordedMessage> Opens(string code, string expect)
    {
        var before = Count(expect);
        messenger.OpenLink(id, code, firstName);
        return await WaitFor(expect, before + 1);
    }

    /// <summary>Presses the button of the latest message that has one with this text.</summary>
    public async Task<RecordedMessage> Presses(string button, string expect)
    {
        var before = Count(expect);
        Press(button);
        return await WaitFor(expect, before + 1);
    }

    /// <summary>Presses a button; returns the update's number.</summary>
    public int Press(string button)
    {
        var message = Messages.LastOrDefault(m => m.AllButtons.Any(b => b.Text.Contains(button, StringComparison.Ordinal)))
            ?? throw new InvalidOperationException($"No message in chat {id} has a button «{button}». Chat: {Describe()}");
        return checked((int)messenger.PressButton(id, message.MessageId, message.Button(button).CallbackData!));
    }

    public int PressData(int messageId, string callbackData) => checked((int)messenger.PressButton(id, messageId, callbackData));

    public async Task<RecordedMessage> SendsFile(string fileName, byte[] content, string expect, string mime = "text/csv")
    {
        var before = Count(expect);
        messenger.SendDocument(id, fileName, content, mime);
        return await WaitFor(expect, before + 1);
    }

    /// <summary>Sends text without waiting for anything.</summary>
    public void Send(string text) => messenger.SendText(id, text, firstName, lastName);

    public int Count(string text) => Messages.Count(m => m.Text?.Contains(text, StringComparison.Ordinal) == true);

    public async Task<RecordedMessage> WaitFor(string expect, int count = 1)
    {
        try
        {
            await messenger.WaitUntilAsync(() => Count(expect) >= count, $"chat {id} ({messenger.Channel}) to receive «{expect}» ({count}×)");
        }
        catch (TimeoutException e)
        {
            throw new TimeoutException($"{e.Message}\nChat {id} has: {Describe()}", e);
        }
        return Messages.Last(m => m.Text?.Contains(expect, StringComparison.Ordinal) == true);
    }

    public string Describe() => string.Join(" ‖ ", Messages.Select(m => m.ToString()));

    /// <summary>An invite code from the latest invite card ("…?start=CODE").</summary>
    public string LastInviteCode()
    {
        var card = Messages.Last(m => m.Text?.Contains("?start=", StringComparison.Ordinal) == true);
        var start = card.Text!.IndexOf("?start=", StringComparison.Ordinal) + 7;
        return card.Text[start..(start + 24)];
    }
}
