using SchoolSupport.Domain.Messaging;
using SchoolSupport.Domain.Participants;

namespace SchoolSupport.Domain.Tests.Participants;

public sealed class ParticipantTests
{
    private static Participant With(params Role[] roles) => new()
    {
        Id = "p",
        Roles = [.. roles.Select(r => new RoleGrant { Role = r, SchoolIds = [1] })],
    };

    [Theory]
    [InlineData(Role.Coordinator, true)]
    [InlineData(Role.Curator, true)]
    [InlineData(Role.SchoolTeam, true)]
    [InlineData(Role.Teacher, true)]
    [InlineData(Role.Parent, false)]
    [InlineData(Role.Student, false)]
    public void Staff_are_coordinators_curators_school_teams_and_teachers(Role role, bool expected) =>
        Assert.Equal(expected, With(role).IsStaff());

    [Theory]
    [InlineData(new Role[0], false)]
    [InlineData(new[] { Role.Parent, Role.Student }, false)]
    [InlineData(new[] { Role.Parent, Role.Teacher }, true)]
    public void A_person_is_staff_when_any_of_their_roles_is(Role[] roles, bool expected) =>
        Assert.Equal(expected, With(roles).IsStaff());

    [Theory]
    [InlineData(new Role[0], Role.Teacher, false)]
    [InlineData(new[] { Role.Teacher }, Role.Teacher, true)]
    [InlineData(new[] { Role.Teacher }, Role.SchoolTeam, false)]
    [InlineData(new[] { Role.Parent, Role.Teacher }, Role.Parent, true)]
    [InlineData(new[] { Role.Parent, Role.Teacher }, Role.Student, false)]
    [InlineData(new[] { Role.Coordinator }, Role.Curator, false)]
    public void Has_a_role(Role[] roles, Role role, bool expected) =>
        Assert.Equal(expected, With(roles).Has(role));

    [Theory]
    [InlineData("telegram", 42L, 42L)]
    [InlineData("max", 7L, 700L)]
    [InlineData("console", null, null)]
    [InlineData("Telegram", null, null)] // channel names are exact
    [InlineData("", null, null)]
    public void Identity_in_a_channel(string channel, long? userId, long? chatId)
    {
        var p = new Participant
        {
            Id = "p",
            Identities = [new("telegram", 42, 42), new("max", 7, 700), new("max", 8, 800)],
        };

        var identity = p.IdentityIn(channel);

        Assert.Equal(userId, identity?.UserId);
        Assert.Equal(chatId, identity?.ChatId);
    }

    [Theory]
    [InlineData("telegram", 42L, 42L, "telegram:42")]
    [InlineData("max", 7L, 700L, "max:7")]
    public void A_channel_identity_gives_the_user_and_the_private_chat(string channel, long userId, long chatId, string key)
    {
        var identity = new ChannelIdentity(channel, userId, chatId);

        Assert.Equal(new ChannelUser(channel, userId), identity.ToUser());
        Assert.Equal(key, identity.ToUser().Key());
        Assert.Equal(new ChatAddress(channel, chatId), identity.ToChat());
    }

    /// <summary>Enum values are stored in LiteDB and travel in callback data: they must never be renumbered.</summary>
    [Theory]
    [InlineData(Role.Coordinator, 1)]
    [InlineData(Role.Curator, 2)]
    [InlineData(Role.SchoolTeam, 3)]
    [InlineData(Role.Teacher, 4)]
    [InlineData(Role.Parent, 5)]
    [InlineData(Role.Student, 6)]
    public void Role_numbers_are_stable(Role role, int number) =>
        Assert.Equal(number, (int)role);

    [Theory]
    [InlineData(ConsentKind.PersonalData, 1)]
    [InlineData(ConsentKind.ForChild, 2)]
    public void Consent_kind_numbers_are_stable(ConsentKind kind, int number) =>
        Assert.Equal(number, (int)kind);

    [Fact]
    public void A_new_participant_has_no_roles_identities_or_consents()
    {
        var p = new Participant { Id = "p" };

        Assert.Empty(p.Roles);
        Assert.Empty(p.Identities);
        Assert.Empty(p.Consents);
        Assert.False(p.IsStaff());
        Assert.Null(p.IdentityIn("telegram"));
    }
}
