using System.Globalization;
using SchoolSupport.Domain.Schools;

namespace SchoolSupport.Bot;

/// <summary>Russian texts of the schools feature: browsing, adding one school, CSV import.</summary>
internal static class SchoolTexts
{
    private const string ExcelSaveAs = "«Файл → Сохранить как → CSV (разделители — точка с запятой)»";

    // Browsing
    public const string NoAccess =
        "Список школ видят координаторы, кураторы и сотрудники школ. Для родителей и обучающихся он не нужен: " +
        "анкеты и объявления придут вам сообщением.";
    public const string NoOwnSchools = "Вы пока не прикреплены ни к одной школе. Если это ошибка, попросите координатора прислать новое приглашение.";
    public const string NoMunicipalities = "В вашей зоне ответственности пока нет муниципалитетов в базе бота. Обратитесь к администратору бота.";
    public const string ChooseMunicipality = "Выберите муниципалитет, чтобы увидеть его школы.";
    public const string Alphabetical = "Школы идут по алфавиту.";
    public const string Previous = "◀️ Назад";
    public const string Next = "Дальше ▶️";
    public const string AddSchool = "➕ Добавить школу";
    public const string UploadCsv = "📄 Загрузить CSV";
    public const string ToMunicipalities = "⬅️ К муниципалитетам";
    public const string ToSchools = "⬅️ К школам";
    public const string SchoolList = "📋 Список школ";
    public const string AllSchools = "🏫 Все школы";

    public static string Schools(int count) => Texts.Plural(count, "школа", "школы", "школ");

    public static string MunicipalitiesHeader(int municipalities, int schools) =>
        $"🏫 Ваша зона ответственности: {Texts.Plural(municipalities, "муниципалитет", "муниципалитета", "муниципалитетов")}, {Schools(schools)}.";

    public static string MunicipalityButton(string name, int schools) => $"{name} · {Schools(schools)}";

    public static string MunicipalityHeader(string name, int schools) => $"🏫 {name}: {Schools(schools)}";

    public static string EmptyMunicipality(string name) =>
        $"🏫 {name}: школ пока нет.\n\nДобавьте их по одной кнопкой «{AddSchool}» или загрузите весь список из файла CSV.";

    public static string OwnHeader(int schools) => $"🏫 Ваши школы: {schools}";

    public static string PageInfo(int page, int pages, int first, int last) => $"Страница {page} из {pages}, № {first}–{last}.";

    public static string FlagSummary(IReadOnlyList<string> parts) => $"Из них: {string.Join(", ", parts)}.";

    // One school
    public const string CardMunicipality = "Муниципалитет";
    public const string CardFlags = "Признаки";
    public const string CardCluster = "Кластер";
    public const string CardCohort = "Проект «500+»";
    public const string CardLocality = "Местность";
    public const string CardLeader = "Школа-лидер";
    public const string NoFlags = "не отмечены";
    public const string NoCluster = "не указан";
    public const string NotIn500 = "не участвует";

    public static string Cohort(int year) => $"с {year.ToString(CultureInfo.InvariantCulture)} года";

    public static string CohortShort(int year) => $"500+ ({year.ToString(CultureInfo.InvariantCulture)})";

    public static string? ClusterName(ResultCluster cluster) => cluster switch
    {
        ResultCluster.Basic => "базово неуспевающие",
        ResultCluster.Moderate => "умеренно неуспевающие",
        ResultCluster.Severe => "сильно неуспевающие",
        _ => null,
    };

    public static string? LocalityName(Locality locality) => locality switch
    {
        Locality.Urban => "город",
        Locality.Rural => "село",
        _ => null,
    };

    // Adding one school
    public static string AskName(string municipality) =>
        $"➕ Новая школа: {municipality}.\n\nНапишите краткое официальное название школы, например: МАОУ «СОШ № 7».\nОтменить: /cancel";

    public static string NameRejected(IEnumerable<string> reasons)
    {
        var text = string.Join("; ", reasons);
        if (text.Length > 0) text = char.ToUpper(text[0], Texts.Ru) + text[1..];
        return $"⚠️ {text}.\n\nНапишите название ещё раз или отправьте /cancel.";
    }

    public static string AskFlags(string name, string municipality, string flags) =>
        $"Школа: {name} ({municipality}).\n\n" +
        "Отметьте признаки школы кнопками (можно несколько или ни одного) и нажмите «✅ Сохранить».\n" +
        "ШНОР — низкие результаты обучения; ШНСУ — неблагоприятные социальные условия; " +
        "ВПР — признаки необъективности результатов ВПР; зона риска — риск снижения образовательных результатов.\n\n" +
        $"Отмечено: {(flags.Length == 0 ? "ничего" : flags)}.";

    public const string PressFlagButtons = "Сейчас отметьте признаки школы кнопками под сообщением выше и нажмите «✅ Сохранить». Отменить: /cancel";
    /// <summary>«✓ ШНОР» when set, «Зона риска» when not.</summary>
    public static string FlagButton(SchoolFlags flag, bool on)
    {
        var name = Texts.Flags(flag);
        name = char.ToUpper(name[0], Texts.Ru) + name[1..];
        return on ? "✓ " + name : name;
    }

    public const string Save = "✅ Сохранить";
    public const string Saved = "✅ Школа добавлена.";
    public const string AddAnother = "➕ Ещё школу";
    public const string InviteToSchool = "✉️ Пригласить в эту школу";

    // CSV import
    public const string SendCsvFile = "Жду файл CSV со списком школ: пришлите его как файл (скрепка → Файл). Отменить: /cancel";

    public const string FilesOnlyFromCoordinators =
        "Файлы я сейчас принимаю только для загрузки списка школ, а это делают координаторы. " +
        "Другие документы через бота пока не передаются.";

    public const string HowToCsv = "📄 Как подготовить CSV";

    public const string ErrorsFileCaption = "Полный список отклонённых строк.";

    public static string NotCsv(string fileName) =>
        $"Мне нужен файл CSV со списком школ, а «{Short(fileName)}» — не CSV.\n\n" +
        $"Откройте таблицу в Excel, выберите {ExcelSaveAs} и пришлите получившийся файл .csv. " +
        $"Какие нужны столбцы — по кнопке «{HowToCsv}».";

    public static string FileTooBig(string fileName, long maxBytes) =>
        $"Файл «{Short(fileName)}» больше {Size(maxBytes)} — такой я не могу принять. " +
        "Для списка школ хватит файла CSV в несколько килобайт: сохраните в CSV только саму таблицу.";

    public static string CsvInstructions(IReadOnlyList<Municipality> municipalities)
    {
        var shown = municipalities.Take(10).Select(m => $"{m.Name} ({m.Id})").ToList();
        var more = municipalities.Count > shown.Count ? $" и ещё {municipalities.Count - shown.Count}" : "";
        var exampleId = municipalities.Count > 0 ? municipalities[0].Id : "vpyshma";
        return "📄 Загрузка школ из файла CSV\n\n" +
            "Пришлите файл .csv следующим сообщением (скрепка → Файл). Первая строка — названия столбцов, разделитель — точка с запятой «;».\n\n" +
            $"Обязательные столбцы: {string.Join("; ", SchoolImportColumns.Required)}\n" +
            $"Необязательные: {string.Join("; ", SchoolImportColumns.All.Except(SchoolImportColumns.Required))}\n\n" +
            $"Муниципалитет — код или название, только из вашей зоны: {string.Join(", ", shown)}{more}.\n" +
            "Признаки — да/нет; кластер — базово, умеренно или сильно; 500+ — год входа в проект; местность — город или село.\n\n" +
            "Пример:\n" +
            "Название;Муниципалитет;ШНОР;ШНСУ;Кластер;500+\n" +
            $"МАОУ «СОШ №7»;{exampleId};да;нет;умеренно;2022\n\n" +
            $"В Excel: {ExcelSaveAs}.\nОтменить: /cancel";
    }

    public static string ImportHeader(int loaded, int rejectedRows) =>
        $"Загружено: {Schools(loaded)}. Отклонено строк: {rejectedRows}.";

    public const string RejectedTitle = "Отклонённые строки:";
    public const string FixAndResend = "Исправьте эти строки и пришлите файл только с ними: уже загруженные школы второй раз не добавятся.";

    public static string MoreErrorsInFile(int more, string fileName) =>
        $"…и ещё {Texts.Plural(more, "ошибка", "ошибки", "ошибок")} — полный список в файле {fileName}.";

    public static string ErrorsFileTitle(int loaded, int rejectedRows) => $"Загрузка школ из CSV. {ImportHeader(loaded, rejectedRows)}";

    /// <summary>«20 МБ», «1,5 МБ», «300 КБ», «512 байт».</summary>
    public static string Size(long bytes)
    {
        const double Kb = 1024, Mb = 1024 * 1024;
        return bytes switch
        {
            >= 1024 * 1024 => $"{(bytes / Mb).ToString("0.#", Texts.Ru)} МБ",
            >= 1024 => $"{(bytes / Kb).ToString("0.#", Texts.Ru)} КБ",
            _ => $"{bytes.ToString(CultureInfo.InvariantCulture)} байт",
        };
    }

    private static string Short(string fileName) => fileName.Length <= 60 ? fileName : fileName[..60] + "…";
}
