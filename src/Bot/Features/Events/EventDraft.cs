using System.Globalization;
using SchoolSupport.Domain.Audiences;
using SchoolSupport.Domain.Conversations;
using SchoolSupport.Domain.Events;
using SchoolSupport.Domain.Messaging;

namespace SchoolSupport.Bot.Features.Events;

/// <summary>The event being created, kept in the organiser's conversation (the audience under "aud.*", by the picker).</summary>
internal static class EventDraft
{
    public const string Kind = "kind";
    public const string Title = "title";
    public const string Description = "desc";
    public const string Start = "start";
    public const string Duration = "dur";
    public const string Link = "link";
    public const string FileName = "file.name";
    public const string FilePath = "file.path";
    public const string FileSize = "file.size";

    public static Conversation WithStart(Conversation c, DateTime utc, DateTime now) =>
        c.With(Start, utc.Ticks.ToString(CultureInfo.InvariantCulture), now);

    public static Conversation WithMaterials(Conversation c, MaterialsFile? f, DateTime now) => c
        .With(FileName, f?.FileName, now)
        .With(FilePath, f?.StoredPath, now)
        .With(FileSize, f?.Size.ToString(CultureInfo.InvariantCulture), now);

    public static DateTime StartOf(Conversation c) =>
        long.TryParse(c.Get(Start), NumberStyles.None, CultureInfo.InvariantCulture, out var ticks) ? new DateTime(ticks, DateTimeKind.Utc) : DateTime.MinValue;

    /// <summary>The event as the draft describes it; <paramref name="id"/> is a placeholder for previews.</summary>
    public static Event Build(Conversation c, string id, string organiserId, ChatAddress organiserChat, Audience audience,
        IReadOnlyList<int> reminderMinutes, DateTime now) => new()
    {
        Id = id,
        Kind = Enum.TryParse<EventKind>(c.Get(Kind), out var kind) ? kind : EventKind.Webinar,
        Title = c.Get(Title) ?? "",
        Description = c.Get(Description) ?? "",
        StartUtc = StartOf(c),
        DurationMinutes = int.TryParse(c.Get(Duration), NumberStyles.None, CultureInfo.InvariantCulture, out var minutes) ? minutes : 60,
        Link = c.Get(Link) is { Length: > 0 } link ? link : null,
        Materials = c.Get(FilePath) is { } path
            ? new MaterialsFile { FileName = c.Get(FileName) ?? "materials", StoredPath = path, Size = long.Parse(c.Get(FileSize) ?? "0", CultureInfo.InvariantCulture) }
            : null,
        Audience = audience,
        OrganiserId = organiserId,
        OrganiserChat = organiserChat,
        Status = EventStatus.Scheduled,
        CreatedAtUtc = now,
        AnnounceAtUtc = now,
        ReminderMinutes = reminderMinutes,
        RemindersFromUtc = now,
    };
}
