using System.Globalization;
using LiteDB;
using SchoolSupport.Bot.Storage;
using SchoolSupport.Domain.Roadmaps;

namespace SchoolSupport.Bot.Features.Roadmaps;

/// <summary>Roadmaps assigned to schools ("roadmap_assignments").</summary>
internal sealed class AssignmentRepository
{
    private readonly ILiteCollection<RoadmapAssignment> items;

    public AssignmentRepository(Store store)
    {
        DateOnlyMapping.Register(store.Database.Mapper);
        items = store.Collection<RoadmapAssignment>("roadmap_assignments");
        items.EnsureIndex(a => a.SchoolId);
    }

    public RoadmapAssignment? Get(string id) => items.FindById(id);

    public IReadOnlyList<RoadmapAssignment> ForSchool(int schoolId) => items.Find(a => a.SchoolId == schoolId).OrderBy(a => a.AssignedAtUtc).ToList();

    public IReadOnlyList<RoadmapAssignment> All() => items.FindAll().ToList();

    public bool Exists(int schoolId, string templateId, int year) =>
        ForSchool(schoolId).Any(a => a.Template.Id == templateId && a.Year == year);

    public void Save(RoadmapAssignment a) => items.Upsert(a);
}

/// <summary>Dates are stored as "yyyy-MM-dd" (LiteDB would otherwise store every property of DateOnly).</summary>
internal static class DateOnlyMapping
{
    private const string Format = "yyyy-MM-dd";

    public static void Register(BsonMapper mapper) => mapper.RegisterType(
        d => new BsonValue(d.ToString(Format, CultureInfo.InvariantCulture)),
        b => DateOnly.ParseExact(b.AsString, Format, CultureInfo.InvariantCulture));
}
