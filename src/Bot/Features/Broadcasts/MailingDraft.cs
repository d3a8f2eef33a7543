using System.Globalization;
using SchoolSupport.Domain.Broadcasts;
using SchoolSupport.Domain.Conversations;

namespace SchoolSupport.Bot.Features.Mailings;

/// <summary>The mailing being written, kept in the conversation under "bc.*" (the audience under "aud.*").</summary>
internal static class MailingDraft
{
    public const string Flow = "mailing";
    public const string TextStep = "text";
    public const string FileStep = "file";
    public const string AckStep = "ack";
    public const string PreviewStep = "preview";
    public const string WhenStep = "when";

    private const string Text = "bc.text";
    private const string FileKey = "bc.file";
    private const string FileName = "bc.fname";
    private const string FileSize = "bc.fsize";
    private const string Days = "bc.days";

    public static string TextOf(Conversation c) => c.Get(Text) ?? "";

    public static MailingFile? FileOf(Conversation c) =>
        c.Get(FileKey) is { } key && c.Get(FileName) is { } name
            ? new MailingFile { Key = key, FileName = name, Size = long.TryParse(c.Get(FileSize), CultureInfo.InvariantCulture, out var size) ? size : 0 }
            : null;

    /// <summary>Days until the follow-up; 0 = no acknowledgement asked.</summary>
    public static int FollowUpDaysOf(Conversation c) => int.TryParse(c.Get(Days), CultureInfo.InvariantCulture, out var d) ? d : 0;

    public static Conversation WithText(Conversation c, string text, DateTime now) => c.With(Text, text, now);

    public static Conversation WithFile(Conversation c, MailingFile? file, DateTime now) => c
        .With(FileKey, file?.Key, now)
        .With(FileName, file?.FileName, now)
        .With(FileSize, file?.Size.ToString(CultureInfo.InvariantCulture), now);

    public static Conversation WithFollowUp(Conversation c, int days, DateTime now) =>
        c.With(Days, days.ToString(CultureInfo.InvariantCulture), now);
}
