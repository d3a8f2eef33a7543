namespace SchoolSupport.TestBotApi.Internal.Methods;

/// <summary>Sending, editing and deleting text messages, chat actions and callback answers.</summary>
internal static class MessageMethods
{
    public const int MaxTextLength = 4096;
    public const int MaxCaptionLength = 1024;
    private const int MaxCallbackAnswerLength = 200;

    public static Task<object> SendMessage(ServerState state, ApiRequest request, CancellationToken ct)
    {
        var chatId = request.RequireChatId();
        var text = CheckText(request.String("text"));
        var markup = Markup.Read(request);
        var sent = state.Chats.AddBotMessage(chatId, "text", message =>
        {
            message.Text = text;
            message.ParseMode = request.String("parse_mode");
            message.Keyboard = markup.Inline;
            message.ReplyKeyboard = markup.ReplyKeyboard;
        });
        return Task.FromResult<object>(sent);
    }

    public static Task<object> EditMessageText(ServerState state, ApiRequest request, CancellationToken ct)
    {
        var (chatId, messageId) = Target(request);
        var text = CheckText(request.String("text"));
        // As in Telegram: an edit without reply_markup removes the inline keyboard.
        var keyboard = Markup.ReadInline(request);
        var edited = state.Chats.Edit(chatId, messageId, message =>
        {
            if (message.Kind != "text")
            {
                throw ApiError.BadRequest("there is no text in the message to edit");
            }

            ThrowIfNotModified(message.Text == text && Markup.SameKeyboard(message.Keyboard, keyboard));
            message.Text = text;
            message.ParseMode = request.String("parse_mode");
            message.Keyboard = keyboard;
        });
        return Task.FromResult<object>(edited);
    }

    public static Task<object> EditMessageCaption(ServerState state, ApiRequest request, CancellationToken ct)
    {
        var (chatId, messageId) = Target(request);
        var caption = CheckCaption(request.String("caption"));
        var keyboard = Markup.ReadInline(request);
        var edited = state.Chats.Edit(chatId, messageId, message =>
        {
            if (message.Kind == "text")
            {
                throw ApiError.BadRequest("there is no caption in the message to edit");
            }

            ThrowIfNotModified(message.Text == caption && Markup.SameKeyboard(message.Keyboard, keyboard));
            message.Text = caption;
            message.ParseMode = request.String("parse_mode");
            message.Keyboard = keyboard;
        });
        return Task.FromResult<object>(edited);
    }

    public static Task<object> EditMessageReplyMarkup(ServerState state, ApiRequest request, CancellationToken ct)
    {
        var (chatId, messageId) = Target(request);
        var keyboard = Markup.ReadInline(request);
        var edited = state.Chats.Edit(chatId, messageId, message =>
        {
            ThrowIfNotModified(Markup.SameKeyboard(message.Keyboard, keyboard));
            message.Keyboard = keyboard;
        });
        return Task.FromResult<object>(edited);
    }

    public static Task<object> DeleteMessage(ServerState state, ApiRequest request, CancellationToken ct)
    {
        state.Chats.Delete(request.RequireChatId(), request.RequireInt("message_id"));
        return MethodTable.Ok;
    }

    public static Task<object> SendChatAction(ServerState state, ApiRequest request, CancellationToken ct)
    {
        state.Chats.Touch(request.RequireChatId());
        return MethodTable.Ok;
    }

    public static Task<object> AnswerCallbackQuery(ServerState state, ApiRequest request, CancellationToken ct)
    {
        var text = request.String("text");
        if (text is { Length: > MaxCallbackAnswerLength })
        {
            throw ApiError.BadRequest("MESSAGE_TOO_LONG");
        }

        state.Log.Answer(new RecordedCallbackAnswer(request.RequireString("callback_query_id"), text, request.Bool("show_alert")));
        return MethodTable.Ok;
    }

    public static string? CheckCaption(string? caption) => caption is { Length: > MaxCaptionLength }
        ? throw ApiError.BadRequest("message caption is too long")
        : caption;

    private static string CheckText(string? text) => text switch
    {
        null or "" => throw ApiError.BadRequest("message text is empty"),
        { Length: > MaxTextLength } => throw ApiError.BadRequest("message is too long"),
        _ => text,
    };

    private static (long ChatId, int MessageId) Target(ApiRequest request)
    {
        if (request.String("inline_message_id") is not null)
        {
            throw ApiError.BadRequest("MESSAGE_ID_INVALID");
        }

        return (request.RequireChatId(), request.RequireInt("message_id"));
    }

    private static void ThrowIfNotModified(bool unchanged)
    {
        if (unchanged)
        {
            throw ApiError.BadRequest(
                "message is not modified: specified new message content and reply markup are exactly the same as a current content and reply markup of the message");
        }
    }
}
