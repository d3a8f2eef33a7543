using LiteDB;
using SchoolSupport.Bot.Features.Reviews;
using SchoolSupport.Bot.Features.Roadmaps;
using SchoolSupport.Bot.Storage;
using SchoolSupport.Domain.Nudges;
using SchoolSupport.Domain.Participants;
using SchoolSupport.Domain.Reviews;
using SchoolSupport.Domain.Roadmaps;
using SchoolSupport.Domain.Schools;
using SchoolSupport.Domain.Status;

namespace SchoolSupport.Bot.Features.Status;

/// <summary>A set of schools with their statuses and the reviews waiting there, read once for one screen.</summary>
internal sealed record StatusScope(string Key, string Name, IReadOnlyList<SchoolStatus> Schools, IReadOnlyList<WaitingReview> Waiting);

/// <summary>Reads what /status shows from the repositories (indexed per school), for the domain to summarise.</summary>
internal sealed class StatusQuery(
    Store store, SchoolRepository schools, AssignmentRepository assignments, SubmissionRepository submissions, ParticipantRepository participants, Zones zones)
{
    /// <summary>Handed-over assignments are found by reviewer (an index of our own on the assignments' collection).</summary>
    private readonly ILiteCollection<BsonDocument> rawAssignments = Indexed(store.Database.GetCollection("roadmap_assignments"));

    /// <summary>From how many schools a screen reads whole collections instead of each school's documents.</summary>
    private const int BulkFrom = 40;

    public School? School(int id) => schools.Get(id);

    public IReadOnlyList<RoadmapAssignment> AssignmentsOf(int schoolId) => assignments.ForSchool(schoolId);

    public string MunicipalityName(string id) => schools.Municipality(id)?.Name ?? id;

    /// <summary>The municipalities a coordinator sees that have schools, with their school counts.</summary>
    public IReadOnlyList<(Municipality Municipality, int Schools)> Municipalities(Participant coordinator) =>
        schools.Municipalities()
            .Where(m => Access.CoordinatesMunicipality(coordinator, m.Id))
            .Select(m => (m, schools.InMunicipality(m.Id).Count))
            .Where(x => x.Count > 0)
            .ToList();

    /// <summary>The schools of a scope key, or null when the participant may not see it.</summary>
    public IReadOnlyList<School>? SchoolsOf(Participant me, string scope)
    {
        if (scope == StatusCallbacks.Mine)
            return schools.Get(Access.OwnSchoolIds(me, Role.Curator, Role.SchoolTeam).Concat(HandedOverTo(me)).Distinct())
                .OrderBy(s => s.Name, NaturalOrder.Instance).ToList();
        if (!me.Has(Role.Coordinator)) return null;
        if (scope == StatusCallbacks.Everywhere) return schools.All().Where(s => Access.CoordinatesSchool(me, s)).ToList();
        return Access.CoordinatesMunicipality(me, scope) ? schools.InMunicipality(scope) : null;
    }

    /// <summary>
    /// Schools whose reviews were handed over to <paramref name="me"/> (a curator sees them beside their own), read
    /// as raw documents: mapping every assignment with its template copy would cost more than the whole screen.
    /// </summary>
    private IEnumerable<int> HandedOverTo(Participant me) =>
        !me.Has(Role.Curator) ? []
        : rawAssignments.Find(Query.EQ(nameof(RoadmapAssignment.ReviewerId), me.Id))
            .Select(d => d[nameof(RoadmapAssignment.SchoolId)].AsInt32).ToList();

    private static ILiteCollection<BsonDocument> Indexed(ILiteCollection<BsonDocument> c)
    {
        c.EnsureIndex(nameof(RoadmapAssignment.ReviewerId));
        return c;
    }

    public string ScopeName(string scope) => scope switch
    {
        StatusCallbacks.Mine => StatusTexts.MySchools,
        StatusCallbacks.Everywhere => StatusTexts.AllMunicipalities,
        _ => MunicipalityName(scope),
    };

    /// <summary>Statuses of <paramref name="list"/> and (unless not needed) the reviews waiting there with their reviewers.</summary>
    public StatusScope Load(string key, IReadOnlyList<School> list, DateTime nowUtc, bool withReviews = true)
    {
        var byId = list.ToDictionary(s => s.Id);
        var statuses = new List<SchoolStatus>(list.Count);
        var allAssignments = new Dictionary<string, RoadmapAssignment>(StringComparer.Ordinal);
        var pending = new List<Submission>();
        // Many schools: two scans beat an index lookup per school and collection.
        var bulk = list.Count > BulkFrom;
        var assignmentsBySchool = bulk ? assignments.All().ToLookup(a => a.SchoolId) : null;
        var docsBySchool = bulk ? submissions.All().ToLookup(d => d.SchoolId) : null;
        foreach (var school in list)
        {
            var mine = assignmentsBySchool?[school.Id].ToList() ?? assignments.ForSchool(school.Id);
            foreach (var a in mine) allAssignments[a.Id] = a;
            var docs = docsBySchool?[school.Id].ToList() ?? submissions.ForSchool(school.Id);
            pending.AddRange(docs.Where(d => d.State.IsPending()));
            statuses.Add(SchoolStatuses.Of(school, mine, docs, nowUtc));
        }
        if (!withReviews) return new StatusScope(key, ScopeName(key), statuses, []);
        // Reviewers are curators, the curator a school was handed over to, or coordinators: nobody else needs reading.
        var reviewers = participants.All().Where(p => p.Has(Role.Curator) || p.Has(Role.Coordinator)).ToList();
        var world = new NudgeWorld
        {
            People = reviewers, Schools = byId, Assignments = allAssignments, Pending = pending,
            ZoneOf = zones.ForParticipant, SchoolZone = zones.ForSchool, SentAtUtc = _ => null,
        };
        return new StatusScope(key, ScopeName(key), statuses, WaitingReview.All(world, nowUtc));
    }

    /// <summary>A school's status on its main roadmap, and on its other roadmaps.</summary>
    public (SchoolStatus Main, IReadOnlyList<SchoolStatus> Others) Statuses(School school, DateTime nowUtc)
    {
        var list = assignments.ForSchool(school.Id);
        var docs = submissions.ForSchool(school.Id);
        var main = SchoolStatuses.Of(school, list, docs, nowUtc);
        var others = list.Where(a => a.Id != main.Assignment?.Id)
            .Select(a => SchoolStatuses.For(school, a, docs, main.Waiting, nowUtc)).ToList();
        return (main, others);
    }

    /// <summary>The curators of a school, by name (for the export).</summary>
    public static string Curators(School school, IReadOnlyList<Participant> people) =>
        string.Join(", ", people.Where(p => Access.IsCuratorOf(p, school.Id)).Select(p => p.DisplayName ?? "").Where(n => n.Length > 0));

    public IReadOnlyList<Participant> People() => participants.All();
}
