using SchoolSupport.Bot.Features.Questionnaires;
using SchoolSupport.Bot.Features.Questionnaires.Definitions;
using SchoolSupport.Bot.Hosting;
using SchoolSupport.Bot.Storage;
using SchoolSupport.Bot.Tests.Harness;
using SchoolSupport.Bot.Tests.Questionnaires;
using SchoolSupport.Bot.Tests.Reviews;
using SchoolSupport.Domain.Campaigns;
using SchoolSupport.Domain.Questionnaires;
using static SchoolSupport.Bot.Tests.Questionnaires.CampaignScenarios;

namespace SchoolSupport.Bot.Tests.Profile;

/// <summary>
/// A campaign at МАОУ «СОШ №7» (Верхняя Пышма) opened through the chat by its team, with every risk instrument and
/// «Есть ли изменения?» for grade 9, and the sheets of the respondents stored as the submitter stores them: the principal
/// (1) answers with the most problematic options, half of the 12 teachers with the most and half with the least, 8 parents
/// with the least, 3 students (too few to
/// show) with the most; the teachers find slight changes in every block.
/// </summary>
internal sealed record ProfileWorld(BotHarness Bot, ReviewCast Cast, Campaign Campaign)
{
    public const int Teachers = 12;
    public const int Parents = 8;
    public const int Students = 3;
    public const string ParentText = "Больше кружков после уроков";

    public static async Task<ProfileWorld> StartAsync(string channel = "telegram")
    {
        var bot = await BotHarness.StartAsync(channel);
        var cast = await bot.CastAsync();
        var c = await cast.Team.OpenCampaignAsync(bot, [Changes, "анкета учителя", "анкета руководителя", CampaignScenarios.Parents, CampaignScenarios.Students]);
        bot.Answered(c, GroupKind.Principal, "principal-risks", 1, Worst);
        bot.Answered(c, GroupKind.Teachers, "teacher-risks", Teachers / 2, Worst);
        bot.Answered(c, GroupKind.Teachers, "teacher-risks", Teachers / 2, Best);
        bot.Answered(c, GroupKind.Teachers, "teacher-changes", Teachers, i => i.Choices[1]);
        bot.Answered(c, GroupKind.Parents, "parent-risks", Parents, Best);
        bot.Answered(c, GroupKind.Students, "student-risks", Students, Worst);
        return new ProfileWorld(bot, cast, c);
    }

    /// <summary>The option with the highest problem score.</summary>
    public static ChoiceOption Worst(Item i) => i.Choices.Where(o => o.Score is not null).MaxBy(o => o.Score) ?? i.Choices[0];

    /// <summary>The option with the lowest problem score.</summary>
    public static ChoiceOption Best(Item i) => i.Choices.Where(o => o.Score is not null).MinBy(o => o.Score) ?? i.Choices[0];
}

internal static class ProfileSheets
{
    /// <summary><paramref name="count"/> anonymous sheets of one slot, every item answered (<paramref name="pick"/> chooses the option).</summary>
    public static void Answered(this BotHarness bot, Campaign c, GroupKind group, string instrumentId, int count, Func<Item, ChoiceOption> pick)
    {
        var slot = c.Slots.Single(s => s.Group.Kind == group && s.InstrumentId == instrumentId);
        var instrument = bot.Get<InstrumentCatalog>().Get(slot.InstrumentId, slot.InstrumentVersion)!;
        var sheets = bot.Get<AnswerSheetRepository>();
        bot.Get<Store>().Write(() =>
        {
            for (var n = 0; n < count; n++)
            {
                sheets.Add(new AnswerSheet
                {
                    Id = AnswerSheet.Prefix(c.SchoolId, slot.InstrumentId, slot.Group) + Ids.Random(16),
                    CampaignId = c.Id,
                    SchoolId = c.SchoolId,
                    InstrumentId = slot.InstrumentId,
                    InstrumentVersion = slot.InstrumentVersion,
                    Group = slot.Group,
                    Day = new DateOnly(2026, 11, 26),
                    Answers = [.. instrument.Items.Select(i => new ItemAnswer { ItemId = i.Id, Value = Answer(i, pick) })],
                });
            }
        });
    }

    private static AnswerValue Answer(Item i, Func<Item, ChoiceOption> pick) => i.Kind switch
    {
        ItemKind.Number => AnswerValue.Of(i.Min ?? 0),
        ItemKind.ShortText => AnswerValue.OfText(ProfileWorld.ParentText),
        _ => AnswerValue.Chosen(pick(i).Id),
    };
}
