using SchoolSupport.Bot.Features.Roadmaps;
using SchoolSupport.Domain.Participants;
using SchoolSupport.Domain.Roadmaps;

namespace SchoolSupport.Bot.Tests.Roadmaps;

/// <summary>Every shipped roadmap template (Content/roadmaps/*.json) loads and keeps the rules.</summary>
public sealed class RoadmapTemplateFilesTests
{
    private static readonly string Folder = RoadmapTemplates.DefaultDirectory;

    public static TheoryData<string> Files() => [.. Directory.GetFiles(Folder, "*.json").Select(Path.GetFileName).OfType<string>()];

    [Theory]
    [MemberData(nameof(Files))]
    public void Each_file_parses_and_has_no_problems(string file)
    {
        var template = RoadmapTemplateFile.Parse(File.ReadAllText(Path.Combine(Folder, file)), file);

        Assert.Empty(RoadmapTemplateRules.Problems(template));
    }

    [Fact]
    public void All_files_load_together_with_unique_ids()
    {
        var all = RoadmapTemplates.Load(Folder);

        Assert.Equal(Directory.GetFiles(Folder, "*.json").Length, all.Count);
        Assert.Equal(["500plus", "municipal-program"], all.Select(t => t.Id));
        Assert.Empty(RoadmapTemplateRules.Problems(all));
    }

    [Fact]
    public void The_500plus_cycle_follows_domain_section_5()
    {
        var t = RoadmapTemplates.Load(Folder).Single(x => x.Id == "500plus");

        Assert.Equal(["Диагностика", "Концептуальные документы", "Экспертиза", "Этап 1", "Взаимоэкспертиза", "Этап 2", "Итоги"], t.Stages.Select(s => s.Title));
        Assert.Equal(["1.3", "30.3", "20.5", "1.6", "1.11", "30.11", "25.12"], t.Stages.Select(s => $"{s.Deadline.Day}.{s.Deadline.Month}"));
        var concept = t.Stage("concept-docs")!;
        Assert.Equal(["Концепция развития", "Среднесрочная программа развития", "Антирисковая программа"], concept.Deliverables.Select(d => t.DocumentName(d.DocumentType)));
        Assert.Equal(DeliverableScope.ActivatedRisk, concept.Deliverables[2].Per);
        Assert.Equal(DeliverableScope.ActivatedRisk, t.Stage("stage-1")!.Deliverables.Single().Per);
        Assert.Equal(Role.Curator, t.Stage("expertise")!.Responsible);
        Assert.Equal("Экспертный лист", t.DocumentName(t.Stage("expertise")!.Deliverables.Single().DocumentType));
    }

    [Fact]
    public void The_municipal_programme_keeps_the_measure_period_executors_result_form()
    {
        var t = RoadmapTemplates.Load(Folder).Single(x => x.Id == "municipal-program");

        Assert.All(t.Stages, s =>
        {
            Assert.False(string.IsNullOrWhiteSpace(s.Period));
            Assert.False(string.IsNullOrWhiteSpace(s.Executors));
            Assert.False(string.IsNullOrWhiteSpace(s.Result));
            Assert.False(string.IsNullOrWhiteSpace(s.Group));
        });
        Assert.Contains(t.Stages, s => s.Title.StartsWith("3.1. ", StringComparison.Ordinal) && s.Responsible == Role.SchoolTeam && !s.IsInformational());
        Assert.Contains(t.Stages, s => s.Title.StartsWith("6.3. ", StringComparison.Ordinal) && s.Responsible == Role.Coordinator && s.IsInformational());
    }

    [Theory]
    [InlineData("""{"id": "x", "title": "X", "stages": [], "colour": "red"}""", "not a valid roadmap template")]
    [InlineData("""{"title": "X"}""", "not a valid roadmap template")]
    [InlineData("""{"id": "x", "title": "X", "stages": [{"id": "s", "title": "S", "deadline": {"month": 3, "day": 1}, "responsible": "Director"}]}""", "not a valid roadmap template")]
    [InlineData("null", "holds null")]
    public void A_broken_file_is_refused_with_its_name(string json, string expected)
    {
        var e = Assert.Throws<InvalidDataException>(() => RoadmapTemplateFile.Parse(json, "broken.json"));

        Assert.StartsWith("broken.json: ", e.Message, StringComparison.Ordinal);
        Assert.Contains(expected, e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_folder_with_a_rule_breaking_file_stops_the_load()
    {
        var dir = Path.Combine(Path.GetTempPath(), "schoolbot-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(dir);
        try
        {
            File.Copy(Path.Combine(Folder, "500plus.json"), Path.Combine(dir, "a.json"));
            File.Copy(Path.Combine(Folder, "500plus.json"), Path.Combine(dir, "b.json"));

            var e = Assert.Throws<InvalidDataException>(() => RoadmapTemplates.Load(dir));

            Assert.Contains("template id '500plus' is used by 2 files", e.Message, StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }
}
