using Microsoft.Extensions.Logging;
using SchoolSupport.Bot.Content;

namespace SchoolSupport.Bot.Storage;

/// <summary>First local start: fills an empty store with the demo municipalities and schools from the seeds.</summary>
internal sealed class DemoSeed(Store store, SchoolRepository schools, ILogger<DemoSeed> log)
{
    public static string DefaultPath => Path.Combine(AppContext.BaseDirectory, "Content", "demo-data.json");

    public DemoData Ensure()
    {
        var data = DemoData.Load(DefaultPath);
        store.Write(() =>
        {
            if (schools.Count() > 0 || schools.Municipalities().Count > 0) return;
            foreach (var m in data.Municipalities) schools.Save(m);
            foreach (var s in data.Schools) schools.Add(s);
            log.LogInformation("Demo data loaded: {Municipalities} municipalities, {Schools} schools", data.Municipalities.Count, data.Schools.Count);
        });
        return data;
    }
}
