namespace SchoolSupport.Domain.Questionnaires;

/// <summary>The outcome of validating input: an answer to store, or a Russian message saying what to fix.</summary>
public sealed record InputResult(AnswerValue? Value, string? Error)
{
    public bool Ok => Error is null;

    public static InputResult Accept(AnswerValue value) => new(value, null);

    public static InputResult Reject(string error) => new(null, error);
}
