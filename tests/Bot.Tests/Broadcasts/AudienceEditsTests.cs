using SchoolSupport.Bot.Features.Audiences;
using SchoolSupport.Domain.Audiences;
using SchoolSupport.Domain.Participants;
using SchoolSupport.Domain.Schools;

namespace SchoolSupport.Bot.Tests.Mailings;

/// <summary>One press of a picker toggle, for a coordinator of two municipalities and for a school team member.</summary>
public sealed class AudienceEditsTests
{
    private static readonly Municipality Vp = new() { Id = "vpyshma", Name = "Верхняя Пышма", Region = "", TimeZoneId = "Asia/Yekaterinburg" };
    private static readonly Municipality Kal = new() { Id = "kalininsky", Name = "Калининский район", Region = "", TimeZoneId = "Europe/Moscow" };
    private static readonly School S7 = new() { Id = 7, Name = "СОШ №7", MunicipalityId = "vpyshma", Flags = SchoolFlags.LowResults, Cohort500Year = 2022 };
    private static readonly School S9 = new() { Id = 9, Name = "СОШ №9", MunicipalityId = "kalininsky" };

    private static readonly AudienceScope Coordinator = new(
        new Participant { Id = "c", Roles = [new RoleGrant { Role = Role.Coordinator }] },
        AudienceSelection.SelectableRoles(new Participant { Id = "c", Roles = [new RoleGrant { Role = Role.Coordinator }] }),
        [Vp, Kal], [S7, S9], [SchoolFlags.LowResults, SchoolFlags.AdverseConditions], [2022]);

    private static readonly AudienceScope Team = new(
        new Participant { Id = "t", Roles = [new RoleGrant { Role = Role.SchoolTeam, SchoolIds = [7] }] },
        [Role.SchoolTeam, Role.Curator, Role.Teacher, Role.Parent, Role.Student], [], [S7], [], []);

    [Fact]
    public void Role_toggles_add_and_remove_and_all_roles_clears_them()
    {
        var a = AudienceEdits.Apply(Coordinator, new Audience(), "r", "4")!;
        Assert.Equal([Role.Teacher], a.Roles);
        a = AudienceEdits.Apply(Coordinator, a, "r", "5")!;
        Assert.Equal([Role.Teacher, Role.Parent], a.Roles);
        Assert.Equal([Role.Parent], AudienceEdits.Apply(Coordinator, a, "r", "4")!.Roles);
        Assert.Empty(AudienceEdits.Apply(Coordinator, a, "ra", "0")!.Roles);
    }

    [Fact]
    public void Choosing_a_municipality_drops_chosen_schools_outside_it()
    {
        var a = new Audience { SchoolIds = [7, 9] };
        var edited = AudienceEdits.Apply(Coordinator, a, "m", "kalininsky")!;
        Assert.Equal(["kalininsky"], edited.MunicipalityIds);
        Assert.Equal([9], edited.SchoolIds);
        Assert.Equal(["vpyshma"], AudienceEdits.Apply(Coordinator, new Audience(), "m", "#0")!.MunicipalityIds);
    }

    [Theory]
    [InlineData("r", "99")]
    [InlineData("m", "kotelnikovo")]
    [InlineData("m", "#5")]
    [InlineData("s", "12")]
    [InlineData("f", "4")]
    [InlineData("y", "2021")]
    [InlineData("zz", "1")]
    public void A_press_outside_the_scope_changes_nothing(string op, string arg) =>
        Assert.Null(AudienceEdits.Apply(Coordinator, new Audience(), op, arg));

    [Theory]
    [InlineData("r", "1")]
    [InlineData("m", "vpyshma")]
    [InlineData("s", "7")]
    [InlineData("f", "1")]
    [InlineData("y", "2022")]
    [InlineData("all", "0")]
    public void A_school_team_member_may_only_toggle_roles(string op, string arg) =>
        Assert.Null(AudienceEdits.Apply(Team, new Audience(), op, arg));

    [Fact]
    public void Everyone_in_my_zone_clears_every_filter() =>
        Assert.True(AudienceEdits.Apply(Coordinator, new Audience { Roles = [Role.Teacher], SchoolIds = [7], Flags = SchoolFlags.LowResults }, "all", "0")!.IsEveryone);
}
