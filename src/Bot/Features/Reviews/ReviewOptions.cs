using Microsoft.Extensions.Configuration;

namespace SchoolSupport.Bot.Features.Reviews;

/// <summary>The "Reviews" section: documents of roadmap stages.</summary>
internal sealed class ReviewOptions
{
    public const string Section = "Reviews";
    public const long DefaultMaxFileBytes = 20L * 1024 * 1024;

    /// <summary>Largest document accepted, already capped by Bot:MaxFileBytes (bigger files are never downloaded).</summary>
    public long MaxFileBytes { get; init; } = DefaultMaxFileBytes;

    /// <summary>Reads the section; Bot:MaxFileBytes (<paramref name="botMaxFileBytes"/>) caps the limit.</summary>
    public static ReviewOptions Read(IConfiguration config, long botMaxFileBytes, out List<string> errors)
    {
        errors = [];
        var value = config.GetValue($"{Section}:MaxFileBytes", DefaultMaxFileBytes);
        if (value is <= 0 or > 2L * 1024 * 1024 * 1024)
            errors.Add("Reviews:MaxFileBytes должен быть от 1 байта до 2 ГБ.");
        return new ReviewOptions { MaxFileBytes = Math.Max(1, Math.Min(value, botMaxFileBytes)) };
    }
}
