using LiteDB;
using SchoolSupport.Bot.Features.Roadmaps;
using SchoolSupport.Bot.Storage;
using SchoolSupport.Domain.Reviews;

namespace SchoolSupport.Bot.Features.Reviews;

/// <summary>Documents of roadmap stages with their versions and review history ("submissions").</summary>
internal sealed class SubmissionRepository
{
    private readonly ILiteCollection<Submission> items;

    public SubmissionRepository(Store store)
    {
        DateOnlyMapping.Register(store.Database.Mapper);
        items = store.Collection<Submission>("submissions");
        items.EnsureIndex(s => s.AssignmentId);
        items.EnsureIndex(s => s.SchoolId);
        items.EnsureIndex(s => s.State);
    }

    public Submission? Get(string id) => items.FindById(id);

    public IReadOnlyList<Submission> ForAssignment(string assignmentId) => items.Find(s => s.AssignmentId == assignmentId).ToList();

    public IReadOnlyList<Submission> ForSchool(int schoolId) => items.Find(s => s.SchoolId == schoolId).ToList();

    public Submission? ForSlot(string assignmentId, string stageId, string key) =>
        items.Find(s => s.AssignmentId == assignmentId).FirstOrDefault(s => s.StageId == stageId && s.DeliverableKey == key);

    /// <summary>Everything «на проверке».</summary>
    public IReadOnlyList<Submission> Pending() =>
        items.Find(s => s.State == ReviewState.Submitted || s.State == ReviewState.Resubmitted).ToList();

    public IReadOnlyList<Submission> All() => items.FindAll().ToList();

    public void Save(Submission s) => items.Upsert(s);
}
