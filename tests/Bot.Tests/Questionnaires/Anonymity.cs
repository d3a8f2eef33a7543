using LiteDB;
using SchoolSupport.Bot.Delivery;
using SchoolSupport.Bot.Storage;
using SchoolSupport.Bot.Tests.Harness;
using SchoolSupport.Domain.Conversations;
using SchoolSupport.Domain.Messaging;
using SchoolSupport.Domain.Participants;

namespace SchoolSupport.Bot.Tests.Questionnaires;

/// <summary>What the data file must (not) hold once anonymous respondents submitted.</summary>
internal static class Anonymity
{
    private static readonly HashSet<string> SheetFields = ["_id", "CampaignId", "SchoolId", "InstrumentId", "InstrumentVersion", "Group", "Day", "Answers"];

    public static void AssertNothingLinksAnswersToPeople(this BotHarness bot, params TestUser[] respondents)
    {
        var db = bot.Get<Store>().Database;
        var people = respondents.Select(u => bot.Get<ParticipantRepository>().Find(new ChannelUser("telegram", u.Id))!).ToList();
        var sheets = db.GetCollection("answer_sheets").FindAll().ToList();
        Assert.NotEmpty(sheets);
        foreach (var sheet in sheets)
        {
            Assert.Equal(SheetFields, sheet.Keys.ToHashSet());
            Assert.Matches(@"^\d+\|[a-z-]+\|[a-z0-9]+\|[A-Za-z0-9_-]{22}$", sheet["_id"].AsString);
            Assert.Matches(@"^\d{4}-\d{2}-\d{2}$", sheet["Day"].AsString);
            var json = JsonSerializer.Serialize(sheet);
            foreach (var p in people) Assert.DoesNotContain(p.Id, json, StringComparison.Ordinal);
        }
        Assert.All(db.GetCollection("questionnaire_submitted").FindAll(), m => Assert.Equal(["_id"], m.Keys));
        foreach (var collection in new[] { "answer_sheets", "questionnaire_submitted" })
            Assert.Equal(["_id"], db.GetCollection("$indexes").Find(Query.EQ("collection", collection)).Select(i => i["name"].AsString));
        foreach (var (u, p) in respondents.Zip(people))
        {
            Assert.Empty(db.GetCollection("questionnaire_drafts").Find(Query.EQ("ParticipantId", p.Id)));
            Assert.True(db.GetCollection<Conversation>("conversations").FindById($"telegram:{u.Id}")?.IsIdle() ?? true);
            foreach (var item in bot.Get<Outbox>().ForChat("telegram", u.Id))
            {
                var (text, keyboard) = item.Message switch { TextOut t => (t.Text, t.Keyboard), EditOut e => (e.Text, e.Keyboard), _ => ("", null) };
                Assert.DoesNotContain("Проверьте ответы", text, StringComparison.Ordinal);
                Assert.DoesNotContain("Ваш ответ", text, StringComparison.Ordinal);
                Assert.DoesNotContain(keyboard?.Rows.SelectMany(r => r) ?? [], b => b.Data?.StartsWith("q:", StringComparison.Ordinal) == true);
            }
        }
    }
}
