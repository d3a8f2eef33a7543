using System.Diagnostics;
using SchoolSupport.Bot;
using SchoolSupport.Bot.Delivery;
using SchoolSupport.Domain.Messaging;
using SchoolSupport.TestBotApi;

namespace SchoolSupport.Benchmarks;

/// <summary>A simulated person going through onboarding: /start CODE → «Согласен» → name → welcome menu.</summary>
internal sealed class SimUser(long id, string code, Phase phase)
{
    public const int Steps = 3;
    public static readonly string[] StepNames = ["/start CODE", "press «Согласен»", "name"];

    public long Id { get; } = id;
    public string Code { get; } = code;
    public Phase Phase { get; } = phase;

    /// <summary>The step whose update is in flight or is to be sent next; <see cref="Steps"/> when done.</summary>
    public int Step { get; set; }
    public bool InFlight { get; set; }
    public bool Failed { get; set; }
    public DateTimeOffset SentAt { get; set; }
    public long SentTicks { get; set; }
    public int UpdateId { get; set; }
    public int ConsentMessageId { get; set; }
    public string? ConsentData { get; set; }
}

/// <summary>
/// One answered update: its step and id, when it was enqueued and when its reply was recorded (server clock),
/// and the latency by the server's record and by the driver's observation.
/// </summary>
internal readonly record struct Sample(int Step, int UpdateId, DateTimeOffset SentAt, DateTimeOffset ReplyAt, double ServerMs, double ObservedMs);

/// <summary>A group of users measured together (warm-up, throughput run, latency run).</summary>
internal sealed class Phase(string name, int users, Action<SimUser> ready)
{
    private readonly TaskCompletionSource done = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly TaskCompletionSource drained = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private bool draining;

    public string Name { get; } = name;
    public int Users { get; } = users;
    /// <summary>Called (under the driver's lock) when a user may send their next step.</summary>
    public Action<SimUser> Ready { get; } = ready;
    public List<Sample> Samples { get; } = [];
    public List<string> ErrorExamples { get; } = [];
    public int Sent { get; set; }
    public int Errors { get; set; }
    public int Finished { get; set; }
    public int Started { get; set; }
    public int[] SentByStep { get; } = new int[SimUser.Steps];
    public long LastReplyTicks { get; set; }
    /// <summary>Updates sent and not answered yet.</summary>
    public int InFlight { get; private set; }
    public Task AllFinished => done.Task;

    /// <summary>Completes once <see cref="StopSending"/> was called and no update is in flight any more.</summary>
    public Task Drained => drained.Task;

    public void UserFinished()
    {
        Finished++;
        if (Finished == Users) done.TrySetResult();
    }

    public void SentOne() => InFlight++;

    public void AnsweredOne()
    {
        InFlight--;
        if (draining && InFlight == 0) drained.TrySetResult();
    }

    /// <summary>No more updates will be sent (call under the driver's lock).</summary>
    public void StopSending()
    {
        draining = true;
        if (InFlight == 0) drained.TrySetResult();
    }
}

/// <summary>
/// Sends each user's next update to the test server and recognises the bot's answers from the delivery tap.
/// A step is answered when the message the person needs next has been recorded by the server: the consent text
/// with its button, the name question, the welcome menu. Latency = the server's timestamp of that message − the
/// moment the driver enqueued the update.
/// </summary>
internal sealed class OnboardingDriver(TestBotApiServer api)
{
    public const string Name = "Анна Сергеевна Иванова";
    private const string WelcomePrefix = "Готово! Вы подключены";

    private readonly Lock gate = new();
    private readonly Dictionary<long, SimUser> users = [];

    public int Unmatched { get; private set; }

    public void Add(IEnumerable<SimUser> more)
    {
        lock (gate)
        {
            foreach (var u in more) users.Add(u.Id, u);
        }
    }

    /// <summary>Sends the user's next step now.</summary>
    public void Send(SimUser u)
    {
        lock (gate) SendLocked(u);
    }

    /// <summary>Runs <paramref name="action"/> under the driver's lock (the open loop picks its next user there).</summary>
    public T Locked<T>(Func<T> action)
    {
        lock (gate) return action();
    }

    internal void SendLocked(SimUser u)
    {
        if (u.InFlight || u.Failed || u.Step >= SimUser.Steps) throw new InvalidOperationException($"User {u.Id} cannot send now.");
        u.InFlight = true;
        u.Phase.SentOne();
        if (u.Step == 0) u.Phase.Started++;
        u.Phase.Sent++;
        u.Phase.SentByStep[u.Step]++;
        u.SentAt = DateTimeOffset.UtcNow;
        u.SentTicks = Stopwatch.GetTimestamp();
        u.UpdateId = u.Step switch
        {
            0 => api.SendText(u.Id, "/start " + u.Code, "Анна"),
            1 => api.PressButton(u.Id, u.ConsentMessageId, u.ConsentData!),
            _ => api.SendText(u.Id, Name, "Анна"),
        };
    }

    /// <summary>Reads the tap until it is completed or <paramref name="ct"/> fires.</summary>
    public async Task PumpAsync(DeliveryTap tap, CancellationToken ct)
    {
        try
        {
            await foreach (var d in tap.Events.ReadAllAsync(ct))
            {
                lock (gate) Handle(d);
            }
        }
        catch (OperationCanceledException) when (ct.IsCancellationRequested)
        {
        }
    }

    private void Handle(Delivered d)
    {
        if (!users.TryGetValue(d.Message.To.ChatId, out var u)) return; // an inviter's notice
        if (d.Message is ButtonAnswer or EditOut or MenuOut && d.Result is DeliveryResult.Sent) return; // a step's by-products, may trail its reply
        if (!u.InFlight)
        {
            Unmatched++;
            return;
        }
        if (d.Result is not DeliveryResult.Sent sent)
        {
            Fail(u, $"delivery {d.Result}");
            return;
        }
        switch (u.Step, d.Message)
        {
            case (0, TextOut { Keyboard: { } kb }) when kb.Rows.SelectMany(r => r).FirstOrDefault(b => b.Text == OnboardingTexts.Agree) is { Data: { } data }:
                u.ConsentMessageId = sent.MessageId ?? 0;
                u.ConsentData = data;
                Answered(u, sent.MessageId, d.ObservedTicks);
                return;
            case (0, TextOut { Keyboard: null } t) when t.Text.StartsWith("Вас приглашает", StringComparison.Ordinal):
                return; // the invite description comes first
            case (1, TextOut t) when t.Text == OnboardingTexts.AskName:
                Answered(u, sent.MessageId, d.ObservedTicks);
                return;
            case (2, TextOut t) when t.Text.StartsWith(WelcomePrefix, StringComparison.Ordinal):
                Answered(u, sent.MessageId, d.ObservedTicks);
                return;
            default:
                Fail(u, $"step {u.Step}: unexpected {Describe(d.Message)}");
                return;
        }
    }

    private void Answered(SimUser u, int? messageId, long observedTicks)
    {
        var recorded = api.Chat(u.Id).FirstOrDefault(m => m.MessageId == messageId);
        if (recorded is null)
        {
            Fail(u, $"message {messageId} is not in the server's chat");
            return;
        }
        var serverMs = (recorded.At - u.SentAt).TotalMilliseconds;
        var observedMs = Stopwatch.GetElapsedTime(u.SentTicks, observedTicks).TotalMilliseconds;
        u.Phase.Samples.Add(new Sample(u.Step, u.UpdateId, u.SentAt, recorded.At, serverMs, observedMs));
        u.Phase.LastReplyTicks = observedTicks;
        u.InFlight = false;
        u.Phase.AnsweredOne();
        u.Step++;
        if (u.Step == SimUser.Steps) u.Phase.UserFinished();
        else u.Phase.Ready(u);
    }

    private static void Fail(SimUser u, string why)
    {
        u.Failed = true;
        u.InFlight = false;
        u.Phase.AnsweredOne();
        u.Phase.Errors++;
        if (u.Phase.ErrorExamples.Count < 5) u.Phase.ErrorExamples.Add($"user {u.Id}: {why}");
        u.Phase.UserFinished();
    }

    private static string Describe(Outgoing m) => m switch
    {
        TextOut t => $"text «{Short(t.Text)}»",
        EditOut e => $"edit «{Short(e.Text)}»",
        _ => m.GetType().Name,
    };

    private static string Short(string s) => s.Length <= 80 ? s : s[..80] + "…";
}
