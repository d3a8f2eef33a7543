using SchoolSupport.Domain.Participants;
using SchoolSupport.Domain.Roadmaps;
using static SchoolSupport.Domain.Tests.Roadmaps.Templates;

namespace SchoolSupport.Domain.Tests.Roadmaps;

public sealed class RoadmapTemplateRulesTests
{
    [Fact]
    public void A_well_formed_template_has_no_problems() => Assert.Empty(RoadmapTemplateRules.Problems(Small()));

    [Fact]
    public void Stages_out_of_deadline_order_are_named()
    {
        var t = Small() with { Stages = [.. Small().Stages.Reverse()] };

        Assert.Contains(RoadmapTemplateRules.Problems(t), p => p.Contains("order stages by deadline", StringComparison.Ordinal));
    }

    [Fact]
    public void A_deliverable_of_an_unknown_document_type_is_named()
    {
        var t = Small() with { Stages = [Stage("s", 3, 1, Role.SchoolTeam, Once("nonexistent"))] };

        Assert.Contains("stage 's': deliverable 'nonexistent' refers to unknown document type 'nonexistent'", string.Join("; ", RoadmapTemplateRules.Problems(t)), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(2, 29, 0, "is not a date of every year")]
    [InlineData(4, 31, 0, "is not a date of every year")]
    [InlineData(13, 1, 0, "is not a date of every year")]
    [InlineData(3, 1, 2, "is not a date of every year")]
    public void Impossible_deadlines_are_named(int month, int day, int offset, string expected)
    {
        var t = Small() with { Stages = [Stage("s", 1, 1, Role.SchoolTeam, Once("concept")) with { Deadline = new DeadlineRule { Month = month, Day = day, YearOffset = offset } }] };

        Assert.Contains(RoadmapTemplateRules.Problems(t), p => p.Contains(expected, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(Role.Teacher, "responsible role Teacher is not one of")]
    [InlineData(Role.Parent, "responsible role Parent is not one of")]
    public void Only_school_teams_curators_and_coordinators_are_responsible(Role role, string expected)
    {
        var t = Small() with { Stages = [Stage("s", 3, 1, role, Once("concept"))] };

        Assert.Contains(RoadmapTemplateRules.Problems(t), p => p.Contains(expected, StringComparison.Ordinal));
    }

    [Fact]
    public void A_school_stage_without_documents_is_named() =>
        Assert.Contains(RoadmapTemplateRules.Problems(Small() with { Stages = [Stage("s", 3, 1, Role.SchoolTeam)] }),
            p => p.Contains("needs at least one deliverable", StringComparison.Ordinal));

    [Fact]
    public void Ids_must_be_unique_and_well_formed()
    {
        var t = Small() with
        {
            Id = "Bad Id",
            DocumentTypes = [.. Small().DocumentTypes, new DocumentType { Id = "concept", Name = "Ещё раз" }],
            Stages = [Stage("s", 3, 1, Role.SchoolTeam, Once("concept"), Once("concept")), Stage("s", 3, 2, Role.SchoolTeam, Once("concept"))],
        };

        var problems = string.Join("; ", RoadmapTemplateRules.Problems(t));

        Assert.Contains("template 'Bad Id': id must be", problems, StringComparison.Ordinal);
        Assert.Contains("document type 'concept' appears twice", problems, StringComparison.Ordinal);
        Assert.Contains("stage 's': id appears twice", problems, StringComparison.Ordinal);
        Assert.Contains("deliverable 'concept' appears twice", problems, StringComparison.Ordinal);
    }

    [Fact]
    public void Two_files_with_the_same_template_id_are_named() =>
        Assert.Contains("template id 'small' is used by 2 files", RoadmapTemplateRules.Problems([Small(), Small()]));

    [Fact]
    public void A_template_needs_a_title_a_version_and_stages()
    {
        var problems = string.Join("; ", RoadmapTemplateRules.Problems(Small() with { Title = " ", Version = 0, Stages = [] }));

        Assert.Contains("title must be", problems, StringComparison.Ordinal);
        Assert.Contains("version must be 1 or more", problems, StringComparison.Ordinal);
        Assert.Contains("needs 1..60 stages", problems, StringComparison.Ordinal);
    }
}
