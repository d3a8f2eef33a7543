namespace SchoolSupport.Domain.Broadcasts;

/// <summary>Limits of a mailing draft.</summary>
public static class MailingRules
{
    /// <summary>Leaves room within Telegram's 4096 characters for the «Ознакомлен(а)» mark added on acknowledgement.</summary>
    public const int MaxTextLength = 3500;
    /// <summary>The file is stored once and referred to by every recipient's message; Telegram takes up to 20 MB from users.</summary>
    public const long MaxFileBytes = 20 * 1024 * 1024;
    public const int DefaultFollowUpDays = 3;

    /// <summary>The follow-up delays offered; the default comes first.</summary>
    public static IReadOnlyList<int> FollowUpChoices { get; } = [DefaultFollowUpDays, 1, 2, 5, 7];

    public static bool IsValidFollowUp(int days) => FollowUpChoices.Contains(days);

    /// <summary>Text that is neither empty nor too long.</summary>
    public static bool IsValidText(string text) => !string.IsNullOrWhiteSpace(text) && text.Length <= MaxTextLength;
}
