using SchoolSupport.Domain.Roadmaps;
using static SchoolSupport.Domain.Tests.Roadmaps.Templates;

namespace SchoolSupport.Domain.Tests.Roadmaps;

public sealed class RoadmapAssignmentsTests
{
    private static readonly DateTime Now = new(2027, 1, 10, 8, 0, 0, DateTimeKind.Utc);

    [Fact]
    public void Every_stage_gets_its_date_of_the_cycle_year_and_its_end_in_the_schools_zone()
    {
        var a = Assigned(year: 2027, zone: Yekaterinburg);

        Assert.Equal(["diagnostics", "concept-docs", "expertise", "meeting"], a.Deadlines.Select(d => d.StageId));
        Assert.Equal(new DateOnly(2027, 3, 30), a.DeadlineOf("concept-docs")!.Date);
        Assert.Equal(new DateTime(2027, 3, 30, 19, 0, 0, DateTimeKind.Utc), a.DeadlineOf("concept-docs")!.DueUtc);
        Assert.Equal("small", a.Template.Id);
        Assert.Equal(1, a.Template.Version);
    }

    [Fact]
    public void A_year_offset_puts_the_deadline_into_the_next_year() =>
        Assert.Equal(new DateOnly(2028, 2, 28), new DeadlineRule { Month = 2, Day = 28, YearOffset = 1 }.For(2027));

    [Fact]
    public void Moving_a_deadline_changes_that_stage_and_records_who_from_and_to()
    {
        var moved = RoadmapAssignments.MoveDeadline(Assigned(), "concept-docs", new DateOnly(2027, 4, 15), Moscow, "coord-vp", Now)!.Value;

        Assert.Equal(new DateOnly(2027, 4, 15), moved.Assignment.DeadlineOf("concept-docs")!.Date);
        Assert.Equal(new DateTime(2027, 4, 15, 21, 0, 0, DateTimeKind.Utc), moved.Assignment.DeadlineOf("concept-docs")!.DueUtc);
        Assert.Equal(new DateOnly(2027, 3, 1), moved.Assignment.DeadlineOf("diagnostics")!.Date);
        Assert.Equal((new DateOnly(2027, 3, 30), new DateOnly(2027, 4, 15), "coord-vp", Now), (moved.Change.From, moved.Change.To, moved.Change.By, moved.Change.AtUtc));
        Assert.Equal([moved.Change], moved.Assignment.DeadlineChanges);
    }

    [Fact]
    public void Moving_to_the_same_date_or_an_unknown_stage_changes_nothing()
    {
        Assert.Null(RoadmapAssignments.MoveDeadline(Assigned(), "concept-docs", new DateOnly(2027, 3, 30), Moscow, "coord-vp", Now));
        Assert.Null(RoadmapAssignments.MoveDeadline(Assigned(), "nowhere", new DateOnly(2027, 4, 1), Moscow, "coord-vp", Now));
    }

    [Fact]
    public void Activated_risks_are_kept_once_each()
    {
        var a = RoadmapAssignments.WithActivatedRisks(Assigned(), [Risk("3"), Risk("10"), Risk("3")]);

        Assert.Equal(["3", "10"], a.ActivatedRisks.Select(r => r.Id));
    }

    internal static ActivatedRisk Risk(string id) => new() { Id = id, Name = $"Риск {id}" };
}
