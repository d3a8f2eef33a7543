using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.Extensions.Configuration;

namespace SchoolSupport.Bot.Channels.Max;

internal enum MaxMode
{
    Polling,
    Webhook,
}

/// <summary>The "Max" section. An empty token means: no MAX channel.</summary>
internal sealed partial class MaxOptions
{
    public const string Section = "Max";
    public const string PublicApi = "https://platform-api.max.ru";

    public string? Token { get; set; }
    public string ApiBaseUrl { get; set; } = PublicApi;
    public MaxMode Mode { get; set; } = MaxMode.Polling;
    public string? WebhookUrl { get; set; }
    public string? WebhookSecret { get; set; }
    /// <summary>Where the webhook listener binds; another port than Telegram's, as both may run at once.</summary>
    public string WebhookListenUrl { get; set; } = "http://0.0.0.0:8081";
    /// <summary>MAX user ids who are coordinators from the first start (bound by <see cref="Read"/>).</summary>
    public IReadOnlyList<long> Coordinators { get; set; } = [];
    public bool Enabled => !string.IsNullOrWhiteSpace(Token);

    /// <summary>Binds the section; problems are returned in <paramref name="errors"/> with the rest of <see cref="Validate"/>.</summary>
    public static MaxOptions Read(IConfiguration config, out List<string> errors)
    {
        var section = config.GetSection(Section);
        var options = new MaxOptions
        {
            Token = section[nameof(Token)],
            ApiBaseUrl = string.IsNullOrWhiteSpace(section[nameof(ApiBaseUrl)]) ? PublicApi : section[nameof(ApiBaseUrl)]!,
            WebhookUrl = section[nameof(WebhookUrl)],
            WebhookSecret = section[nameof(WebhookSecret)],
            WebhookListenUrl = string.IsNullOrWhiteSpace(section[nameof(WebhookListenUrl)]) ? "http://0.0.0.0:8081" : section[nameof(WebhookListenUrl)]!,
        };
        errors = [];
        var mode = section[nameof(Mode)];
        if (!string.IsNullOrWhiteSpace(mode))
        {
            if (Enum.TryParse<MaxMode>(mode.Trim(), ignoreCase: true, out var parsed) && Enum.IsDefined(parsed)) options.Mode = parsed;
            else errors.Add($"Max:Mode должен быть Polling или Webhook, получено «{mode}».");
        }
        var ids = new List<long>();
        var coordinators = section.GetSection(nameof(Coordinators));
        var children = coordinators.GetChildren().ToList();
        var raw = children.Count > 0
            ? children.Select(c => c.Value ?? "").ToArray()
            : (coordinators.Value ?? "").Split([',', ';', ' '], StringSplitOptions.RemoveEmptyEntries);
        foreach (var text in raw)
        {
            if (long.TryParse(text.Trim(), NumberStyles.Integer, CultureInfo.InvariantCulture, out var id) && id > 0) ids.Add(id);
            else errors.Add($"Max:Coordinators: «{text}» не похож на идентификатор пользователя MAX.");
        }
        options.Coordinators = ids;
        errors.AddRange(options.Validate());
        return options;
    }

    public IEnumerable<string> Validate()
    {
        if (!Enabled)
        {
            if (Coordinators.Count > 0) yield return "Max:Coordinators заданы, а Max:Token пуст: без токена канал MAX не запускается.";
            yield break;
        }
        if (Token!.Any(char.IsWhiteSpace) || Token!.Length < 16)
            yield return "Max:Token имеет неверный формат: ожидается токен бота из раздела «Чат-боты» платформы MAX (без пробелов, не короче 16 символов).";
        if (!Uri.TryCreate(ApiBaseUrl, UriKind.Absolute, out var api) || api.Scheme is not ("http" or "https"))
            yield return $"Max:ApiBaseUrl должен быть абсолютным http(s)-адресом, получено «{ApiBaseUrl}».";
        if (Mode == MaxMode.Webhook)
        {
            if (!Uri.TryCreate(WebhookUrl, UriKind.Absolute, out var hook) || hook.Scheme != "https")
                yield return "Max:WebhookUrl обязателен в режиме Webhook и должен начинаться с https://.";
            if (string.IsNullOrEmpty(WebhookSecret) || !SecretPattern().IsMatch(WebhookSecret))
                yield return "Max:WebhookSecret обязателен в режиме Webhook: 5–256 символов A-Z, a-z, 0-9, _ и -.";
            if (!Uri.TryCreate(WebhookListenUrl, UriKind.Absolute, out _))
                yield return $"Max:WebhookListenUrl должен быть адресом вида http://0.0.0.0:8081, получено «{WebhookListenUrl}».";
        }
    }

    [GeneratedRegex("^[A-Za-z0-9_-]{5,256}$")]
    private static partial Regex SecretPattern();
}
