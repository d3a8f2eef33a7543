using System.Globalization;
using System.Text;

namespace SchoolSupport.Domain.Messaging;

/// <summary>
/// Button payload: an action prefix and short arguments, "act:a:b", at most 64 bytes (Telegram's limit).
/// It comes back from the client, so parsing never trusts it: a malformed payload simply does not parse.
/// </summary>
public sealed record CallbackData(string Action, IReadOnlyList<string> Args)
{
    public const int MaxBytes = 64;
    private const char Separator = ':';

    public static CallbackData Of(string action, params object[] args) =>
        new(action, args.Select(a => Convert.ToString(a, CultureInfo.InvariantCulture) ?? "").ToList());

    public string Pack()
    {
        if (Action.Length == 0 || Action.Contains(Separator) || Args.Any(a => a.Contains(Separator)))
            throw new ArgumentException($"Callback parts must not contain '{Separator}': {Action}");
        var text = Args.Count == 0 ? Action : Action + Separator + string.Join(Separator, Args);
        if (Encoding.UTF8.GetByteCount(text) > MaxBytes)
            throw new ArgumentException($"Callback data is longer than {MaxBytes} bytes: {text}");
        return text;
    }

    public static bool TryParse(string? data, out CallbackData result)
    {
        result = new CallbackData("", []);
        if (string.IsNullOrEmpty(data) || Encoding.UTF8.GetByteCount(data) > MaxBytes) return false;
        var parts = data.Split(Separator);
        if (parts[0].Length == 0) return false;
        result = new CallbackData(parts[0], parts.Skip(1).ToList());
        return true;
    }

    public string Arg(int i) => i < Args.Count ? Args[i] : "";

    public int? IntArg(int i) => int.TryParse(Arg(i), NumberStyles.None, CultureInfo.InvariantCulture, out var v) ? v : null;
}
