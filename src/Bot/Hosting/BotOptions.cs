using System.Text.RegularExpressions;

namespace SchoolSupport.Bot.Hosting;

internal enum TelegramMode
{
    Polling,
    Webhook,
}

/// <summary>The "Telegram" section. An empty token means: no Telegram, run the local console channel.</summary>
internal sealed partial class TelegramOptions
{
    public const string Section = "Telegram";
    public const string PublicApi = "https://api.telegram.org";

    public string? Token { get; set; }
    public string ApiBaseUrl { get; set; } = PublicApi;
    public TelegramMode Mode { get; set; } = TelegramMode.Polling;
    public string? WebhookUrl { get; set; }
    public string? WebhookSecret { get; set; }
    /// <summary>Where the webhook listener binds (behind a TLS-terminating proxy).</summary>
    public string WebhookListenUrl { get; set; } = "http://0.0.0.0:8080";
    public bool Enabled => !string.IsNullOrWhiteSpace(Token);

    public IEnumerable<string> Validate()
    {
        if (!Enabled) yield break;
        if (!TokenPattern().IsMatch(Token!))
            yield return "Telegram:Token имеет неверный формат: ожидается «<число>:<ключ>», как его выдаёт @BotFather.";
        if (!Uri.TryCreate(ApiBaseUrl, UriKind.Absolute, out var api) || api.Scheme is not ("http" or "https"))
            yield return $"Telegram:ApiBaseUrl должен быть абсолютным http(s)-адресом, получено «{ApiBaseUrl}».";
        if (Mode == TelegramMode.Webhook)
        {
            if (!Uri.TryCreate(WebhookUrl, UriKind.Absolute, out var hook) || hook.Scheme != "https")
                yield return "Telegram:WebhookUrl обязателен в режиме Webhook и должен начинаться с https://.";
            if (string.IsNullOrEmpty(WebhookSecret) || !SecretPattern().IsMatch(WebhookSecret))
                yield return "Telegram:WebhookSecret обязателен в режиме Webhook: 16–256 символов A-Z, a-z, 0-9, _ и -.";
            if (!Uri.TryCreate(WebhookListenUrl, UriKind.Absolute, out _))
                yield return $"Telegram:WebhookListenUrl должен быть адресом вида http://0.0.0.0:8080, получено «{WebhookListenUrl}».";
        }
    }

    [GeneratedRegex("^[0-9]{3,15}:[A-Za-z0-9_-]{20,}$")]
    private static partial Regex TokenPattern();

    [GeneratedRegex("^[A-Za-z0-9_-]{16,256}$")]
    private static partial Regex SecretPattern();
}

/// <summary>The "Storage" section.</summary>
internal sealed class StorageOptions
{
    public const string Section = "Storage";
    public string DataDirectory { get; set; } = "./data";
    public string DatabaseFile { get; set; } = "bot.db";

    public string DatabasePath => Path.GetFullPath(Path.Combine(DataDirectory, DatabaseFile));
}

/// <summary>The "Bot" section.</summary>
internal sealed class BotOptions
{
    public const string Section = "Bot";
    public string TimeZone { get; set; } = "Europe/Moscow";
    /// <summary>Telegram user ids who are coordinators from the first start (bound by <see cref="OptionsSetup"/>).</summary>
    public IReadOnlyList<long> Coordinators { get; set; } = [];
    /// <summary>Files bigger than this are refused before download (Telegram's getFile limit is 20 MB).</summary>
    public long MaxFileBytes { get; set; } = 20 * 1024 * 1024;

    public IEnumerable<string> Validate()
    {
        if (!TimeZoneInfo.TryFindSystemTimeZoneById(TimeZone, out _))
            yield return $"Bot:TimeZone: часовой пояс «{TimeZone}» не найден (ожидается IANA-имя, например Europe/Moscow).";
        foreach (var id in Coordinators.Where(id => id <= 0))
            yield return $"Bot:Coordinators: «{id}» не похож на идентификатор пользователя Telegram.";
        if (MaxFileBytes is <= 0 or > 2L * 1024 * 1024 * 1024)
            yield return "Bot:MaxFileBytes должен быть от 1 байта до 2 ГБ.";
    }
}
