using SchoolSupport.Bot.Features.Profile;
using SchoolSupport.Bot.Tests.Harness;
using SchoolSupport.Bot.Tests.Status;
using SchoolSupport.Domain.Participants;

namespace SchoolSupport.Bot.Tests.Profile;

public sealed class ProfileAccessTests
{
    [Fact]
    public async Task A_curator_of_two_schools_picks_one_and_a_parent_is_refused_in_russian()
    {
        await using var bot = await BotHarness.StartAsync();
        bot.SeedDemoSchools();
        bot.Person(501, StatusWorld.CuratorName, bot.At(Role.Curator, StatusWorld.School7, StatusWorld.School9));
        bot.Person(801, null, bot.At(Role.Parent, StatusWorld.School7));
        var (curator, parent) = (bot.User(501), bot.User(801));

        var pick = await curator.Says("/profile", ProfileTexts.PickSchool);
        Assert.Equal([StatusWorld.School7, StatusWorld.School9, "В меню"], pick.AllButtons.Select(b => b.Text.Replace("⬅️ ", "", StringComparison.Ordinal)));
        var profile = await curator.StepAsync(pick.MessageId, StatusWorld.School9);
        Assert.Equal($"🎯 Рисковый профиль · {StatusWorld.School9}\n\n{ProfileTexts.NoAnswers}", profile);
        Assert.NotNull(curator.Messages.Single(m => m.MessageId == pick.MessageId).Button("К школам").CallbackData);

        var refusal = await parent.Says("/profile", "Рисковый профиль школы видят");
        Assert.Equal(ProfileTexts.NoRights, refusal.Text);
        Assert.Equal(ProfileTexts.NotYours, await Questionnaires.CampaignScenarios.PressesData(parent, refusal.MessageId, ProfileCallbacks.School(bot.School(StatusWorld.School7).Id)));
    }
}
