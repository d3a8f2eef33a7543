using SchoolSupport.Domain.Campaigns;
using SchoolSupport.Domain.Participants;
using static SchoolSupport.Domain.Tests.Campaigns.CampaignWorld;

namespace SchoolSupport.Domain.Tests.Campaigns;

public sealed class CampaignEligibilityTests
{
    private static readonly DateTime During = Utc(12, 5, 6);

    public static TheoryData<Role, int?, bool, int[]> Members => new()
    {
        { Role.Teacher, null, false, [0, 1] },
        { Role.SchoolTeam, null, false, [2] },
        { Role.Parent, 9, false, [3] },
        { Role.Parent, 6, false, [] },
        { Role.Student, 9, true, [4] },
        { Role.Student, 9, false, [4] }, // a member; the consent is checked when answering
        { Role.Curator, null, false, [] },
        { Role.Coordinator, null, false, [] },
    };

    [Theory]
    [MemberData(nameof(Members))]
    public void Each_role_answers_its_own_slots(Role role, int? grade, bool consent, int[] slots) =>
        Assert.Equal(slots, CampaignEligibility.SlotsOf(Person(role, grade: grade, parentalConsent: consent), December()).Select(s => s.Index));

    [Fact]
    public void A_teacher_of_another_school_is_not_in_the_group() =>
        Assert.Empty(CampaignEligibility.SlotsOf(Person(Role.Teacher, school: 8), December()));

    [Theory]
    [InlineData(Role.Student, 9, true, false, 4, AnswerGate.Ok)]
    [InlineData(Role.Student, 9, false, false, 4, AnswerGate.NoParentalConsent)]
    [InlineData(Role.Parent, 9, false, false, 3, AnswerGate.Ok)]
    [InlineData(Role.Parent, 9, false, true, 3, AnswerGate.AlreadySubmitted)]
    [InlineData(Role.Parent, 6, false, false, 3, AnswerGate.NotInGroup)]
    [InlineData(Role.Teacher, null, false, false, 3, AnswerGate.NotInGroup)]
    public void The_gate_checks_group_consent_and_a_previous_submission(Role role, int? grade, bool consent, bool submitted, int slot, AnswerGate gate)
    {
        var c = December();

        Assert.Equal(gate, CampaignEligibility.Check(Person(role, grade: grade, parentalConsent: consent), c, c.Slot(slot)!, During, submitted));
    }

    [Theory]
    [InlineData(11, 30, 18, AnswerGate.NotOpenYet)]
    [InlineData(12, 14, 19, AnswerGate.Closed)]
    public void The_gate_is_shut_before_and_after_the_dates(int month, int day, int hour, AnswerGate gate)
    {
        var c = December();

        Assert.Equal(gate, CampaignEligibility.Check(Person(Role.Teacher), c, c.Slot(0)!, Utc(month, day, hour), submitted: false));
    }
}
