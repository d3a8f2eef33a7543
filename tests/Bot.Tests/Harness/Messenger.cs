using SchoolSupport.Domain.Messaging;
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

    void SendDocument(long userId, string fileName, byte[] content, string mimeType);

    IReadOnlyList<RecordedMessage> Chat(long userId);

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
    public string Channel => "telegram";
    public bool Polling => api.ActivePolls > 0;

    public void SendText(long userId, string text, string firstName, string? lastName) => api.SendText(userId, text, firstName, lastName);

    public void OpenLink(long userId, string payload, string firstName) => api.SendText(userId, "/start " + payload, firstName);

    public long PressButton(long userId, int messageId, string data) => api.PressButton(userId, messageId, data);

    public void SendDocument(long userId, string fileName, byte[] content, string mimeType) => api.SendDocument(userId, fileName, content, mimeType);

    public IReadOnlyList<RecordedMessage> Chat(long userId) => api.Chat(userId);

    public void Block(long userId) => api.Block(userId);

    public Task WaitUntilAsync(Func<bool> condition, string what) => api.WaitUntilAsync(_ => condition(), TimeSpan.FromSeconds(30), what);

    public string RecentCalls(int count) => string.Join(" | ", api.Calls.TakeLast(count).Select(c => $"{c.Method} {c.StatusCode} {c.Body}"));
}

internal sealed class MaxMessenger(TestMaxApiServer api) : IMessenger
{
    public TestMaxApiServer Api => api;
    public string Channel => "max";
    public bool Polling => api.ActivePolls > 0;

    public void SendText(long userId, string text, string firstName, string? lastName) => api.SendText(userId, text, firstName, lastName);

    public void OpenLink(long userId, string payload, string firstName) => api.Start(userId, payload, firstName);

    public long PressButton(long userId, int messageId, string data) => api.PressButton(userId, messageId, data);

    public void SendDocument(long userId, string fileName, byte[] content, string mimeType) => api.SendDocument(userId, fileName, content, mimeType);

    public IReadOnlyList<RecordedMessage> Chat(long userId) => api.Chat(userId);

    public void Block(long userId) => api.Block(userId);

    public Task WaitUntilAsync(Func<bool> condition, string what) => api.WaitUntilAsync(_ => condition(), TimeSpan.FromSeconds(30), what);

    public string RecentCalls(int count) => string.Join(" | ", api.Calls.TakeLast(count).Select(c => $"{c.Method} {c.StatusCode} {c.Body}"));
}
