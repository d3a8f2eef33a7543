namespace SchoolSupport.Bot;

internal static class InviteTexts
{
    public const string ChooseRole = "Кого вы приглашаете?";
    public const string ChooseMunicipality = "Выберите муниципалитет.";
    public const string ChooseMunicipalities = "Выберите муниципалитеты нового координатора (можно несколько) и нажмите «Готово».";
    public const string ChooseSchool = "Выберите школу.";
    public const string ChooseCuratorSchools = "Выберите школы куратора (можно несколько) и нажмите «Готово».";
    public const string ChooseGrade = "Для какого класса ссылка?";
    public const string NoSchools = "В вашей зоне ответственности пока нет школ. Добавьте их: /schools";
    public const string NothingChosen = "Сначала выберите хотя бы один пункт.";
    public const string CannotInvite = "У вас нет прав приглашать участников. Приглашения создают координаторы и школьные команды.";
    public const string Done = "✅ Готово";
    public const string Revoked = "Приглашение отозвано: по нему больше никто не подключится.";
    public const string AlreadyRevoked = "Это приглашение уже отозвано.";
    public const string NotFound = "Такого приглашения нет.";
    public const string NoActive = "У вас нет действующих приглашений. Создать: /invite";

    public static string ConfirmStudentConsent(int grade) =>
        $"Ссылку для обучающихся {grade} класса можно создать, только если письменные согласия родителей (законных представителей) собраны школой.\n\n" +
        "Подтвердите, что согласия собраны и хранятся в школе. Ваше подтверждение будет записано (кто и когда).";

    public const string ConfirmConsentButton = "✅ Согласия собраны, подтверждаю";

    public static string Card(string role, string where, string link, string until, int maxUses, int uses) =>
        $"🔗 Приглашение: {role}{where}\n\n{link}\n\nДействует до {until}. " +
        (maxUses == 1 ? "Одноразовое: подключится один человек." : $"Использовано {uses} из {maxUses}.") +
        "\nПерешлите ссылку адресату или распечатайте QR-код.";
}
