namespace SchoolSupport.Domain.Questionnaires;

/// <summary>Where the respondent is among the items that apply to them: «Вопрос 7 из 24».</summary>
public sealed record Progress(int Number, int Total)
{
    public string Text => QuestionnaireTexts.ProgressLine(Number, Total);
}
