using SchoolSupport.Domain.Participants;
using SchoolSupport.Domain.Roadmaps;

namespace SchoolSupport.Domain.Tests.Roadmaps;

/// <summary>A small «500+»-like template: diagnostics (one document), concept documents (two plus one per activated risk), a curators' stage, a municipal measure.</summary>
internal static class Templates
{
    public static readonly TimeZoneInfo Moscow = TimeZoneInfo.FindSystemTimeZoneById("Europe/Moscow");
    public static readonly TimeZoneInfo Yekaterinburg = TimeZoneInfo.FindSystemTimeZoneById("Asia/Yekaterinburg");

    public static RoadmapTemplate Small() => new()
    {
        Id = "small",
        Title = "Тестовая дорожная карта",
        DocumentTypes =
        [
            new() { Id = "self-evaluation", Name = "Отчёт о самообследовании" },
            new() { Id = "concept", Name = "Концепция развития" },
            new() { Id = "midterm", Name = "Среднесрочная программа" },
            new() { Id = "antirisk", Name = "Антирисковая программа" },
            new() { Id = "expert-sheet", Name = "Экспертный лист" },
        ],
        Stages =
        [
            Stage("diagnostics", 3, 1, Role.SchoolTeam, Once("self-evaluation")),
            Stage("concept-docs", 3, 30, Role.SchoolTeam, Once("concept"), Once("midterm"), new() { Id = "antirisk", DocumentType = "antirisk", Per = DeliverableScope.ActivatedRisk }),
            Stage("expertise", 5, 20, Role.Curator, Once("expert-sheet")),
            Stage("meeting", 8, 31, Role.Coordinator),
        ],
    };

    public static StageTemplate Stage(string id, int month, int day, Role responsible, params DeliverableTemplate[] deliverables) => new()
    {
        Id = id,
        Title = id,
        Deadline = new DeadlineRule { Month = month, Day = day },
        Responsible = responsible,
        Deliverables = deliverables,
    };

    public static DeliverableTemplate Once(string type) => new() { Id = type, DocumentType = type };

    public static RoadmapAssignment Assigned(int schoolId = 1, int year = 2027, TimeZoneInfo? zone = null, string id = "asg") =>
        RoadmapAssignments.Create(id, schoolId, Small(), year, zone ?? Moscow, "coord-vp", new DateTime(2026, 12, 1, 0, 0, 0, DateTimeKind.Utc));
}
