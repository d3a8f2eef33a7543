using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;
using SchoolSupport.TestBotApi;

namespace SchoolSupport.TestMaxApi;

/// <summary>Answers the MAX Bot API calls the bot makes, as platform-api.max.ru does.</summary>
internal sealed class MaxEndpoint(MaxState state, string token, long botId, string botUsername, CancellationToken stopping)
{
    public const int MaxText = 4000;
    public const int MaxButtonsInRow = 7;
    public const int MaxPayloadBytes = 1024;
    private const int MaxPollSeconds = 90;

    public async Task HandleAsync(HttpContext http)
    {
        var request = http.Request;
        var path = request.Path.Value ?? "/";
        var method = $"{request.Method} {path}";
        var body = await ReadBodyAsync(request);
        var status = 200;
        string? error = null;
        try
        {
            if (path.StartsWith("/files/", StringComparison.Ordinal))
            {
                await ServeFileAsync(http, path["/files/".Length..]);
                return;
            }
            if (path.StartsWith("/upload/", StringComparison.Ordinal))
            {
                await WriteAsync(http, 200, ReceiveUpload(path["/upload/".Length..], request));
                return;
            }
            if (request.Query.ContainsKey("access_token"))
                throw new ApiError(401, "verify.token", "Token in query parameters is no longer supported: use the Authorization header");
            if (request.Headers.Authorization.ToString() != token)
                throw new ApiError(401, "verify.token", "Invalid access_token");
            if (Fault(method) is { } fault) await ApplyAsync(fault, http.RequestAborted);
            var answer = method switch
            {
                "GET /me" => Me(),
                "GET /updates" => await UpdatesAsync(request, http.RequestAborted),
                "POST /messages" => Send(request, Json(body)),
                "PUT /messages" => Edit(request, Json(body)),
                "POST /answers" => Answer(request, Json(body)),
                "POST /uploads" => UploadUrl(request),
                "GET /subscriptions" => Subscriptions(),
                "POST /subscriptions" => Subscribe(Json(body)),
                "DELETE /subscriptions" => Unsubscribe(request),
                _ => throw new ApiError(404, "not.found", $"Path {path} is not recognized"),
            };
            await WriteAsync(http, 200, answer);
        }
        catch (ApiError e)
        {
            status = e.Status;
            error = $"{e.Code}: {e.Message}";
            if (e.Status == 429) http.Response.Headers.RetryAfter = (e.RetryAfter ?? 1).ToString(CultureInfo.InvariantCulture);
            await WriteAsync(http, e.Status, new JsonObject { ["code"] = e.Code, ["message"] = e.Message });
        }
        catch (ConnectionDropped)
        {
            status = 0;
            error = "connection dropped";
            http.Abort();
        }
        catch (OperationCanceledException)
        {
            status = 499;
        }
        finally
        {
            Record(method, request, body, status, error);
        }
    }

    private Fault? Fault(string method)
    {
        lock (state.Gate) return state.TakeFault(method);
    }

    private async Task ApplyAsync(Fault fault, CancellationToken ct)
    {
        switch (fault)
        {
            case ErrorFault e:
                throw new ApiError(e.StatusCode, e.StatusCode switch
                {
                    429 => "too.many.requests",
                    403 => "chat.denied",
                    >= 500 => "internal.error",
                    _ => "proto.payload",
                }, e.Description, e.RetryAfter);
            case DelayFault d:
                await Task.Delay(d.Delay, stopping);
                return;
            case DisconnectFault:
                throw new ConnectionDropped();
            default:
                ct.ThrowIfCancellationRequested();
                return;
        }
    }

    private JsonObject Me() => new()
    {
        ["user_id"] = botId,
        ["first_name"] = "Школьный бот",
        ["name"] = "Школьный бот",
        ["username"] = botUsername,
        ["is_bot"] = true,
        ["last_activity_time"] = DateTimeOffset.UtcNow.ToUnixTimeMilliseconds(),
    };

    /// <summary>
    /// Long polling: a marker confirms (drops) every earlier update; without one, the first unconfirmed update
    /// onwards is returned. The answer's marker names the next update expected.
    /// </summary>
    private async Task<JsonObject> UpdatesAsync(HttpRequest request, CancellationToken ct)
    {
        var marker = Long(request, "marker");
        var limit = (int)Math.Clamp(Long(request, "limit") ?? 100, 1, 1000);
        var timeout = (int)Math.Clamp(Long(request, "timeout") ?? 30, 0, MaxPollSeconds);
        var types = request.Query["types"].ToString().Split(',', StringSplitOptions.RemoveEmptyEntries).ToHashSet(StringComparer.Ordinal);
        lock (state.Gate)
        {
            if (state.Subscriptions.Count > 0) throw new ApiError(409, "conflict", "Long polling is not available while a webhook subscription exists");
            if (marker is { } m && m > state.Confirmed)
            {
                state.Confirmed = Math.Min(m, state.NextSeq);
                state.Updates.RemoveAll(u => u.Seq < state.Confirmed);
            }
            state.ActivePolls++;
            state.Pulse();
        }
        try
        {
            using var cts = CancellationTokenSource.CreateLinkedTokenSource(ct, stopping);
            cts.CancelAfter(TimeSpan.FromSeconds(timeout));
            while (true)
            {
                Task next;
                lock (state.Gate)
                {
                    next = state.Next;
                    var from = marker ?? state.Confirmed;
                    var batch = state.Updates.Where(u => u.Seq >= from && (types.Count == 0 || types.Contains((string)u.Update["update_type"]!))).Take(limit).ToList();
                    if (batch.Count > 0)
                    {
                        return new JsonObject
                        {
                            ["updates"] = new JsonArray([.. batch.Select(b => (JsonNode)b.Update.DeepClone())]),
                            ["marker"] = batch[^1].Seq + 1,
                        };
                    }
                }
                try
                {
                    await next.WaitAsync(cts.Token);
                }
                catch (OperationCanceledException) when (!ct.IsCancellationRequested && !stopping.IsCancellationRequested)
                {
                    lock (state.Gate) return new JsonObject { ["updates"] = new JsonArray(), ["marker"] = marker ?? state.Confirmed };
                }
            }
        }
        finally
        {
            lock (state.Gate)
            {
                state.ActivePolls--;
                state.Pulse();
            }
        }
    }

    private JsonObject Send(HttpRequest request, JsonObject body)
    {
        var chatId = Long(request, "chat_id") ?? (Long(request, "user_id") is { } user ? MaxState.DialogOf(user) : throw new ApiError(400, "proto.payload", "chat_id or user_id is required"));
        lock (state.Gate)
        {
            var userId = MaxState.UserOfDialog(chatId);
            var group = state.Groups.Contains(chatId);
            if (!group && !state.Users.ContainsKey(userId)) throw new ApiError(404, "chat.not.found", $"Chat {chatId} not found: the user must write to the bot first");
            if (!group && state.Blocked.Contains(userId)) throw new ApiError(403, "chat.denied", "dialog.suspended: the user has blocked the bot");
            if (!state.Chats.TryGetValue(chatId, out var chat)) state.Chats[chatId] = chat = [];
            var message = new StoredMaxMessage
            {
                ChatId = chatId,
                Number = chat.Count == 0 ? 1 : chat[^1].Number + 1,
                Mid = "mid." + (++state.Ids).ToString("x8", CultureInfo.InvariantCulture) + "." + chatId.ToString(CultureInfo.InvariantCulture),
                Seq = state.Ids,
                At = DateTimeOffset.UtcNow,
            };
            Fill(message, body);
            chat.Add(message);
            state.ByMid[message.Mid] = message;
            state.Pulse();
            return new JsonObject { ["message"] = BotMessageJson(message) };
        }
    }

    private JsonObject Edit(HttpRequest request, JsonObject body)
    {
        var mid = request.Query["message_id"].ToString();
        lock (state.Gate)
        {
            if (!state.ByMid.TryGetValue(mid, out var message)) throw new ApiError(404, "not.found", $"Message {mid} not found");
            if (state.Blocked.Contains(MaxState.UserOfDialog(message.ChatId))) throw new ApiError(403, "chat.denied", "dialog.suspended: the user has blocked the bot");
            Fill(message, body, edit: true);
            message.EditCount++;
            state.Pulse();
            return new JsonObject { ["success"] = true };
        }
    }

    private JsonObject Answer(HttpRequest request, JsonObject body)
    {
        var id = request.Query["callback_id"].ToString();
        var notification = (string?)body["notification"];
        if (notification is null && body["message"] is null) throw new ApiError(400, "proto.payload", "message or notification is required");
        lock (state.Gate)
        {
            if (!state.OpenCallbacks.Remove(id)) throw new ApiError(400, "callback.not.found", $"Callback {id} not found or already answered");
            state.Answers.Add(new RecordedCallbackAnswer(id, notification, false));
            state.Pulse();
            return new JsonObject { ["success"] = true };
        }
    }

    private JsonObject UploadUrl(HttpRequest request)
    {
        var type = request.Query["type"].ToString();
        if (type is not ("file" or "image")) throw new ApiError(400, "proto.payload", $"Upload type {type} is not supported here");
        lock (state.Gate)
        {
            var id = "u" + (++state.Ids).ToString(CultureInfo.InvariantCulture) + (type == "image" ? "i" : "f");
            return new JsonObject { ["url"] = $"{request.Scheme}://{request.Host}/upload/{id}" };
        }
    }

    private JsonObject ReceiveUpload(string id, HttpRequest request)
    {
        if (!request.HasFormContentType || request.Form.Files.GetFile("data") is not { } file)
            throw new ApiError(400, "proto.payload", "multipart field \"data\" is required");
        using var buffer = new MemoryStream();
        file.CopyTo(buffer);
        var uploadToken = "tok-" + id;
        var image = id.EndsWith('i');
        lock (state.Gate)
        {
            state.Uploads[uploadToken] = (file.FileName, buffer.ToArray(), image);
            state.Pulse();
        }
        return image
            ? new JsonObject { ["photos"] = new JsonObject { ["p1"] = new JsonObject { ["token"] = uploadToken } } }
            : new JsonObject { ["token"] = uploadToken };
    }

    private JsonObject Subscriptions()
    {
        lock (state.Gate)
            return new JsonObject { ["subscriptions"] = new JsonArray([.. state.Subscriptions.Keys.Select(u => (JsonNode)new JsonObject { ["url"] = u })]) };
    }

    private JsonObject Subscribe(JsonObject body)
    {
        var url = (string?)body["url"] ?? throw new ApiError(400, "proto.payload", "url is required");
        if (!url.StartsWith("https://", StringComparison.Ordinal)) throw new ApiError(400, "proto.payload", "url must be https");
        lock (state.Gate)
        {
            state.Subscriptions[url] = (string?)body["secret"];
            state.Pulse();
        }
        return new JsonObject { ["success"] = true };
    }

    private JsonObject Unsubscribe(HttpRequest request)
    {
        lock (state.Gate)
        {
            state.Subscriptions.Remove(request.Query["url"].ToString());
            state.Pulse();
        }
        return new JsonObject { ["success"] = true };
    }

    /// <summary>Applies a NewMessageBody: text, keyboard and at most one uploaded file, checked as MAX checks them.</summary>
    private void Fill(StoredMaxMessage message, JsonObject body, bool edit = false)
    {
        var text = (string?)body["text"];
        if (text is { Length: > MaxText }) throw new ApiError(400, "proto.payload", $"text: length must be at most {MaxText}");
        var attachments = body["attachments"] as JsonArray;
        var buttons = new List<IReadOnlyList<RecordedButton>>();
        string? fileName = null;
        byte[]? content = null;
        var kind = "text";
        foreach (var attachment in attachments ?? [])
        {
            var type = (string?)attachment?["type"];
            var payload = attachment?["payload"];
            if (type == "inline_keyboard")
            {
                foreach (var row in payload?["buttons"] as JsonArray ?? [])
                {
                    var list = (row as JsonArray ?? []).Select(b => Button(b!)).ToList();
                    if (list.Count > MaxButtonsInRow) throw new ApiError(400, "proto.payload", $"at most {MaxButtonsInRow} buttons in a row");
                    buttons.Add(list);
                }
            }
            else if (type is "file" or "image")
            {
                var uploadToken = (string?)payload?["token"] ?? "";
                if (!state.Uploads.TryGetValue(uploadToken, out var upload)) throw new ApiError(400, "attachment.not.found", "Unknown attachment token");
                (fileName, content, kind) = (upload.Name, upload.Content, type == "image" ? "photo" : "document");
            }
            else
            {
                throw new ApiError(400, "proto.payload", $"attachment type {type} is not supported here");
            }
        }
        if (!edit || text is not null) message.Text = text;
        if (!edit || attachments is not null)
        {
            message.Buttons = buttons;
            message.Attachments = attachments is null ? [] : (JsonArray)attachments.DeepClone();
        }
        if (content is not null)
        {
            message.Kind = kind;
            message.FileName = fileName;
            message.FileContent = content;
        }
    }

    private static RecordedButton Button(JsonNode b)
    {
        var type = (string?)b["type"];
        var label = (string?)b["text"] ?? "";
        if (label.Length == 0) throw new ApiError(400, "proto.payload", "button text is required");
        return type switch
        {
            "callback" when (string?)b["payload"] is { } p && Encoding.UTF8.GetByteCount(p) <= MaxPayloadBytes => new RecordedButton(label, p, null),
            "callback" => throw new ApiError(400, "proto.payload", $"callback payload is required, at most {MaxPayloadBytes} bytes"),
            "link" when (string?)b["url"] is { } u => new RecordedButton(label, null, u),
            _ => throw new ApiError(400, "proto.payload", $"button type {type} is not supported here"),
        };
    }

    /// <summary>A bot message as MAX shows it in answers and in message_callback updates.</summary>
    public JsonObject BotMessageJson(StoredMaxMessage m) => new()
    {
        ["sender"] = new JsonObject { ["user_id"] = botId, ["first_name"] = "Школьный бот", ["username"] = botUsername, ["is_bot"] = true },
        ["recipient"] = state.Groups.Contains(m.ChatId)
            ? new JsonObject { ["chat_id"] = m.ChatId, ["chat_type"] = "chat" }
            : new JsonObject { ["chat_id"] = m.ChatId, ["chat_type"] = "dialog", ["user_id"] = MaxState.UserOfDialog(m.ChatId) },
        ["timestamp"] = m.At.ToUnixTimeMilliseconds(),
        ["body"] = new JsonObject { ["mid"] = m.Mid, ["seq"] = m.Seq, ["text"] = m.Text, ["attachments"] = m.Attachments.DeepClone() },
    };

    private async Task ServeFileAsync(HttpContext http, string id)
    {
        (string Name, byte[] Content) file;
        lock (state.Gate)
        {
            if (!state.UserFiles.TryGetValue(id, out file))
            {
                http.Response.StatusCode = 404;
                return;
            }
        }
        http.Response.ContentType = "application/octet-stream";
        http.Response.ContentLength = file.Content.Length;
        await http.Response.Body.WriteAsync(file.Content, http.RequestAborted);
    }

    private void Record(string method, HttpRequest request, string body, int status, string? error)
    {
        var chat = Long(request, "chat_id");
        // Calls without a JSON body are recorded with their query ("?marker=3&timeout=25…").
        var recorded = body.Length > 0 ? body : request.QueryString.Value ?? "";
        lock (state.Gate)
        {
            state.Calls.Add(new RecordedCall(method, chat, recorded, status, DateTimeOffset.UtcNow) { Error = error });
            state.Pulse();
        }
    }

    private static async Task WriteAsync(HttpContext http, int status, JsonObject answer)
    {
        if (http.RequestAborted.IsCancellationRequested) return;
        http.Response.StatusCode = status;
        http.Response.ContentType = "application/json; charset=utf-8";
        await http.Response.WriteAsync(answer.ToJsonString(), http.RequestAborted);
    }

    private static async Task<string> ReadBodyAsync(HttpRequest request)
    {
        if (request.HasFormContentType) return "";
        using var reader = new StreamReader(request.Body, Encoding.UTF8);
        return await reader.ReadToEndAsync();
    }

    private static JsonObject Json(string body)
    {
        try
        {
            return JsonNode.Parse(body) as JsonObject ?? throw new ApiError(400, "proto.payload", "a JSON object is required");
        }
        catch (JsonException e)
        {
            throw new ApiError(400, "proto.payload", "invalid JSON: " + e.Message);
        }
    }

    private static long? Long(HttpRequest request, string name) =>
        long.TryParse(request.Query[name].ToString(), NumberStyles.Integer, CultureInfo.InvariantCulture, out var v) ? v : null;

    private sealed class ApiError(int status, string code, string message, int? retryAfter = null) : Exception(message)
    {
        public int Status { get; } = status;
        public string Code { get; } = code;
        public int? RetryAfter { get; } = retryAfter;
    }

    private sealed class ConnectionDropped : Exception;
}
