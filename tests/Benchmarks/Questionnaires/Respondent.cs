namespace SchoolSupport.Benchmarks.Questionnaires;

/// <summary>
/// A parent who opens the class link and fills in the questionnaire: 4 updates to get to the first question
/// (/start CODE, «Согласен», «Мои анкеты», «Начать анкету»), one per item, and «Отправить анкету».
/// </summary>
internal sealed class Respondent(long id, string code, int items, int seed)
{
    /// <summary>Updates before the first answer.</summary>
    public const int OpeningSteps = 4;

    public long Id { get; } = id;
    public string Code { get; } = code;
    public Random Random { get; } = new(seed);

    /// <summary>Updates of the whole flow: opening, one per item, submit.</summary>
    public int Steps { get; } = OpeningSteps + items + 1;

    /// <summary>The step whose update is in flight or is to be sent next; <see cref="Steps"/> when done.</summary>
    public int Step { get; set; }
    public bool InFlight { get; set; }
    public bool Failed { get; set; }
    public DateTimeOffset SentAt { get; set; }
    public long SentTicks { get; set; }
    public int UpdateId { get; set; }

    /// <summary>The message whose button is pressed next, and the button's data (null: the next step is typed).</summary>
    public int ScreenMessageId { get; set; }
    public string? NextData { get; set; }

    /// <summary>The item the step answers (0-based), or -1 for the opening steps and the submit.</summary>
    public int ItemAt(int step) => step >= OpeningSteps && step < Steps - 1 ? step - OpeningSteps : -1;

    public StepKind KindOf(int step) => step < OpeningSteps ? StepKind.Opening : step < Steps - 1 ? StepKind.Answer : StepKind.Submit;
}

internal enum StepKind
{
    /// <summary>/start, consent, «Мои анкеты», «Начать анкету».</summary>
    Opening,
    /// <summary>An answer to one item: a press or a typed number or text.</summary>
    Answer,
    /// <summary>«Отправить анкету»: the answer sheet is written.</summary>
    Submit,
}

/// <summary>
/// One answered update: its kind, its id, when it was offered to the server and when the reply was recorded there,
/// the latency by the server's record and by the driver's clock, and the driver's tick of the reply.
/// </summary>
internal readonly record struct StepSample(StepKind Kind, int Step, int UpdateId, DateTimeOffset SentAt, DateTimeOffset ReplyAt, double ServerMs, double ObservedMs, long ReplyTicks)
{
    /// <summary>As the onboarding driver's sample, for <see cref="FetchFigures"/>.</summary>
    public Sample ToSample() => new(Step, UpdateId, SentAt, ReplyAt, ServerMs, ObservedMs);
}
