namespace SchoolSupport.Domain.Questionnaires;

/// <summary>One respondent's submitted answers (item id → value), read with the instrument version they were given for.</summary>
public sealed record SubmittedAnswers(Instrument Instrument, IReadOnlyDictionary<string, AnswerValue> Answers)
{
    public RespondentGroup Group => Instrument.Respondent;
}
