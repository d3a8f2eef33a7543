using System.Globalization;

namespace SchoolSupport.Domain.Questionnaires;

/// <summary>What the questionnaire engine says about input it cannot take, in Russian.</summary>
public static class QuestionnaireTexts
{
    public const string Yes = "Да";
    public const string No = "Нет";
    public const string OtherDefault = "Другое";
    public const string RequiredItem = "Это обязательный вопрос: без ответа дальше нельзя.";
    public const string ChooseOne = "Выберите один вариант кнопкой или напишите его номер.";
    public const string ChooseAtLeastOne = "Выберите хотя бы один вариант.";
    public const string OnlyOne = "Здесь нужен один вариант.";
    public const string NoSuchOption = "Такого варианта нет в этом вопросе. Выберите вариант кнопкой.";
    public const string NoOtherHere = "В этом вопросе нельзя вписать свой вариант.";
    public const string OtherEmpty = "Впишите свой вариант ответа.";
    public const string YesOrNo = "Ответьте «Да» или «Нет».";
    public const string TextEmpty = "Напишите ответ текстом.";

    /// <summary>Decimal comma, no grouping: the same on every machine, whatever cultures it has.</summary>
    private static readonly NumberFormatInfo Ru = new() { NumberDecimalSeparator = ",", NegativeSign = "−" };

    public static string ProgressLine(int number, int total) => $"Вопрос {number} из {total}";

    public static string TooLong(int limit) => $"Не больше {limit} символов";

    public static string TooMany(int max) => $"Выберите не больше {max} {VariantsGenitive(max)}";

    /// <summary>«Введите целое число от 0 до 2000» or «Введите число от 0 до 100 (не больше 1 знака после запятой)».</summary>
    public static string NumberRange(decimal min, decimal max, int decimals) => decimals == 0
        ? $"Введите целое число от {Number(min)} до {Number(max)}"
        : $"Введите число от {Number(min)} до {Number(max)} (не больше {decimals} {DigitsGenitive(decimals)} после запятой)";

    public static string NotAbove(decimal bound, string explain) => $"Не больше {Number(bound)}: {explain}.";

    public static string NotBelow(decimal bound, string explain) => $"Не меньше {Number(bound)}: {explain}.";

    /// <summary>A number the Russian way: 12,5; 2000.</summary>
    public static string Number(decimal n) => n.ToString("0.##", Ru);

    private static string VariantsGenitive(int n) => n % 10 == 1 && n % 100 != 11 ? "варианта" : "вариантов";

    private static string DigitsGenitive(int n) => n % 10 == 1 && n % 100 != 11 ? "знака" : "знаков";
}
