using LiteDB;
using SchoolSupport.Bot.Features.Roadmaps;
using SchoolSupport.Domain.Campaigns;
using SchoolSupport.Domain.Questionnaires;

namespace SchoolSupport.Bot.Features.Questionnaires;

/// <summary>How campaigns, drafts and sheets are stored: dates as "yyyy-MM-dd", computed properties left out.</summary>
internal static class QuestionnaireMapping
{
    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<BsonMapper, object> Done = [];

    /// <summary>Once per mapper (every repository of this feature asks; LiteDB refuses to ignore a member twice).</summary>
    public static void Register(BsonMapper mapper)
    {
        lock (Done)
        {
            if (Done.TryGetValue(mapper, out _)) return;
            Done.Add(mapper, new object());
        }
        DateOnlyMapping.Register(mapper);
        mapper.Entity<Campaign>().Ignore(c => c.Groups);
        mapper.Entity<CampaignGroup>().Ignore(g => g.Key).Ignore(g => g.ByClassLink).Ignore(g => g.Role);
        mapper.Entity<Draft>().Ignore(d => d.Instrument);
        mapper.Entity<AnswerSheet>().Ignore(s => s.Instrument);
        mapper.Entity<AnswerValue>().Ignore(a => a.IsSkipped);
    }
}
