namespace SchoolSupport.TestBotApi.Internal.Methods;

/// <summary>Handles one Bot API method: returns the result object, or throws <see cref="ApiError"/>.</summary>
internal delegate Task<object> ApiMethod(ServerState state, ApiRequest request, CancellationToken ct);
