using SchoolSupport.Domain.Audiences;
using SchoolSupport.Domain.Participants;
using static SchoolSupport.Domain.Tests.Audiences.AudienceWorld;

namespace SchoolSupport.Domain.Tests.Audiences;

/// <summary>Who an audience reaches, by sender: every filter, the sender's scope, and why people are skipped.</summary>
public sealed class AudienceSelectionTests
{
    private const string SkippedEverywhereAtSchool1 = "nochannel-1:NoChannel,noconsent-1:NoConsent,student-nobasis:NoConsent";

    [Theory]
    // sender, audience, recipients, skipped (id:reason)
    [InlineData("regional", "", "curator-13,kot-coord,parent-1,regional2,student-1,teacher-1,teacher-2,teacher-3,teacher-4,team-1,team-3,vp-coord,vp-coord2", "blocked-2:Blocked," + SkippedEverywhereAtSchool1)]
    [InlineData("vp-coord", "", "curator-13,parent-1,student-1,teacher-1,teacher-2,team-1,vp-coord2", "blocked-2:Blocked," + SkippedEverywhereAtSchool1)]
    [InlineData("kot-coord", "", "curator-13,teacher-3,team-3", "")]
    [InlineData("vp-coord", "roles=Teacher", "teacher-1,teacher-2", "blocked-2:Blocked,nochannel-1:NoChannel,noconsent-1:NoConsent")]
    [InlineData("vp-coord", "roles=Parent,Student", "parent-1,student-1", "student-nobasis:NoConsent")]
    [InlineData("vp-coord", "roles=Coordinator", "vp-coord2", "")]
    [InlineData("vp-coord2", "roles=Coordinator", "vp-coord", "")]
    [InlineData("regional", "roles=Coordinator", "kot-coord,regional2,vp-coord,vp-coord2", "")]
    [InlineData("regional", "roles=Coordinator; munis=kotelnikovo", "kot-coord", "")]
    [InlineData("regional", "roles=Coordinator; munis=vpyshma", "vp-coord,vp-coord2", "")]
    [InlineData("regional", "roles=Coordinator; flags=LowResults", "", "")]
    [InlineData("regional", "munis=kotelnikovo", "curator-13,kot-coord,teacher-3,team-3", "")]
    [InlineData("regional", "munis=kalininsky", "teacher-4", "")]
    [InlineData("regional", "schools=2", "teacher-2", "blocked-2:Blocked")]
    [InlineData("regional", "flags=LowResults", "curator-13,parent-1,student-1,teacher-1,teacher-3,team-1,team-3", SkippedEverywhereAtSchool1)]
    [InlineData("regional", "flags=LowResults,AdverseConditions", "curator-13,parent-1,student-1,teacher-1,teacher-2,teacher-3,team-1,team-3", "blocked-2:Blocked," + SkippedEverywhereAtSchool1)]
    [InlineData("regional", "years=2022", "curator-13,teacher-3,team-3", "")]
    [InlineData("regional", "years=2021,2022; roles=SchoolTeam", "team-1,team-3", "")]
    [InlineData("regional", "flags=LowResults; years=2021", "curator-13,parent-1,student-1,teacher-1,team-1", SkippedEverywhereAtSchool1)]
    [InlineData("regional", "munis=vpyshma; flags=AdverseConditions; roles=Teacher", "teacher-2", "blocked-2:Blocked")]
    [InlineData("regional", "roles=Curator; munis=kotelnikovo", "curator-13", "")]
    [InlineData("vp-coord", "munis=kotelnikovo", "", "")]
    [InlineData("vp-coord", "schools=3", "", "")]
    [InlineData("vp-coord", "schools=1,3; roles=SchoolTeam", "team-1", "")]
    [InlineData("team-1", "", "curator-13,parent-1,student-1,teacher-1", SkippedEverywhereAtSchool1)]
    [InlineData("team-1", "roles=Coordinator", "", "")]
    [InlineData("team-1", "roles=Parent,Student", "parent-1,student-1", "student-nobasis:NoConsent")]
    [InlineData("team-1", "schools=3", "", "")]
    [InlineData("team-3", "roles=Teacher", "teacher-3", "")]
    [InlineData("teacher-1", "", "", "")]
    [InlineData("curator-13", "", "", "")]
    public void A_sender_reaches_exactly_the_people_in_their_scope_that_match(string sender, string audience, string recipients, string skipped)
    {
        var plan = AudienceSelection.Plan(Parse(audience), Who(sender), People, AllSchools);

        Assert.Equal(recipients, string.Join(',', plan.Recipients.Select(p => p.Id).Order(StringComparer.Ordinal)));
        Assert.Equal(skipped, string.Join(',', plan.Skipped.Select(s => $"{s.Participant.Id}:{s.Reason}").Order(StringComparer.Ordinal)));
        Assert.DoesNotContain(plan.Recipients.Concat(plan.Skipped.Select(s => s.Participant)), p => p.Id == sender);
        Assert.Equal(plan.Recipients.Count + plan.Skipped.Count, plan.Total);
    }

    [Theory]
    [InlineData("regional", true)]
    [InlineData("vp-coord", true)]
    [InlineData("team-1", true)]
    [InlineData("curator-13", false)]
    [InlineData("teacher-1", false)]
    [InlineData("parent-1", false)]
    public void Coordinators_and_school_teams_may_broadcast(string who, bool may) =>
        Assert.Equal(may, AudienceSelection.CanBroadcast(Who(who)));

    [Theory]
    [InlineData("regional", "Coordinator,Curator,SchoolTeam,Teacher,Parent,Student")]
    [InlineData("team-1", "SchoolTeam,Curator,Teacher,Parent,Student")]
    [InlineData("teacher-1", "")]
    public void Roles_a_sender_may_pick(string who, string roles) =>
        Assert.Equal(roles, string.Join(',', AudienceSelection.SelectableRoles(Who(who))));

    [Theory]
    // sender, draft, what is left of it
    [InlineData("vp-coord", "roles=Teacher; munis=vpyshma,kotelnikovo; schools=1,3", "roles=Teacher; munis=vpyshma; schools=1")]
    [InlineData("regional", "munis=kotelnikovo; schools=3,4; years=2021", "munis=kotelnikovo; schools=3,4; years=2021")]
    [InlineData("team-1", "roles=Coordinator,Teacher; munis=vpyshma; schools=1; flags=LowResults", "roles=Teacher")]
    [InlineData("teacher-1", "roles=Teacher; schools=1", "")]
    public void A_draft_is_cut_down_to_the_senders_rights(string sender, string draft, string expected)
    {
        var restricted = AudienceSelection.Restrict(Parse(draft), Who(sender), AllSchools);
        var want = Parse(expected);

        Assert.Equal(want.Roles, restricted.Roles);
        Assert.Equal(want.MunicipalityIds, restricted.MunicipalityIds);
        Assert.Equal(want.SchoolIds, restricted.SchoolIds);
        Assert.Equal(want.Flags, restricted.Flags);
        Assert.Equal(want.Cohort500Years, restricted.Cohort500Years);
    }

    [Theory]
    [InlineData("teacher-1", null)]
    [InlineData("student-1", null)]
    [InlineData("student-nobasis", SkipReason.NoConsent)]
    [InlineData("blocked-2", SkipReason.Blocked)]
    [InlineData("noconsent-1", SkipReason.NoConsent)]
    [InlineData("nochannel-1", SkipReason.NoChannel)]
    public void Why_a_person_is_skipped(string who, SkipReason? reason) =>
        Assert.Equal(reason, AudienceSelection.SkipReasonOf(Who(who)));

    [Theory]
    // sender, audience, recipient, the school they are counted under in the per-school report
    [InlineData("regional", "", "curator-13", 1)]
    [InlineData("regional", "munis=kotelnikovo", "curator-13", 3)]
    [InlineData("kot-coord", "", "curator-13", 3)]
    [InlineData("regional", "", "teacher-2", 2)]
    [InlineData("regional", "", "vp-coord", null)]
    [InlineData("team-1", "", "parent-1", 1)]
    public void Each_recipient_is_counted_under_one_school_of_the_audience(string sender, string audience, string recipient, int? school) =>
        Assert.Equal(school, AudienceSelection.SchoolOf(Parse(audience), Who(sender), Who(recipient), AllSchools));

    [Fact]
    public void An_empty_audience_is_everyone_and_any_filter_is_not()
    {
        Assert.True(Audience.EveryoneInScope.IsEveryone);
        Assert.False(Parse("roles=Teacher").IsEveryone);
        Assert.False(Parse("years=2021").IsEveryone);
        Assert.False(Parse("flags=LowResults").IsEveryone);
        Assert.Contains(People, p => p.Has(Role.Student));
    }
}
