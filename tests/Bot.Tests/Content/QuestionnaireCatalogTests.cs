using SchoolSupport.Bot.Features.Questionnaires.Definitions;
using SchoolSupport.Domain.Questionnaires;

namespace SchoolSupport.Bot.Tests.Content;

/// <summary>The catalog keeps every version in the folder and refuses broken files with a clear message.</summary>
public sealed class QuestionnaireCatalogTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("questionnaires-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private void CopyShipped()
    {
        foreach (var f in Directory.GetFiles(InstrumentCatalog.DefaultDirectory, "*.json")) File.Copy(f, Path.Combine(_dir, Path.GetFileName(f)));
    }

    private static string Shipped(string id) => File.ReadAllText(Path.Combine(InstrumentCatalog.DefaultDirectory, $"{id}.v1.json"));

    [Fact]
    public void Every_version_stays_readable_and_the_newest_is_latest()
    {
        CopyShipped();
        var v2 = Shipped("teacher-changes").Replace("\"version\": 1,", "\"version\": 2,", StringComparison.Ordinal)
            .Replace("Школа выделяет учителям время для самообучения", "Школа выделяет учителям время на самообразование", StringComparison.Ordinal);
        File.WriteAllText(Path.Combine(_dir, "teacher-changes.v2.json"), v2);

        var catalog = new InstrumentCatalog(_dir, InstrumentCatalog.DefaultRiskFile);

        Assert.Equal(2, catalog.LatestOf("teacher-changes")!.Version);
        Assert.Contains("самообучения", catalog.Get("teacher-changes", 1)!.Item("development-2")!.Text, StringComparison.Ordinal);
        Assert.Contains("самообразование", catalog.Get(new InstrumentVersion("teacher-changes", 2))!.Item("development-2")!.Text, StringComparison.Ordinal);
        Assert.Null(catalog.Get("teacher-changes", 3));
        Assert.Equal(2, catalog.For(RespondentGroup.Teacher).Count);
    }

    [Fact]
    public void A_file_named_for_another_version_is_refused()
    {
        CopyShipped();
        File.Move(Path.Combine(_dir, "parent-risks.v1.json"), Path.Combine(_dir, "parent-risks.v3.json"));

        var e = Assert.Throws<InvalidDataException>(() => new InstrumentCatalog(_dir, InstrumentCatalog.DefaultRiskFile));

        Assert.Contains("parent-risks.v3.json: holds parent-risks@1, so it must be named parent-risks.v1.json", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unknown_field_names_the_file()
    {
        CopyShipped();
        File.WriteAllText(Path.Combine(_dir, "student-risks.v1.json"), Shipped("student-risks").Replace("\"kind\": \"Scale\"", "\"kind\": \"Slider\"", StringComparison.Ordinal));

        var e = Assert.Throws<InvalidDataException>(() => new InstrumentCatalog(_dir, InstrumentCatalog.DefaultRiskFile));

        Assert.StartsWith("student-risks.v1.json: not a valid questionnaire", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_risk_the_catalogue_lacks_is_refused()
    {
        CopyShipped();
        File.WriteAllText(Path.Combine(_dir, "parent-risks.v1.json"), Shipped("parent-risks").Replace("\"risks\": [8]", "\"risks\": [11]", StringComparison.Ordinal));

        var e = Assert.Throws<InvalidDataException>(() => new InstrumentCatalog(_dir, InstrumentCatalog.DefaultRiskFile));

        Assert.Contains("instrument parent-risks@1, item 'meetings': unknown risk 11", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Too_few_items_for_a_risk_stop_the_start()
    {
        CopyShipped();
        File.Delete(Path.Combine(_dir, "principal-risks.v1.json"));

        var e = Assert.Throws<InvalidDataException>(() => new InstrumentCatalog(_dir, InstrumentCatalog.DefaultRiskFile));

        Assert.Contains("risk 1 is informed by 1 items; at least 3 are needed", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_setup_turns_a_broken_folder_into_a_start_up_error()
    {
        var services = new Microsoft.Extensions.DependencyInjection.ServiceCollection();

        var e = Assert.Throws<InvalidOperationException>(() =>
            services.AddInstrumentCatalog(catalogFactory: () => new InstrumentCatalog(_dir, InstrumentCatalog.DefaultRiskFile)));

        Assert.Contains("No questionnaires in", e.Message, StringComparison.Ordinal);
    }
}
