using System.Diagnostics;
using System.Globalization;
using SchoolSupport.Bot;
using SchoolSupport.Bot.Delivery;
using SchoolSupport.Bot.Features.Questionnaires;
using SchoolSupport.Domain.Messaging;
using SchoolSupport.Domain.Questionnaires;
using SchoolSupport.TestBotApi;

namespace SchoolSupport.Benchmarks.Questionnaires;

/// <summary>
/// Sends each respondent's next update to the test server and recognises the bot's reply from the delivery tap (the
/// real Telegram channel, wrapped). A step is answered when the message the person needs next has been recorded by the
/// server: the consent text with «Согласен», the welcome menu with «Мои анкеты», the list with «Начать анкету», question
/// n+1 (or the review screen after the last), the «отправлена» screen. Question screens change in place after a press
/// (editMessageText) and come as a new message after a typed answer. Latency = the server's timestamp of that message
/// (its send, or its latest edit) − the moment the update was enqueued. Closed loop: the next update of a respondent is
/// enqueued as soon as the reply to the previous one arrived, or after a think time of 0.5–1.5 × <c>think</c> (0 by
/// default: no think time; with one, the first updates are spread over the first <c>think</c> too).
/// </summary>
internal sealed class RespondentDriver(TestBotApiServer api, Instrument instrument)
{
    private const string WelcomePrefix = "Готово! Вы подключены";
    private const string ReviewPrefix = "📋 Проверьте ответы";
    private const string SubmittedMark = "отправлена. Ответы хранятся";

    private readonly Lock gate = new();
    private readonly Dictionary<long, Respondent> respondents = [];
    private readonly IReadOnlyList<Item> items = instrument.Items;
    private readonly string listData = QuestionnaireCallbacks.List();
    private Round? round;
    private TimeSpan think;

    /// <summary>Replies that arrived for a respondent with nothing in flight, or messages no step waits for.</summary>
    public int Other { get; private set; }

    /// <summary>Runs <paramref name="respondentsOfRound"/> to the end (or until <paramref name="timeout"/>); closed loop.</summary>
    /// <param name="stopBeforeSubmit">Stop each respondent at the review screen, with «Отправить анкету» not pressed.</param>
    public async Task<Round> RunAsync(string name, IReadOnlyList<Respondent> respondentsOfRound, TimeSpan timeout, TimeSpan thinkTime = default, bool stopBeforeSubmit = false)
    {
        var r = new Round(name, respondentsOfRound.Count) { StopBeforeSubmit = stopBeforeSubmit };
        lock (gate)
        {
            round = r;
            think = thinkTime;
            respondents.Clear();
            foreach (var u in respondentsOfRound) respondents.Add(u.Id, u);
            r.StartedTicks = Stopwatch.GetTimestamp();
            foreach (var u in respondentsOfRound)
            {
                if (think <= TimeSpan.Zero) Send(u);
                else _ = SendAfterThinkingAsync(r, u, think * u.Random.NextDouble()); // staggered starts
            }
        }
        var finished = await Task.WhenAny(r.AllFinished, Task.Delay(timeout)) == r.AllFinished;
        lock (gate)
        {
            r.Completed = finished;
            foreach (var u in respondentsOfRound.Where(u => !u.Failed && u.Step < r.LastStep(u)))
            {
                u.Failed = true;
                r.Error(u, $"timed out at step {u.Step}");
            }
            round = null;
            return r;
        }
    }

    /// <summary>Reads the tap until <paramref name="ct"/> fires.</summary>
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

    private void Send(Respondent u)
    {
        var r = round!;
        u.InFlight = true;
        r.Sent++;
        u.SentAt = DateTimeOffset.UtcNow;
        u.SentTicks = Stopwatch.GetTimestamp();
        var item = u.ItemAt(u.Step);
        u.UpdateId = u.Step == 0 ? api.SendText(u.Id, "/start " + u.Code, "Родитель")
            : item >= 0 && !items[item].IsChoice ? api.SendText(u.Id, Typed(items[item], u.Random), "Родитель")
            : api.PressButton(u.Id, u.ScreenMessageId, u.NextData!);
    }

    private void Handle(Delivered d)
    {
        if (round is not { } r || !respondents.TryGetValue(d.Message.To.ChatId, out var u) || u.Failed) return;
        if (d.Result is not DeliveryResult.Sent sent)
        {
            Fail(r, u, $"delivery {d.Result}");
            return;
        }
        var (messageId, text, keyboard) = d.Message switch
        {
            TextOut t => (sent.MessageId ?? 0, t.Text, t.Keyboard),
            EditOut e => (e.MessageId, e.Text, e.Keyboard),
            ButtonAnswer { Alert: true } a => (-1, a.Text ?? "", null),
            _ => (0, null, null),
        };
        if (messageId == -1) { Fail(r, u, $"step {u.Step}: the press was refused: «{text}»"); return; }
        if (text is null) return; // a callback answer, the command menu
        if (!u.InFlight) { Other++; return; }
        if (text.StartsWith('⚠'))
        {
            Fail(r, u, $"step {u.Step}: re-prompt «{text}»");
            return;
        }
        var buttons = keyboard?.Rows.SelectMany(row => row).Where(b => b.Data is not null).ToList() ?? [];
        string? next = null;
        var expected = u.Step switch
        {
            0 => (next = buttons.FirstOrDefault(b => b.Text == OnboardingTexts.Agree)?.Data) is not null,
            1 => text.StartsWith(WelcomePrefix, StringComparison.Ordinal) && (next = buttons.FirstOrDefault(b => b.Data == listData)?.Data) is not null,
            2 => text.StartsWith(FillingTexts.ListHeader, StringComparison.Ordinal)
                && (next = buttons.FirstOrDefault(b => b.Data!.StartsWith("q:go:", StringComparison.Ordinal))?.Data) is not null,
            var s when s == u.Steps - 2 => text.StartsWith(ReviewPrefix, StringComparison.Ordinal)
                && (next = buttons.FirstOrDefault(b => b.Data!.StartsWith("q:s:", StringComparison.Ordinal))?.Data) is not null,
            var s when s == u.Steps - 1 => text.Contains(SubmittedMark, StringComparison.Ordinal),
            var s => text.Contains(Header(s - Respondent.OpeningSteps + 2), StringComparison.Ordinal),
        };
        if (!expected)
        {
            Other++; // the invite description, the questionnaire's intro, «Спасибо, согласие записано.»
            return;
        }
        var itemOnScreen = u.ItemAt(u.Step + 1);
        if (itemOnScreen >= 0 && items[itemOnScreen].IsChoice)
        {
            var options = buttons.Where(b => b.Data!.StartsWith("q:o:", StringComparison.Ordinal)).ToList();
            if (options.Count == 0) { Fail(r, u, $"step {u.Step}: no option buttons on «{Short(text)}»"); return; }
            next = options[u.Random.Next(options.Count)].Data;
        }
        Answered(r, u, messageId, next, d.ObservedTicks);
    }

    private string Header(int question) => $" · Вопрос {question.ToString(CultureInfo.InvariantCulture)} из {items.Count.ToString(CultureInfo.InvariantCulture)}";

    private void Answered(Round r, Respondent u, int messageId, string? next, long observedTicks)
    {
        var recorded = api.Chat(u.Id).FirstOrDefault(m => m.MessageId == messageId);
        if (recorded is null)
        {
            Fail(r, u, $"message {messageId} is not in the server's chat");
            return;
        }
        var at = recorded.EditedAt ?? recorded.At;
        r.Samples.Add(new StepSample(u.KindOf(u.Step), u.Step, u.UpdateId, u.SentAt, at, (at - u.SentAt).TotalMilliseconds,
            Stopwatch.GetElapsedTime(u.SentTicks, observedTicks).TotalMilliseconds, observedTicks));
        u.InFlight = false;
        u.ScreenMessageId = messageId;
        u.NextData = next;
        u.Step++;
        if (u.Step == r.LastStep(u)) r.Finished();
        else if (think <= TimeSpan.Zero) Send(u);
        else _ = SendAfterThinkingAsync(r, u, think * (0.5 + u.Random.NextDouble()));
    }

    /// <summary>Think times vary (0.5–1.5 × the mean), so respondents do not move in lockstep and send in bursts.</summary>
    private async Task SendAfterThinkingAsync(Round r, Respondent u, TimeSpan delay)
    {
        await Task.Delay(delay);
        lock (gate)
        {
            if (round == r && !u.Failed) Send(u);
        }
    }

    private static void Fail(Round r, Respondent u, string why)
    {
        u.Failed = true;
        u.InFlight = false;
        r.Error(u, why);
        r.Finished();
    }

    /// <summary>A valid typed answer: a whole number in the item's range, or a short sentence.</summary>
    private static string Typed(Item item, Random random) => item.Kind switch
    {
        ItemKind.Number => ((int)(item.Min ?? 0) + random.Next((int)Math.Min(60, (item.Max ?? 60) - (item.Min ?? 0)) + 1)).ToString(CultureInfo.InvariantCulture),
        _ => Wishes[random.Next(Wishes.Length)],
    };

    private static readonly string[] Wishes =
    [
        "Больше кружков после уроков",
        "Обновить спортивный зал и раздевалки",
        "Чаще рассказывать родителям об успехах детей",
        "Меньше домашних заданий на выходные",
    ];

    private static string Short(string s) => s.Length <= 80 ? s : s[..80] + "…";
}

/// <summary>A group of respondents run together (warm-up, measured run) and what they produced.</summary>
internal sealed class Round(string name, int respondents)
{
    private readonly TaskCompletionSource done = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private int finished;

    public string Name { get; } = name;
    public int Respondents { get; } = respondents;
    public List<StepSample> Samples { get; } = [];
    public List<string> ErrorExamples { get; } = [];
    public int Errors { get; private set; }
    public int Sent { get; set; }
    public long StartedTicks { get; set; }
    public bool Completed { get; set; }
    public bool StopBeforeSubmit { get; init; }
    public Task AllFinished => done.Task;

    /// <summary>The step at which a respondent is done in this round: after submitting, or at the review screen.</summary>
    public int LastStep(Respondent u) => StopBeforeSubmit ? u.Steps - 1 : u.Steps;

    public void Finished()
    {
        if (++finished == Respondents) done.TrySetResult();
    }

    public void Error(Respondent u, string why)
    {
        Errors++;
        if (ErrorExamples.Count < 5) ErrorExamples.Add($"respondent {u.Id}: {why}");
    }
}
