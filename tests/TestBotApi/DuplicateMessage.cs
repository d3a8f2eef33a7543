namespace SchoolSupport.TestBotApi;

/// <summary>The same message (kind, text or caption, file name) present <see cref="Count"/> times in one chat.</summary>
public sealed record DuplicateMessage(long ChatId, string Kind, string? Text, string? FileName, int Count);
