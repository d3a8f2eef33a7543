using SchoolSupport.Domain.Messaging;
using SchoolSupport.Domain.Participants;
using SchoolSupport.TestBotApi;
using SchoolSupport.TestMaxApi;

namespace SchoolSupport.Bot.Tests.Harness;

/// <summary>The test server of one messenger, as a person in a private chat uses it.</summary>
internal interface IMessenger
{
    /// <summary>"telegram" or "max", as the bot names the channel.</summary>
    string Channel { get; }

    void SendText(long userId, string text, string firstName, string? lastName);

    /// <summary>Opens the bot by an invite link: "/start CODE" in Telegram, bot_started with the payload in MAX.</summary>
    void OpenLink(long userId, string payload, string firstName);

    /// <summary>Returns the update's number (Telegram's update_id, the MAX server's sequence number).</summary>
    long PressButton(long userId, int messageId, string data);

    void SendDocument(long userId, string fileName, byte[] content, string mimeType, string? caption = null);

    IReadOnlyList<RecordedMessage> Chat(long userId);

    /// <summary>
    /// Presses a button and waits until the press is handled; returns the text of its answer (a toast or an
    /// alert), or null when it had none.
    /// </summary>
    Task<string?> PressForAnswerAsync(long userId, int messageId, string data);

    /// <summary>The answers to button presses that carried a text (a toast or an alert).</summary>
    IReadOnlyList<RecordedCallbackAnswer> CallbackAnswers { get; }

    /// <summary>The account a person who already wrote to the bot has here, as onboarding stores it.</summary>
    ChannelIdentity Identity(long userId);

    void Block(long userId);

    Task WaitUntilAsync(Func<bool> condition, string what);

    /// <summary>The last calls, for failure messages.</summary>
    string RecentCalls(int count);

    /// <summary>Whether the bot polls this server (the host has started).</summary>
    bool Polling { get; }

    ChannelUser UserOf(long userId) => new(Channel, userId);
}

internal sealed class TelegramMessenger(TestBotApiServer api) : IMessenger
{
    public TestBotApiServer Api => api;

    /// <summary>Telegram: every press is answered (answerCallbackQuery), with or without a text.</summary>
    public async Task<string?> PressForAnswerAsync(long userId, int messageId, string data)
    {
        var before = api.CallbackAnswers.Count;
        api.PressButton(userId, messageId, data);
        await api.WaitUntilAsync(a => a.CallbackAnswers.Count > before, TimeSpan.FromSeconds(30), $"the press of {data} to be answered");
        return api.CallbackAnswers[^1].Text;
    }
    public string Channel => "telegram";
    public bool Polling => api.ActivePolls > 0;

    public void SendText(long userId, string text, string firstName, string? lastName) => api.SendText(userId, text, firstName, lastName);

    public void OpenLink(long userId, string payload, string firstName) => api.SendText(userId, "/start " + payload, firstName);

    public long PressButton(long userId, int messageId, string data) => api.PressButton(userId, messageId, data);

    public void SendDocument(long userId, string fileName, byte[] content, string mimeType, string? caption = null) => api.SendDocument(userId, fileName, content, mimeType, caption);

    public IReadOnlyList<RecordedMessage> Chat(long userId) => api.Chat(userId);

    public IReadOnlyList<RecordedCallbackAnswer> CallbackAnswers => api.CallbackAnswers;

    public ChannelIdentity Identity(long userId) => new(Channel, userId, userId);

    public void Block(long userId) => api.Block(userId);

    public Task WaitUntilAsync(Func<bool> condition, string what) => api.WaitUntilAsync(_ => condition(), TimeSpan.FromSeconds(30), what);

    public string RecentCalls(int count) => string.Join(" | ", api.Calls.TakeLast(count).Select(c => $"{c.Method} {c.StatusCode} {c.Body}"));
}

/// <param name="settled">Waits until the bot has sent everything due (MAX gets no answer for a press without a text).</param>
internal sealed class MaxMessenger(TestMaxApiServer api, Func<Task> settled) : IMessenger
{
    public TestMaxApiServer Api => api;

    /// <summary>MAX: a press is handled once its update is confirmed and what it queued is sent; a text answer is a POST /answers.</summary>
    public async Task<string?> PressForAnswerAsync(long userId, int messageId, string data)
    {
        var before = api.CallbackAnswers.Count;
        var seq = api.PressButton(userId, messageId, data);
        await api.WaitUntilAsync(a => a.ConfirmedMarker > seq, TimeSpan.FromSeconds(30), $"the press of {data} to be handled");
        await settled();
        return api.CallbackAnswers.Skip(before).LastOrDefault()?.Text;
    }
    public string Channel => "max";
    public bool Polling => api.ActivePolls > 0;

    public void SendText(long userId, string text, string firstName, string? lastName) => api.SendText(userId, text, firstName, lastName);

    public void OpenLink(long userId, string payload, string firstName) => api.Start(userId, payload, firstName);

    public long PressButton(long userId, int messageId, string data) => api.PressButton(userId, messageId, data);

    public void SendDocument(long userId, string fileName, byte[] content, string mimeType, string? caption = null) => api.SendDocument(userId, fileName, content, mimeType, caption);

    public IReadOnlyList<RecordedMessage> Chat(long userId) => api.Chat(userId);

    public IReadOnlyList<RecordedCallbackAnswer> CallbackAnswers => api.CallbackAnswers;

    /// <summary>MAX: the dialog has its own id; the server learns the user so the bot may write to them.</summary>
    public ChannelIdentity Identity(long userId)
    {
        api.AddUser(userId);
        return new(Channel, userId, TestMaxApiServer.DialogOf(userId));
    }

    public void Block(long userId) => api.Block(userId);

    public Task WaitUntilAsync(Func<bool> condition, string what) => api.WaitUntilAsync(_ => condition(), TimeSpan.FromSeconds(30), what);

    public string RecentCalls(int count) => string.Join(" | ", api.Calls.TakeLast(count).Select(c => $"{c.Method} {c.StatusCode} {c.Body}"));
}
