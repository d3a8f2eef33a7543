using System.Globalization;
using System.Text.Json.Nodes;
using Telegram.Bot.Types;

namespace SchoolSupport.TestBotApi.Internal.Methods;

/// <summary>setMyCommands, deleteMyCommands and getMyCommands, kept per scope (and language).</summary>
internal static class CommandMethods
{
    public static Task<object> SetMyCommands(ServerState state, ApiRequest request, CancellationToken ct)
    {
        var commands = request.Deserialize<BotCommand[]>("commands") ?? throw ApiError.BadRequest("commands is empty");
        if (commands.Length > 100)
        {
            throw ApiError.BadRequest("too many commands");
        }

        foreach (var command in commands)
        {
            Validate(command);
        }

        state.Commands.Set(ScopeKey(request), commands);
        return MethodTable.Ok;
    }

    public static Task<object> DeleteMyCommands(ServerState state, ApiRequest request, CancellationToken ct)
    {
        state.Commands.Set(ScopeKey(request), []);
        return MethodTable.Ok;
    }

    public static Task<object> GetMyCommands(ServerState state, ApiRequest request, CancellationToken ct) =>
        Task.FromResult<object>(state.Commands.Get(ScopeKey(request)).ToArray());

    /// <summary>"default", "all_private_chats", "chat:42", "chat_member:42:7", ... then "/ru" when language_code is given.</summary>
    public static string ScopeKey(ApiRequest request)
    {
        var scope = request.Json("scope") as JsonObject;
        var type = scope?["type"]?.GetValue<string>() ?? "default";
        var key = type switch
        {
            "default" or "all_private_chats" or "all_group_chats" or "all_chat_administrators" => type,
            "chat" or "chat_administrators" => $"{type}:{Id(scope, "chat_id")}",
            "chat_member" => $"{type}:{Id(scope, "chat_id")}:{Id(scope, "user_id")}",
            _ => throw ApiError.BadRequest("unsupported bot command scope type"),
        };
        return request.String("language_code") is { Length: > 0 } language ? $"{key}/{language}" : key;
    }

    private static string Id(JsonObject? scope, string name) => scope?[name]?.ToString() switch
    {
        null or "" => throw ApiError.BadRequest($"{name} is empty"),
        var raw when long.TryParse(raw, NumberStyles.Integer, CultureInfo.InvariantCulture, out var id) => id.ToString(CultureInfo.InvariantCulture),
        _ => throw ApiError.BadRequest("chat not found"),
    };

    private static void Validate(BotCommand command)
    {
        if (command.Command is not { Length: >= 1 and <= 32 } name || !name.All(c => c is (>= 'a' and <= 'z') or (>= '0' and <= '9') or '_'))
        {
            throw ApiError.BadRequest("BOT_COMMAND_INVALID");
        }

        if (command.Description is not { Length: >= 1 and <= 256 })
        {
            throw ApiError.BadRequest("command description must be non-empty");
        }
    }
}
