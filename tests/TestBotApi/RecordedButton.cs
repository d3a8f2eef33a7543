namespace SchoolSupport.TestBotApi;

/// <summary>An inline keyboard button of a bot message.</summary>
public sealed record RecordedButton(string Text, string? CallbackData, string? Url);
