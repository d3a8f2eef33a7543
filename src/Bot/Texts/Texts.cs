using System.Globalization;
using Humanizer;
using SchoolSupport.Domain.Participants;
using SchoolSupport.Domain.Schools;

namespace SchoolSupport.Bot;

/// <summary>Every Russian string the bot shows, in one place.</summary>
internal static class Texts
{
    public static readonly CultureInfo Ru = CultureInfo.GetCultureInfo("ru-RU");

    public static string RoleName(Role role) => role switch
    {
        Role.Coordinator => "координатор",
        Role.Curator => "куратор",
        Role.SchoolTeam => "школьная команда (директор, заместитель)",
        Role.Teacher => "учитель",
        Role.Parent => "родитель",
        Role.Student => "обучающийся",
        _ => role.ToString(),
    };

    /// <summary>«5 минут», «через 2 часа» style durations, always in Russian.</summary>
    public static string Duration(TimeSpan span) => span.Humanize(precision: 1, culture: Ru, minUnit: TimeUnit.Minute);

    public static string Date(DateTime utc, TimeZoneInfo zone) =>
        TimeZoneInfo.ConvertTimeFromUtc(utc, zone).ToString("d MMMM yyyy, HH:mm", Ru);

    public static string Flags(SchoolFlags flags)
    {
        var parts = new List<string>();
        if (flags.HasFlag(SchoolFlags.LowResults)) parts.Add("ШНОР");
        if (flags.HasFlag(SchoolFlags.AdverseConditions)) parts.Add("ШНСУ");
        if (flags.HasFlag(SchoolFlags.VprBias)) parts.Add("ВПР");
        if (flags.HasFlag(SchoolFlags.RiskZone)) parts.Add("зона риска");
        return string.Join(", ", parts);
    }

    public static string Plural(int count, string one, string few, string many)
    {
        var n = Math.Abs(count) % 100;
        var word = n is >= 11 and <= 14 ? many : (n % 10) switch { 1 => one, 2 or 3 or 4 => few, _ => many };
        return $"{count} {word}";
    }

    internal static class Common
    {
        public static string FileNotReceived(string name) => $"Не удалось получить файл «{name}» от мессенджера. Пришлите его, пожалуйста, ещё раз.";

        public const string WritePrivately = "Я работаю только в личных сообщениях. Напишите мне в личный чат — там я всё покажу.";
        public const string StartFirst = "Сначала нужно подключиться: откройте ссылку-приглашение или пришлите код приглашения.";
        public const string UseMenu = "Выберите действие в меню ниже или отправьте /help.";
        /// <summary>Stands in for the command menu in messengers that have none (MAX).</summary>
        public const string MenuButton = "☰ Меню";
        public const string StaleButton = "Эта кнопка больше не действует. Откройте меню заново: /menu";
        public const string NoRights = "У вас нет прав на это действие.";
        public const string Cancelled = "Действие отменено. Всё, что вы уже ввели, сохранено.";
        public const string NothingToCancel = "Сейчас нечего отменять.";
        public const string InternalError = "Что-то пошло не так, и это наша ошибка. Попробуйте ещё раз чуть позже или отправьте /cancel.";
        public const string FileNotExpected = "Сейчас я не жду файла. Выберите действие в меню: /menu";
        public const string TextTooLong = "Слишком длинный текст.";

        public static string UnknownCommand(string name) => $"Не знаю команду /{name}. Список команд: /help";
    }
}
