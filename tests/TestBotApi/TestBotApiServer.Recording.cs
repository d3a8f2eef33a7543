using System.Diagnostics;
using SchoolSupport.TestBotApi.Internal;
using Telegram.Bot.Types;

namespace SchoolSupport.TestBotApi;

/// <summary>What the bot did, waiting for it, and fault injection.</summary>
public sealed partial class TestBotApiServer
{
    private static readonly TimeSpan DefaultWait = TimeSpan.FromSeconds(30);

    /// <summary>Every API request so far, in the order answered.</summary>
    public IReadOnlyList<RecordedCall> Calls => _state.Log.Calls;

    /// <summary>The accepted answerCallbackQuery calls.</summary>
    public IReadOnlyList<RecordedCallbackAnswer> CallbackAnswers => _state.Log.Answers;

    /// <summary>Command lists by scope key: "default", "all_private_chats", "chat:42", ... ("/ru" appended for a language).</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<BotCommand>> Commands => _state.Commands.Snapshot;

    /// <summary>The highest offset the bot has passed to getUpdates.</summary>
    public int ConfirmedOffset => _state.Updates.ConfirmedOffset;

    /// <summary>Updates not confirmed yet (delivered or not).</summary>
    public int PendingUpdates => _state.Updates.PendingCount;

    /// <summary>getUpdates calls in progress (long polls waiting for updates included).</summary>
    public int ActivePolls => _state.Updates.ActivePolls;

    /// <summary>Every attempt to POST an update to a loopback webhook.</summary>
    public IReadOnlyList<RecordedDelivery> WebhookDeliveries => _state.Log.Deliveries;

    public string? WebhookUrl => _state.Updates.Webhook?.Url;

    public string? WebhookSecret => _state.Updates.Webhook?.SecretToken;

    /// <summary>The bot's messages in a chat, in order, edits applied, deleted ones gone (a snapshot).</summary>
    public IReadOnlyList<RecordedMessage> Chat(long chatId) => _state.Chats.Snapshot(chatId);

    /// <summary>Waits until the bot has a message in the chat that matches, and returns the first such.</summary>
    /// <exception cref="TimeoutException">None came in time (default 30 s); the message lists what the chat has.</exception>
    public async Task<RecordedMessage> WaitForMessageAsync(long chatId, Func<RecordedMessage, bool> match, TimeSpan? timeout = null)
    {
        RecordedMessage? found = null;
        var limit = timeout ?? DefaultWait;
        if (await WaitAsync(() => (found = Chat(chatId).FirstOrDefault(match)) is not null, limit))
        {
            return found!;
        }

        var failed = Calls.Where(c => c.ChatId == chatId && c.Error is not null).Select(c => $"{c.Method} {c.StatusCode} {c.Error}").ToList();
        throw new TimeoutException(
            $"No matching message in chat {chatId} within {limit.TotalSeconds:0.#} s. The chat has: {Describe(Chat(chatId))}" +
            (failed.Count == 0 ? "" : $". Failed calls for this chat: {string.Join("; ", failed)}"));
    }

    /// <summary>Waits until <paramref name="condition"/> holds, re-checking it after every change of the server's state.</summary>
    /// <exception cref="TimeoutException">It did not hold in time (default 30 s).</exception>
    public async Task WaitUntilAsync(Func<TestBotApiServer, bool> condition, TimeSpan? timeout = null, string? what = null)
    {
        var limit = timeout ?? DefaultWait;
        if (!await WaitAsync(() => condition(this), limit))
        {
            var recent = Calls.TakeLast(10).Select(c => $"{c.Method} {c.StatusCode}{(c.Error is null ? "" : " " + c.Error)}");
            throw new TimeoutException(
                $"Timed out after {limit.TotalSeconds:0.#} s waiting for {what ?? "the condition"}. " +
                $"Pending updates: {PendingUpdates}. Last calls: {string.Join("; ", recent)}");
        }
    }

    /// <summary>The next <paramref name="times"/> calls of <paramref name="method"/> ("*" = any method) get <paramref name="fault"/>.</summary>
    public void InjectFault(string method, Fault fault, int times = 1) => _state.Faults.Add(method, fault, times);

    /// <summary>Uses of injected faults (<see cref="InjectFault"/>) that have not fired yet.</summary>
    public int FaultsLeft => _state.Faults.Left;

    /// <summary>Removes every injected fault that has not fired yet.</summary>
    public void ClearFaults() => _state.Faults.Clear();

    /// <summary>From now on sends, edits and deletes in the chat with the user answer 403 "bot was blocked by the user".</summary>
    public void Block(long userId) => _state.Chats.SetBlocked(userId, true);

    public void Unblock(long userId) => _state.Chats.SetBlocked(userId, false);

    private async Task<bool> WaitAsync(Func<bool> condition, TimeSpan timeout)
    {
        var started = Stopwatch.GetTimestamp();
        while (true)
        {
            var next = _state.Signal.Next;
            if (condition())
            {
                return true;
            }

            var remaining = timeout - Stopwatch.GetElapsedTime(started);
            if (remaining <= TimeSpan.Zero)
            {
                return false;
            }

            await ChangeSignal.WaitAsync(next, remaining, CancellationToken.None);
        }
    }

    private static string Describe(IReadOnlyList<RecordedMessage> messages) =>
        messages.Count == 0 ? "no messages" : string.Join("; ", messages);
}
