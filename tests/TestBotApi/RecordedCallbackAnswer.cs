namespace SchoolSupport.TestBotApi;

/// <summary>An answerCallbackQuery call the server accepted.</summary>
public sealed record RecordedCallbackAnswer(string CallbackQueryId, string? Text, bool ShowAlert);
