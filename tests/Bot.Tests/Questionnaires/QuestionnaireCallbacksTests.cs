using System.Text;
using SchoolSupport.Bot.Features.Questionnaires;
using SchoolSupport.Domain.Messaging;
using SchoolSupport.Domain.Questionnaires;

namespace SchoolSupport.Bot.Tests.Questionnaires;

public sealed class QuestionnaireCallbacksTests
{
    [Fact]
    public void The_longest_payloads_stay_far_below_64_bytes_and_parse_back()
    {
        string[] all =
        [
            QuestionnaireCallbacks.Tick("Ab-_CdEf", 99, 999, "99", true),
            QuestionnaireCallbacks.Submit("Ab-_CdEf", 99, int.MaxValue),
            QuestionnaireCallbacks.Edit("Ab-_CdEf", 99, 999),
            CampaignCallbacks.Wizard("c2", 3, int.MaxValue),
            CampaignCallbacks.ExpectedFor("Ab-_CdEf", "s9"),
        ];
        Assert.All(all, data => Assert.True(Encoding.UTF8.GetByteCount(data) <= 40, data));

        Assert.True(CallbackData.TryParse(QuestionnaireCallbacks.Tick("Ab-_CdEf", 3, 17, "x", false), out var d));
        Assert.True(QuestionnaireCallbacks.TryParse(d, out var press));
        Assert.Equal(new QuestionnaireCallbacks("t", "Ab-_CdEf", 3, "17", "x", "0"), press);
    }

    [Theory]
    [InlineData("q:o")]
    [InlineData("q:o:abc")]
    [InlineData("q:o:abc:x:1")]
    [InlineData("q:o:abcdefghijklmnopq:1:1")]
    public void Malformed_payloads_do_not_parse(string data)
    {
        Assert.True(CallbackData.TryParse(data, out var d));
        Assert.False(QuestionnaireCallbacks.TryParse(d, out _));
    }

    [Fact]
    public void Slots_are_one_per_instrument_and_group_with_parents_and_students_per_grade()
    {
        static Instrument I(string id, RespondentGroup g) => new() { Id = id, Version = 2, Title = id, Respondent = g };
        var plan = new CampaignPlan([7], [I("p", RespondentGroup.Parent), I("h", RespondentGroup.Principal), I("s", RespondentGroup.Student), I("t", RespondentGroup.Teacher)],
            [6, 9], StudentLinks: true, new DateOnly(2026, 12, 1), new DateOnly(2026, 12, 14));

        var slots = CampaignOpener.Slots(plan);

        Assert.Equal([(0, "p", "p6"), (1, "p", "p9"), (2, "h", "h"), (3, "s", "s6"), (4, "s", "s9"), (5, "t", "t")],
            slots.Select(s => (s.Index, s.InstrumentId, s.Group.Key)));
        Assert.All(slots, s => Assert.Equal(2, s.InstrumentVersion));
        Assert.DoesNotContain(CampaignOpener.Slots(plan with { Grades = [] }), s => s.Group.ByClassLink);
    }
}
