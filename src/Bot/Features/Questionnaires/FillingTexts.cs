namespace SchoolSupport.Bot;

/// <summary>What a respondent reads while filling in a questionnaire.</summary>
internal static class FillingTexts
{
    public const string Back = "◀️ Назад";
    public const string Done = "✅ Готово";
    public const string Skip = "Пропустить";
    public const string ToReview = "📋 К проверке ответов";
    public const string Submit = "✅ Отправить анкету";
    public const string MyQuestionnaires = "📝 Мои анкеты";
    public const string WriteOwn = "✏️ ";
    public const string Ticked = "✓ ";
    public const string Chosen = "● ";

    public const string MultipleHint = "Можно выбрать несколько вариантов, затем нажмите «Готово».";
    public const string WriteOtherPrompt = "Напишите свой вариант ответа сообщением.";
    public const string PressButtons = "Выберите ответ кнопкой под вопросом (или напишите номер варианта).";
    public const string ReviewPressButtons = "Проверьте ответы и нажмите «Отправить анкету» или номер вопроса, чтобы изменить ответ.";
    public const string NoAnswer = "— нет ответа";
    public const string SkippedAnswer = "пропущен";

    public const string StaleQuestion = "Этот вопрос уже позади. Текущий вопрос — в сообщении ниже.";
    public const string ChangedSinceReview = "Ответы изменились после того, как вы открыли проверку. Посмотрите их ещё раз и отправьте.";
    public const string AlreadySubmitted = "Вы уже отправили эту анкету. Спасибо! Изменить ответы после отправки нельзя.";
    public const string NotInGroup = "Эта анкета не для вас: её заполняют участники другой группы или школы.";
    public const string NoParentalConsent = "Анкету можно заполнить только после того, как согласие родителей записано. Попросите родителя подключить вас через бота (/child).";
    public const string Unknown = "Такой анкеты нет. Откройте список: /survey";
    public const string NothingHere = "Сейчас для вас нет открытых анкет. Когда школа начнёт анкетирование, я пришлю приглашение.";
    public const string ListHeader = "📝 Ваши анкеты";
    public static string Submitted(string title, string? outro) =>
        $"✅ Анкета «{title}» отправлена. Ответы хранятся без имени и без связи с вашим аккаунтом." + (outro is { Length: > 0 } o ? "\n\n" + o : "");
    public const string Anonymous = "Ответы анонимны: в результатах они не связаны с вашим именем или аккаунтом.";
    /// <summary>What stays of a question screen in the outbox after submission.</summary>
    public const string Emptied = "[экран анкеты: ответы не хранятся]";

    public static string Header(string title, int number, int total) => $"📝 {title} · Вопрос {number} из {total}";

    public static string Section(string title) => $"▫️ {title}";

    public static string YourAnswer(string answer) => $"Ваш ответ: {answer}";

    public static string Keep(string answer) => $"Оставить: {Cut(answer, 40)} ▶️";

    public static string Error(string message) => $"⚠️ {message}";

    public static string ChooseUpTo(int max) => $"Можно выбрать не больше {max}, затем нажмите «Готово».";

    public static string NumberRange(string range, string? unit) => $"Напишите сообщением {range}{(unit is null ? "" : $" ({unit})")}.";

    public static string TextUpTo(int limit) => $"Напишите ответ сообщением (до {limit} символов).";

    public static string Other(string text) => $"свой вариант: «{text}»";

    public static string ReviewHeader(string title) => $"📋 Проверьте ответы — {title}";

    public static string ReviewFooter(bool complete) => complete
        ? "Всё верно? Нажмите «Отправить анкету». Чтобы изменить ответ, нажмите номер вопроса."
        : "Ответьте на отмеченные ⚠️ вопросы: нажмите номер вопроса.";

    public static string Broken(string rule) => $"⚠️ Проверьте числа: {rule}.";

    public static string Closed(string date) => $"Анкета закрыта {date}: ответы больше не принимаются. Начатые ответы сохранены, но в результаты не войдут.";

    public static string NotOpenYet(string date) => $"Анкета откроется {date}. Тогда я напомню.";

    public static string Intro(string title, string? intro, int total, bool anonymous) =>
        $"📝 {title}\n\n" + (intro is { Length: > 0 } ? intro + "\n\n" : "") +
        $"Вопросов: {total}. Каждый ответ сохраняется сразу: можно прерваться и продолжить позже из меню («{MyQuestionnaires}»)." +
        (anonymous ? "\n" + Anonymous : "");

    public static string ListLine(string title, string state) => $"• {title} — {state}";

    public static string StateInProgress(int answered, int total, string until) => $"начата, отвечено {answered} из {total}, до {until}";

    public static string StateNew(string until) => $"не начата, до {until}";

    public const string StateSubmitted = "отправлена ✅";

    public const string StateNeedsConsent = "нужно согласие родителя: попросите его подключить вас через бота (/child)";

    public static string StateScheduled(string from) => $"откроется {from}";

    public static string ContinueButton(string title) => $"▶️ Продолжить анкету «{Cut(title, 36)}»";

    public static string BeginButton(string title) => $"📝 Начать анкету «{Cut(title, 40)}»";

    public static string Cut(string s, int max) => s.Length <= max ? s : s[..(max - 1)].TrimEnd() + "…";
}
