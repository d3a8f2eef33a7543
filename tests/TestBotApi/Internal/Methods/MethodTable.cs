namespace SchoolSupport.TestBotApi.Internal.Methods;

/// <summary>The Bot API methods the server knows, by name (Telegram matches names case-insensitively).</summary>
internal static class MethodTable
{
    public static Task<object> Ok { get; } = Task.FromResult<object>(true);

    private static readonly Dictionary<string, ApiMethod> Methods = new(StringComparer.OrdinalIgnoreCase)
    {
        ["getMe"] = (state, _, _) => Task.FromResult<object>(state.Bot),
        ["getUpdates"] = UpdateMethods.GetUpdatesAsync,
        ["setWebhook"] = UpdateMethods.SetWebhook,
        ["deleteWebhook"] = UpdateMethods.DeleteWebhook,
        ["getWebhookInfo"] = UpdateMethods.GetWebhookInfo,
        ["sendMessage"] = MessageMethods.SendMessage,
        ["editMessageText"] = MessageMethods.EditMessageText,
        ["editMessageCaption"] = MessageMethods.EditMessageCaption,
        ["editMessageReplyMarkup"] = MessageMethods.EditMessageReplyMarkup,
        ["deleteMessage"] = MessageMethods.DeleteMessage,
        ["sendChatAction"] = MessageMethods.SendChatAction,
        ["answerCallbackQuery"] = MessageMethods.AnswerCallbackQuery,
        ["sendDocument"] = FileMethods.SendDocument,
        ["sendPhoto"] = FileMethods.SendPhoto,
        ["getFile"] = FileMethods.GetFile,
        ["setMyCommands"] = CommandMethods.SetMyCommands,
        ["deleteMyCommands"] = CommandMethods.DeleteMyCommands,
        ["getMyCommands"] = CommandMethods.GetMyCommands,
        ["close"] = (_, _, _) => Ok,
        ["logOut"] = (_, _, _) => Ok,
    };

    public static ApiMethod? Find(string name) => Methods.GetValueOrDefault(name);
}
