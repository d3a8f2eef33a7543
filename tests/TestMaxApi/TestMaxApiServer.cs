using System.Diagnostics;
using System.Globalization;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using SchoolSupport.TestBotApi;

namespace SchoolSupport.TestMaxApi;

/// <summary>
/// A MAX Bot API server on 127.0.0.1 for tests: the bot's MAX client talks to it over HTTP (token in the
/// Authorization header), tests act as users, read what the bot sent and inject faults. Thread-safe.
/// </summary>
/// <remarks>
/// Semantics worth knowing: GET /updates long-polls with a marker (a marker confirms every earlier update; the
/// answer's marker names the next one); a user's dialog has its own chat id (<see cref="DialogOffset"/> + user
/// id); the bot can write only to users who wrote first (404 otherwise) and gets 403 from users who blocked it;
/// bot messages are numbered 1, 2, … per dialog in the recording while the bot sees string mids.
/// </remarks>
public sealed class TestMaxApiServer : IAsyncDisposable
{
    public const string DefaultToken = "max-test-token-for-the-loopback-server-only";
    public const string DefaultBotUsername = "school_support_test_bot";
    public const long BotId = 777000;
    /// <summary>The dialog with user N has chat id DialogOffset + N.</summary>
    public const long DialogOffset = 5_000_000_000;
    private static readonly TimeSpan DefaultWait = TimeSpan.FromSeconds(30);

    private readonly WebApplication app;
    private readonly MaxState state;
    private readonly MaxEndpoint endpoint;
    private readonly CancellationTokenSource stopping;
    private readonly HttpClient webhookClient;
    private readonly Task pushing;
    private int disposed;

    private TestMaxApiServer(WebApplication app, MaxState state, MaxEndpoint endpoint, CancellationTokenSource stopping, string token, string baseUrl)
    {
        this.app = app;
        this.state = state;
        this.endpoint = endpoint;
        this.stopping = stopping;
        Token = token;
        BaseUrl = baseUrl;
        webhookClient = new HttpClient(new SocketsHttpHandler { UseProxy = false }) { Timeout = TimeSpan.FromSeconds(10) };
        var pusher = new WebhookPusher(state, webhookClient);
        pushing = Task.Run(() => pusher.RunAsync(stopping.Token));
    }

    /// <summary>"http://127.0.0.1:PORT", for Max:ApiBaseUrl.</summary>
    public string BaseUrl { get; }

    public string Token { get; }

    public static async Task<TestMaxApiServer> StartAsync(string token = DefaultToken, CancellationToken ct = default)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Configuration.Sources.Clear();
        builder.Configuration.AddInMemoryCollection();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.WebHost.ConfigureKestrel(k => k.Limits.MaxRequestBodySize = 64L * 1024 * 1024);
        builder.Services.Configure<HostOptions>(h => h.ShutdownTimeout = TimeSpan.FromSeconds(5));
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        var app = builder.Build();
        var stopping = new CancellationTokenSource();
        var state = new MaxState();
        var endpoint = new MaxEndpoint(state, token, BotId, DefaultBotUsername, stopping.Token);
        app.Run(endpoint.HandleAsync);
        try
        {
            await app.StartAsync(ct);
        }
        catch
        {
            stopping.Dispose();
            await app.DisposeAsync();
            throw;
        }
        var address = app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.First();
        return new TestMaxApiServer(app, state, endpoint, stopping, token, address.TrimEnd('/'));
    }

    public static long DialogOf(long userId) => MaxState.DialogOf(userId);

    // ───── acting as users ─────

    /// <summary>A text message from the user in their dialog with the bot; returns the update's number.</summary>
    public long SendText(long userId, string text, string firstName = "Тест", string? lastName = null) =>
        AddMessage(userId, firstName, lastName, text, null, "dialog", DialogOf(userId));

    /// <summary>A text in a group chat the bot is in (MAX group chats have negative ids).</summary>
    public long SendGroupText(long chatId, long userId, string text)
    {
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(chatId, 0);
        lock (state.Gate) state.Groups.Add(chatId);
        return AddMessage(userId, null, null, text, null, "chat", chatId);
    }

    /// <summary>The user opens the bot with «Начать» or a deep link https://max.ru/&lt;bot&gt;?start=&lt;payload&gt;.</summary>
    public long Start(long userId, string? payload = null, string firstName = "Тест", string? lastName = null)
    {
        lock (state.Gate)
        {
            var user = Remember(userId, firstName, lastName);
            return Add(new JsonObject
            {
                ["update_type"] = "bot_started",
                ["timestamp"] = state.Timestamp(),
                ["chat_id"] = DialogOf(userId),
                ["user"] = user,
                ["payload"] = payload,
                ["user_locale"] = "ru",
            });
        }
    }

    /// <summary>A press on a callback button of the bot's message number <paramref name="messageNumber"/> in the user's dialog.</summary>
    public long PressButton(long userId, int messageNumber, string payload)
    {
        lock (state.Gate)
        {
            var chat = DialogOf(userId);
            var message = state.Chats.GetValueOrDefault(chat)?.FirstOrDefault(m => m.Number == messageNumber)
                ?? throw new ArgumentException($"The bot has no message {messageNumber} in the dialog with {userId}.", nameof(messageNumber));
            var callbackId = "cb." + (++state.Ids).ToString(CultureInfo.InvariantCulture);
            state.OpenCallbacks.Add(callbackId);
            var user = Remember(userId, null, null);
            return Add(new JsonObject
            {
                ["update_type"] = "message_callback",
                ["timestamp"] = state.Timestamp(),
                ["callback"] = new JsonObject { ["timestamp"] = state.LastTimestamp, ["callback_id"] = callbackId, ["payload"] = payload, ["user"] = user },
                ["message"] = endpoint.BotMessageJson(message),
                ["user_locale"] = "ru",
            });
        }
    }

    /// <summary>A file from the user: its attachment carries a download URL served by this server.</summary>
    public long SendDocument(long userId, string fileName, byte[] content, string mimeType, string? caption = null)
    {
        _ = mimeType; // MAX does not report a file's type
        string id;
        lock (state.Gate)
        {
            id = "f" + (++state.Ids).ToString(CultureInfo.InvariantCulture);
            state.UserFiles[id] = (fileName, content);
        }
        var attachment = new JsonObject
        {
            ["type"] = "file",
            ["payload"] = new JsonObject { ["url"] = $"{BaseUrl}/files/{id}", ["token"] = "ft-" + id },
            ["filename"] = fileName,
            ["size"] = content.Length,
        };
        return AddMessage(userId, null, null, caption, attachment, "dialog", DialogOf(userId));
    }

    /// <summary>A user who opened the dialog with the bot before the test began (no update is queued).</summary>
    public void AddUser(long userId, string firstName = "Тест", string? lastName = null)
    {
        lock (state.Gate) Remember(userId, firstName, lastName);
    }

    /// <summary>From now on sends and edits in the user's dialog answer 403.</summary>
    public void Block(long userId)
    {
        lock (state.Gate) state.Blocked.Add(userId);
    }

    public void Unblock(long userId)
    {
        lock (state.Gate) state.Blocked.Remove(userId);
    }

    // ───── what the bot did ─────

    /// <summary>The bot's messages in the dialog with the user, numbered 1, 2, … (edits applied).</summary>
    public IReadOnlyList<RecordedMessage> Chat(long userId)
    {
        lock (state.Gate) return state.Chats.GetValueOrDefault(DialogOf(userId))?.Select(m => m.ToRecord()).ToList() ?? [];
    }

    /// <summary>The bot's messages in a group chat.</summary>
    public IReadOnlyList<RecordedMessage> GroupChat(long chatId)
    {
        lock (state.Gate) return state.Chats.GetValueOrDefault(chatId)?.Select(m => m.ToRecord()).ToList() ?? [];
    }

    public IReadOnlyList<RecordedCall> Calls
    {
        get { lock (state.Gate) return [.. state.Calls]; }
    }

    public IReadOnlyList<RecordedCallbackAnswer> CallbackAnswers
    {
        get { lock (state.Gate) return [.. state.Answers]; }
    }

    /// <summary>GET /updates calls waiting or in progress.</summary>
    public int ActivePolls
    {
        get { lock (state.Gate) return state.ActivePolls; }
    }

    /// <summary>Updates not confirmed by a marker yet.</summary>
    public int PendingUpdates
    {
        get { lock (state.Gate) return state.Updates.Count(u => u.Seq >= state.Confirmed); }
    }

    /// <summary>The highest marker the bot has passed back: every update before it is confirmed.</summary>
    public long ConfirmedMarker
    {
        get { lock (state.Gate) return state.Confirmed; }
    }

    /// <summary>Webhook subscriptions by URL, with their secrets.</summary>
    public IReadOnlyDictionary<string, string?> Subscriptions
    {
        get { lock (state.Gate) return new Dictionary<string, string?>(state.Subscriptions); }
    }

    /// <summary>
    /// Delivers subscribed updates to <paramref name="loopbackBaseUrl"/> (the bot's webhook listener) with the path of
    /// the subscription's https URL; null stops delivering.
    /// </summary>
    public void DeliverWebhooksTo(string? loopbackBaseUrl)
    {
        lock (state.Gate)
        {
            state.WebhookTarget = loopbackBaseUrl;
            state.Pulse();
        }
    }

    /// <summary>Every attempt to POST an update to the webhook (the update's number and the bot's status, 0 = no answer).</summary>
    public IReadOnlyList<RecordedDelivery> WebhookDeliveries
    {
        get { lock (state.Gate) return [.. state.Deliveries]; }
    }

    /// <summary>The next <paramref name="times"/> calls of <paramref name="method"/> ("POST /messages", "GET /updates", "*") get <paramref name="fault"/>.</summary>
    public void InjectFault(string method, Fault fault, int times = 1)
    {
        lock (state.Gate) state.Faults.Add((method, fault, times));
    }

    /// <summary>Removes every injected fault that has not fired yet.</summary>
    public void ClearFaults()
    {
        lock (state.Gate) state.Faults.Clear();
    }

    public int FaultsLeft
    {
        get { lock (state.Gate) return state.Faults.Sum(f => f.Left); }
    }

    /// <summary>Waits until <paramref name="condition"/> holds, re-checking after every change of the server's state.</summary>
    public async Task WaitUntilAsync(Func<TestMaxApiServer, bool> condition, TimeSpan? timeout = null, string? what = null)
    {
        var limit = timeout ?? DefaultWait;
        var started = Stopwatch.GetTimestamp();
        while (true)
        {
            var next = state.Next;
            if (condition(this)) return;
            var remaining = limit - Stopwatch.GetElapsedTime(started);
            if (remaining <= TimeSpan.Zero)
            {
                var recent = Calls.TakeLast(10).Select(c => $"{c.Method} {c.StatusCode}{(c.Error is null ? "" : " " + c.Error)}");
                throw new TimeoutException(
                    $"Timed out after {limit.TotalSeconds:0.#} s waiting for {what ?? "the condition"}. " +
                    $"Pending updates: {PendingUpdates}. Last calls: {string.Join("; ", recent)}");
            }
            try
            {
                await next.WaitAsync(remaining);
            }
            catch (TimeoutException)
            {
                // checked once more above, then reported
            }
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref disposed, 1) == 1) return;
        await stopping.CancelAsync();
        await pushing;
        await app.StopAsync();
        await app.DisposeAsync();
        webhookClient.Dispose();
        stopping.Dispose();
    }

    private long AddMessage(long userId, string? firstName, string? lastName, string? text, JsonObject? attachment, string chatType, long chatId)
    {
        lock (state.Gate)
        {
            var user = Remember(userId, firstName, lastName);
            var number = ++state.Ids;
            return Add(new JsonObject
            {
                ["update_type"] = "message_created",
                ["timestamp"] = state.Timestamp(),
                ["message"] = new JsonObject
                {
                    ["sender"] = user,
                    ["recipient"] = new JsonObject { ["chat_id"] = chatId, ["chat_type"] = chatType, ["user_id"] = BotId },
                    ["timestamp"] = state.LastTimestamp,
                    ["body"] = new JsonObject
                    {
                        ["mid"] = "mid.user." + number.ToString(CultureInfo.InvariantCulture),
                        ["seq"] = number,
                        ["text"] = text,
                        ["attachments"] = attachment is null ? null : new JsonArray(attachment),
                    },
                },
                ["user_locale"] = "ru",
            });
        }
    }

    /// <summary>Keeps the user's name (a later call without one keeps the earlier) and returns the User object.</summary>
    private JsonObject Remember(long userId, string? firstName, string? lastName)
    {
        if (!state.Users.TryGetValue(userId, out var known) || firstName is not null) state.Users[userId] = known = (firstName ?? "Тест", lastName ?? (firstName is null ? known.Last : null));
        return new JsonObject
        {
            ["user_id"] = userId,
            ["first_name"] = known.First,
            ["last_name"] = known.Last,
            ["name"] = known.Last is null ? known.First : known.First + " " + known.Last,
            ["is_bot"] = false,
            ["last_activity_time"] = state.LastTimestamp,
        };
    }

    private long Add(JsonObject update)
    {
        var seq = state.NextSeq++;
        state.Updates.Add((seq, update));
        state.Pulse();
        return seq;
    }
}
