using SchoolSupport.Domain.Events;
using SchoolSupport.Domain.Participants;

namespace SchoolSupport.Domain.Tests.Events;

public sealed class EventRightsTests
{
    private static Participant P(string id, params Role[] roles) =>
        new() { Id = id, Roles = roles.Select(r => new RoleGrant { Role = r, SchoolIds = [1] }).ToList() };

    private static readonly Event Mine = new() { Id = "e1", Title = "Вебинар", OrganiserId = "me" };

    [Theory]
    [InlineData(Role.Coordinator, true)]
    [InlineData(Role.SchoolTeam, true)]
    [InlineData(Role.Curator, false)]
    [InlineData(Role.Teacher, false)]
    [InlineData(Role.Parent, false)]
    [InlineData(Role.Student, false)]
    public void Coordinators_and_school_teams_create_events(Role role, bool can) =>
        Assert.Equal(can, EventRights.CanCreate(P("me", role)));

    [Fact]
    public void Only_the_organiser_still_holding_the_right_manages_an_event()
    {
        Assert.True(EventRights.CanManage(P("me", Role.Coordinator), Mine));
        Assert.False(EventRights.CanManage(P("other", Role.Coordinator), Mine));
        Assert.False(EventRights.CanManage(P("me", Role.Teacher), Mine)); // lost the role since
    }

    [Fact]
    public void Only_a_recipient_answers()
    {
        var me = P("me", Role.Teacher);
        Assert.True(EventRights.CanAnswer(me, Participation.Received("e1", "me", DateTime.UnixEpoch)));
        Assert.False(EventRights.CanAnswer(me, Participation.Received("e1", "other", DateTime.UnixEpoch)));
        Assert.False(EventRights.CanAnswer(me, null));
    }
}
