using SchoolSupport.Domain.Participants;

namespace SchoolSupport.Domain.Tests.Participants;

public sealed class ReachTests
{
    private static readonly DateTime Now = new(2026, 11, 26, 7, 0, 0, DateTimeKind.Utc);
    private static readonly ChannelIdentity Telegram = new("telegram", 1, 1);
    private static readonly ChannelIdentity Max = new("max", 7, 5_000_000_007);

    private static Participant Person(string? preferred = null, params ChannelIdentity[] ids) =>
        new() { Id = "p", Identities = ids, PreferredChannel = preferred };

    public static TheoryData<string, string?, string[], string?> Routes => new()
    {
        // case, preferred, blocked messengers, where bulk messages go (null: nowhere)
        { "one messenger", null, [], "telegram" },
        { "first linked by default", null, [], "telegram" },
        { "preferred MAX", "max", [], "max" },
        { "preferred blocked: the other one", "max", ["max"], "telegram" },
        { "default blocked: the other one", null, ["telegram"], "max" },
        { "both blocked", "max", ["max", "telegram"], null },
        { "preference for an unlinked messenger is ignored", "console", [], "telegram" },
    };

    [Theory]
    [MemberData(nameof(Routes))]
    public void Bulk_messages_go_to_one_messenger_only(string @case, string? preferred, string[] blocked, string? expected)
    {
        var p = Person(preferred, Telegram, Max);
        foreach (var channel in blocked) p = Reach.Blocked(p, channel, Now);

        Assert.True(expected == Reach.Route(p)?.Channel, @case);
    }

    [Fact]
    public void Blocking_the_only_messenger_makes_the_person_unreachable_and_writing_again_undoes_it()
    {
        var p = Reach.Blocked(Person(null, Telegram), "telegram", Now);

        Assert.Equal(Now, p.UnreachableSinceUtc);
        Assert.Null(Reach.Route(p));
        Assert.Equal("telegram", Reach.Address(p)!.Channel);
        var back = Reach.Wrote(p, "telegram");
        Assert.Null(back.UnreachableSinceUtc);
        Assert.Empty(back.BlockedChannels);
    }

    [Fact]
    public void Blocking_one_of_two_messengers_keeps_the_person_reachable()
    {
        var p = Reach.Blocked(Person("telegram", Telegram, Max), "telegram", Now);

        Assert.Null(p.UnreachableSinceUtc);
        Assert.Equal(["telegram"], p.BlockedChannels);
        Assert.Equal(Max, Reach.Route(p));
        Assert.Same(p, Reach.Wrote(p, "max"));
        Assert.Empty(Reach.Wrote(p, "telegram").BlockedChannels);
    }

    [Fact]
    public void Linking_adds_the_account_once_and_clears_a_block_in_that_messenger()
    {
        var p = Reach.Blocked(Person(null, Telegram), "telegram", Now);
        var linked = Reach.Link(p, Max);

        Assert.Equal([Telegram, Max], linked.Identities);
        Assert.Null(linked.UnreachableSinceUtc);
        Assert.Equal(Max, Reach.Route(linked));
        var relinked = Reach.Link(linked, Max with { ChatId = 9 });
        Assert.Equal(2, relinked.Identities.Count);
    }

    [Fact]
    public void Only_a_linked_messenger_can_be_preferred()
    {
        Assert.True(Reach.TryPrefer(Person(null, Telegram, Max), "max", out var p));
        Assert.Equal("max", p.PreferredChannel);
        Assert.Equal([Max, Telegram], Reach.Ordered(p));
        Assert.False(Reach.TryPrefer(Person(null, Telegram), "max", out _));
    }

    [Theory]
    [InlineData("max", "telegram max", "max", true, "telegram", null)]
    [InlineData("max", "telegram max", "telegram", true, "max", "max")]
    [InlineData(null, "telegram max", "telegram", true, "max", null)]
    [InlineData(null, "telegram", "telegram", false, "telegram", null)]
    [InlineData(null, "telegram", "max", false, "telegram", null)]
    public void An_account_is_taken_off_only_when_another_stays_and_the_preference_goes_with_it(
        string? preferred, string accounts, string unlink, bool done, string left, string? preferredAfter)
    {
        var p = Person(preferred, [.. accounts.Split(' ').Select(c => c == "max" ? Max : Telegram)]);

        Assert.Equal(done, Reach.TryUnlink(p, unlink, out var updated));
        Assert.Equal(left, string.Join(" ", updated.Identities.Select(i => i.Channel)));
        Assert.Equal(preferredAfter, updated.PreferredChannel);
    }
}
