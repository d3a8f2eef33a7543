using System.Text;
using System.Text.Json;
using Telegram.Bot;
using Telegram.Bot.Types.ReplyMarkups;

namespace SchoolSupport.TestBotApi.Internal;

/// <summary>The reply_markup of a call, checked the way Telegram checks it.</summary>
internal sealed record Markup(InlineKeyboardMarkup? Inline, IReadOnlyList<IReadOnlyList<string>> ReplyKeyboard)
{
    private const int MaxCallbackDataBytes = 64;

    public static Markup Read(ApiRequest request)
    {
        switch (request.Deserialize<ReplyMarkup>("reply_markup"))
        {
            case InlineKeyboardMarkup inline:
                Validate(inline);
                return new Markup(inline, []);
            case ReplyKeyboardMarkup keyboard:
                return new Markup(null, [.. keyboard.Keyboard.Select(row => (IReadOnlyList<string>)[.. row.Select(b => b.Text)])]);
            default:
                return new Markup(null, []);
        }
    }

    /// <summary>The inline keyboard of editMessage* calls (only inline keyboards are allowed there).</summary>
    public static InlineKeyboardMarkup? ReadInline(ApiRequest request)
    {
        var inline = request.Deserialize<InlineKeyboardMarkup>("reply_markup");
        if (inline is not null)
        {
            Validate(inline);
        }

        return inline is null || inline.InlineKeyboard.Any(row => row.Any()) ? inline : null;
    }

    public static IReadOnlyList<IReadOnlyList<RecordedButton>> Buttons(InlineKeyboardMarkup? keyboard) =>
        keyboard is null
            ? []
            : [.. keyboard.InlineKeyboard.Select(row =>
                (IReadOnlyList<RecordedButton>)[.. row.Select(b => new RecordedButton(b.Text, b.CallbackData, b.Url))])];

    public static bool SameKeyboard(InlineKeyboardMarkup? a, InlineKeyboardMarkup? b) =>
        JsonSerializer.Serialize(a, JsonBotAPI.Options) == JsonSerializer.Serialize(b, JsonBotAPI.Options);

    private static void Validate(InlineKeyboardMarkup keyboard)
    {
        foreach (var button in keyboard.InlineKeyboard.SelectMany(row => row))
        {
            if (string.IsNullOrEmpty(button.Text))
            {
                throw ApiError.BadRequest("text must be non-empty");
            }

            if (button.CallbackData is { } data && (data.Length == 0 || Encoding.UTF8.GetByteCount(data) > MaxCallbackDataBytes))
            {
                throw ApiError.BadRequest("BUTTON_DATA_INVALID");
            }

            if (button.CallbackData is null && button.Url is null && button.WebApp is null && button.LoginUrl is null
                && button.SwitchInlineQuery is null && button.SwitchInlineQueryCurrentChat is null
                && button.SwitchInlineQueryChosenChat is null && button.CopyText is null && button.CallbackGame is null && !button.Pay)
            {
                throw ApiError.BadRequest("text buttons are unallowed in the inline keyboard");
            }
        }
    }
}
