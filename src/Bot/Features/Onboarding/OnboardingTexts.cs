namespace SchoolSupport.Bot;

internal static class OnboardingTexts
{
    public const string Hello =
        "Здравствуйте! Это бот программы поддержки школ с низкими результатами обучения (ШНОР) и школ в сложных социальных условиях (ШНСУ).\n\n" +
        "Бот работает по приглашениям. Откройте ссылку, которую вам прислал координатор, куратор или школа, или пришлите сюда код приглашения.";
    public const string Malformed = "Это не похоже на код приглашения. Код — это 24 латинские буквы и цифры из ссылки-приглашения. Проверьте, что скопировали его целиком, и пришлите ещё раз.";
    public const string Unknown = "Такого приглашения нет. Проверьте ссылку или попросите новую у того, кто вас пригласил.";
    public const string Revoked = "Это приглашение отозвано. Попросите новое у того, кто вас пригласил.";
    public const string UsedUp = "Это приглашение уже использовано. Персональная ссылка действует один раз — попросите новую у того, кто вас пригласил.";
    public const string NoParentalConsent = "Для этой ссылки не записано согласие родителей. Попросите классного руководителя или родителя прислать новую ссылку.";
    public const string ConsentDeclined = "Хорошо. Без согласия на обработку персональных данных я не могу вас подключить. Если передумаете, снова откройте ссылку-приглашение.";
    public const string AskName = "Как к вам обращаться? Напишите фамилию, имя и отчество — так вас увидят координатор и коллеги.";
    public const string BadName = "Имя должно быть от 3 до 100 символов и состоять из букв (можно пробелы, дефис и точку). Напишите, пожалуйста, ещё раз.";
    public const string AlreadyJoined = "Вы уже подключены с этой ролью. Ничего менять не нужно.";
    public const string BootstrapHello = "Здравствуйте! Вы указаны в настройках бота как координатор программы.";
    public const string PressButton = "Чтобы продолжить, ответьте кнопкой под текстом согласия.";
    public const string Agree = "✅ Согласен(на)";
    public const string Disagree = "Не согласен(на)";
    public const string StudentAgree = "👍 Понятно, начать";
    public const string Accept = "✅ Принять приглашение";
    public const string Decline = "Отказаться";

    public static string Expired(string when) => $"Срок действия этого приглашения истёк {when}. Попросите новое у того, кто вас пригласил.";

    public static string Locked(string wait) => $"Слишком много неверных кодов подряд. Ввод кодов временно заблокирован — попробуйте через {wait}.";

    public static string Welcome(string roles) => $"Готово! Вы подключены: {roles}.\n\nВот ваше меню. Команды всегда под рукой: /menu, /help, /me.";

    public static string WelcomeBack(string roles) => $"С возвращением! Ваши роли: {roles}.";

    public static string UseProfileName(string name) => $"Использовать «{name}»";

    public static string Joined(string who, string role, string where) => $"✅ {who} принял(а) ваше приглашение: {role}{where}.";
}
