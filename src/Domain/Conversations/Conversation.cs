namespace SchoolSupport.Domain.Conversations;

/// <summary>
/// The persisted state of a multi-step dialogue with one chat user (python-telegram-bot's persistent
/// ConversationHandler, made explicit). <see cref="Version"/> grows on every step so buttons from an
/// earlier step can be recognised as stale.
/// </summary>
public sealed record Conversation
{
    /// <summary>The channel user key ("telegram:42").</summary>
    public required string Id { get; init; }
    public string Flow { get; init; } = "";
    public string Step { get; init; } = "";
    public Dictionary<string, string> Data { get; init; } = [];
    public int Version { get; init; }
    public DateTime UpdatedAtUtc { get; init; }

    public bool IsIdle() => Flow.Length == 0;

    public string? Get(string key) => Data.TryGetValue(key, out var v) ? v : null;

    public Conversation Start(string flow, string step, DateTime nowUtc) =>
        this with { Flow = flow, Step = step, Data = new Dictionary<string, string>(), Version = Version + 1, UpdatedAtUtc = nowUtc };

    public Conversation Goto(string step, DateTime nowUtc) =>
        this with { Step = step, Version = Version + 1, UpdatedAtUtc = nowUtc };

    public Conversation With(string key, string? value, DateTime nowUtc)
    {
        var data = new Dictionary<string, string>(Data);
        if (value is null) data.Remove(key); else data[key] = value;
        return this with { Data = data, UpdatedAtUtc = nowUtc };
    }

    /// <summary>A set of values kept under <paramref name="key"/> as "a,b,c" (the ticks of a multiple choice in a wizard).</summary>
    public HashSet<string> Set(string key) =>
        (Get(key) ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries).ToHashSet(StringComparer.Ordinal);

    /// <summary>Adds <paramref name="value"/> to the set under <paramref name="key"/>, or removes it if it is there.</summary>
    public Conversation Toggle(string key, string value, DateTime nowUtc)
    {
        var set = Set(key);
        if (!set.Remove(value)) set.Add(value);
        return With(key, set.Count == 0 ? null : string.Join(',', set.Order(StringComparer.Ordinal)), nowUtc);
    }

    public Conversation Clear(DateTime nowUtc) =>
        this with { Flow = "", Step = "", Data = new Dictionary<string, string>(), Version = Version + 1, UpdatedAtUtc = nowUtc };
}
