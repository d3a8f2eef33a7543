namespace SchoolSupport.Bot;

/// <summary>Russian texts of /handover: a coordinator hands an away curator's reviews to another curator.</summary>
internal static class HandoverTexts
{
    public const string OnlyCoordinators = "Передавать проверки могут координаторы.";
    public const string NotEnoughCurators = "Для передачи нужны хотя бы два куратора в ваших муниципалитетах. Пригласить куратора: /invite";
    public const string ChooseAway = "🔁 Передача проверок. Кто из кураторов отсутствует?";

    public static string CuratorButton(string name, int schools, int pending) =>
        $"{name} — {Texts.Plural(schools, "школа", "школы", "школ")}, на проверке: {pending}";

    public static string ChooseReplacement(string away) => $"Кому передать проверки куратора {away}?";

    public static string Nothing(string away) => $"У куратора {away} нет школ с дорожными картами в ваших муниципалитетах: передавать нечего.";

    public static string Done(string away, string to, IReadOnlyList<string> schools, int pending) =>
        $"✅ Проверки куратора {away} переданы куратору {to}.\nШколы: {string.Join("; ", schools)}.\n" +
        $"Передано документов на проверке: {pending}. Новые документы этих школ тоже проверяет {to}. Вернуть обратно: /handover";

    public static string ToReplacement(string away, IReadOnlyList<string> schools, int pending) =>
        $"🔁 Координатор передал вам проверки куратора {away}.\nШколы: {string.Join("; ", schools)}.\nДокументов на проверке: {pending}. Открыть: /reviews";

    public static string ToAway(string to, IReadOnlyList<string> schools) =>
        $"🔁 На время вашего отсутствия документы школ ({string.Join("; ", schools)}) проверяет {to}.";

    public static string ReturnButton(string name) => $"↩️ {name}: вернуть проверки";

    public static string Returned(string name, IReadOnlyList<string> schools, int pending) =>
        $"✅ Проверки школ снова у куратора {name}: {string.Join("; ", schools)}.\nВозвращено документов на проверке: {pending}.";

    public static string ToReturned(IReadOnlyList<string> schools, int pending) =>
        $"🔁 Проверки ваших школ снова у вас: {string.Join("; ", schools)}.\nДокументов на проверке: {pending}. Открыть: /reviews";

    public static string ToSubstitute(string name, IReadOnlyList<string> schools) =>
        $"🔁 Проверки школ ({string.Join("; ", schools)}) возвращены куратору {name}. Спасибо за помощь!";

    public static string ToSchool(string school, string to) => $"🔁 Документы школы {school} теперь проверяет куратор {to}.";
}
