using SchoolSupport.Domain.Questionnaires;

namespace SchoolSupport.Domain.Tests.Questionnaires;

/// <summary>A small instrument with every kind of item, a condition and a cross-item rule.</summary>
internal static class Sample
{
    public static Item Single(string id, params string[] options) => new()
    {
        Id = id, Text = $"Вопрос {id}", Kind = ItemKind.SingleChoice,
        Options = [.. options.Select(o => new ChoiceOption { Id = o, Label = $"Вариант {o}" })],
    };

    public static Item Multiple(string id, int? max, bool other, params string[] options) => Single(id, options) with
    {
        Kind = ItemKind.MultipleChoice, MaxChoices = max, AllowOther = other,
    };

    public static Item Number(string id, decimal min, decimal max, int decimals = 0) => new()
    {
        Id = id, Text = $"Число {id}", Kind = ItemKind.Number, Min = min, Max = max, Decimals = decimals,
    };

    public static Item Text(string id, int? maxLength = null, bool required = true) => new()
    {
        Id = id, Text = $"Текст {id}", Kind = ItemKind.ShortText, MaxLength = maxLength, Required = required,
    };

    public static Item YesNo(string id) => new() { Id = id, Text = $"Да или нет {id}", Kind = ItemKind.YesNo };

    public static Item Scale(string id) => Single(id, "low", "mid", "high") with { Kind = ItemKind.Scale };

    /// <summary>
    /// Section a: q1 (single a/b/c), q2 (shown if q1 is a or b), q3 (number 0..2000).
    /// Section b: q4 (shown if q3 ≥ 10), q5 (optional text), q6 (yes/no).
    /// Rule: q4 is not above q3.
    /// </summary>
    public static Instrument Instrument() => new()
    {
        Id = "sample",
        Version = 1,
        Title = "Пример",
        Respondent = RespondentGroup.Teacher,
        Sections =
        [
            new Section
            {
                Id = "a", Title = "Первый блок",
                Items =
                [
                    Single("q1", "a", "b", "c"),
                    Multiple("q2", 2, true, "x", "y", "z") with { ShowIf = new ShowIf { Item = "q1", AnyOf = ["a", "b"] } },
                    Number("q3", 0, 2000),
                ],
            },
            new Section
            {
                Id = "b", Title = "Второй блок",
                Items =
                [
                    Number("q4", 0, 2000) with { ShowIf = new ShowIf { Item = "q3", AtLeast = 10 } },
                    Text("q5", required: false),
                    YesNo("q6"),
                ],
            },
        ],
        Rules = [new NotAboveRule { Parts = ["q4"], Total = "q3", Explain = "часть не больше целого" }],
    };

    public static Dictionary<string, AnswerValue> Answers(params (string Item, AnswerValue Value)[] answers) =>
        answers.ToDictionary(a => a.Item, a => a.Value, StringComparer.Ordinal);
}
