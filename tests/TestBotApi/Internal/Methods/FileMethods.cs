namespace SchoolSupport.TestBotApi.Internal.Methods;

/// <summary>sendDocument, sendPhoto (multipart upload or a known file_id) and getFile.</summary>
internal static class FileMethods
{
    private const long MaxDocumentBytes = 50L * 1024 * 1024;
    private const long MaxPhotoBytes = 10L * 1024 * 1024;
    private const long MaxDownloadBytes = 20L * 1024 * 1024;

    public static Task<object> SendDocument(ServerState state, ApiRequest request, CancellationToken ct) =>
        Send(state, request, "document", isPhoto: false);

    public static Task<object> SendPhoto(ServerState state, ApiRequest request, CancellationToken ct) =>
        Send(state, request, "photo", isPhoto: true);

    public static Task<object> GetFile(ServerState state, ApiRequest request, CancellationToken ct)
    {
        var file = state.Files.ById(request.RequireString("file_id")) ?? throw ApiError.BadRequest("invalid file_id");
        return file.Content.Length > MaxDownloadBytes
            ? throw ApiError.BadRequest("file is too big")
            : Task.FromResult<object>(file.ToTelegramFile());
    }

    private static Task<object> Send(ServerState state, ApiRequest request, string kind, bool isPhoto)
    {
        var chatId = request.RequireChatId();
        var caption = MessageMethods.CheckCaption(request.String("caption"));
        var markup = Markup.Read(request);
        var file = Resolve(state, request, kind, isPhoto);
        var sent = state.Chats.AddBotMessage(chatId, kind, message =>
        {
            message.Text = caption;
            message.ParseMode = request.String("parse_mode");
            message.File = file;
            message.Keyboard = markup.Inline;
            message.ReplyKeyboard = markup.ReplyKeyboard;
        });
        return Task.FromResult<object>(sent);
    }

    /// <summary>The file a send refers to: a new upload, or a file_id the server handed out before.</summary>
    private static StoredFile Resolve(ServerState state, ApiRequest request, string parameter, bool isPhoto)
    {
        if (request.Upload(parameter) is { } upload)
        {
            if (upload.Content.Length == 0)
            {
                throw ApiError.BadRequest("file must be non-empty");
            }

            if (upload.Content.Length > (isPhoto ? MaxPhotoBytes : MaxDocumentBytes))
            {
                throw new ApiError(413, "Request Entity Too Large");
            }

            return state.Files.Add(upload.FileName, upload.Content, null, isPhoto);
        }

        var reference = request.String(parameter) ?? throw ApiError.BadRequest($"there is no {parameter} in the request");
        if (state.Files.ById(reference) is { } known)
        {
            return known.IsPhoto == isPhoto
                ? known
                : throw ApiError.BadRequest(isPhoto ? "can't use file of type Document as Photo" : "can't use file of type Photo as Document");
        }

        throw ApiError.BadRequest(Uri.TryCreate(reference, UriKind.Absolute, out _)
            ? "failed to get HTTP URL content"
            : "wrong file identifier/HTTP URL specified");
    }
}
