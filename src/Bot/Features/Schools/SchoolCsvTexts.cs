using SchoolSupport.Domain.Schools;

namespace SchoolSupport.Bot.Features.Schools;

/// <summary>What a coordinator reads when a school CSV file cannot be read as a whole.</summary>
internal static class SchoolCsvTexts
{
    private const string SaveAsCsv =
        "Сохраните таблицу в Excel через «Файл → Сохранить как → CSV (разделители — точки с запятой)» и пришлите файл снова.";

    public const string Empty = "Файл пустой. " + SaveAsCsv;

    public const string Spreadsheet = "Это файл Excel, а мне нужен CSV. " + SaveAsCsv;

    public const string Binary = "Это не текстовый файл CSV. " + SaveAsCsv;

    public const string HeaderOnly = "В файле есть строка с названиями столбцов, но нет ни одной школы.";

    public static string TooLarge(int maxMegabytes) =>
        $"Файл больше {maxMegabytes} МБ — это слишком много для списка школ. Разделите его на несколько файлов.";

    public static string TooManyRows(int maxRows) =>
        $"В файле больше {maxRows} строк со школами. Разделите его на несколько файлов, не больше {maxRows} строк в каждом.";

    public static string MissingColumns(IReadOnlyList<string> missing)
    {
        var names = string.Join(", ", missing.Select(column => $"«{column}»"));
        var what = missing.Count == 1 ? $"нет обязательного столбца {names}" : $"нет обязательных столбцов {names}";
        return $"В файле {what}. Первая строка файла должна содержать названия столбцов: "
            + string.Join("; ", SchoolImportColumns.All)
            + $". Обязательны: {string.Join(", ", SchoolImportColumns.Required)}; остальные можно не указывать.";
    }

    public static string DuplicateColumn(string column) =>
        $"Столбец «{column}» встречается в первой строке дважды. Оставьте один и пришлите файл снова.";

    public static string UnclosedQuote(long line) =>
        $"В строке {line} открыта кавычка «\"», но не закрыта, поэтому файл нельзя разобрать дальше. Исправьте эту строку и пришлите файл снова.";

    public const string Unreadable = "Не удалось разобрать файл как таблицу CSV. " + SaveAsCsv;
}
