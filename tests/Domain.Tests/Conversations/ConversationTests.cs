using SchoolSupport.Domain.Conversations;

namespace SchoolSupport.Domain.Tests.Conversations;

public sealed class ConversationTests
{
    private static readonly DateTime T0 = new(2025, 3, 1, 9, 0, 0, DateTimeKind.Utc);

    private static readonly Conversation Fresh = new() { Id = "telegram:42" };

    /// <summary>
    /// Applies steps written as "start invites role", "goto school", "with key value", "with key" (remove), "clear";
    /// each step happens a minute after the previous one.
    /// </summary>
    private static Conversation Run(Conversation c, string steps)
    {
        var minute = 0;
        foreach (var step in steps.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var w = step.Split(' ');
            var now = T0.AddMinutes(++minute);
            c = w[0] switch
            {
                "start" => c.Start(w[1], w[2], now),
                "goto" => c.Goto(w[1], now),
                "with" => c.With(w[1], w.Length > 2 ? w[2] : null, now),
                "clear" => c.Clear(now),
                "toggle" => c.Toggle(w[1], w[2], now),
                _ => throw new ArgumentException(step, nameof(steps)),
            };
        }
        return c;
    }

    private static string Dump(Conversation c) =>
        string.Join(',', c.Data.OrderBy(kv => kv.Key, StringComparer.Ordinal).Select(kv => kv.Key + "=" + kv.Value));

    [Fact]
    public void A_new_conversation_is_idle_at_version_zero()
    {
        Assert.True(Fresh.IsIdle());
        Assert.Equal("", Fresh.Flow);
        Assert.Equal("", Fresh.Step);
        Assert.Empty(Fresh.Data);
        Assert.Equal(0, Fresh.Version);
    }

    [Theory]
    // steps, flow, step, data, version, idle
    [InlineData("start invites role", "invites", "role", "", 1, false)]
    [InlineData("start invites role; goto school", "invites", "school", "", 2, false)]
    [InlineData("start invites role; with role 4", "invites", "role", "role=4", 1, false)]
    [InlineData("start invites role; with role 4; goto school; with school 7", "invites", "school", "role=4,school=7", 2, false)]
    [InlineData("start invites role; with role 4; with role 5", "invites", "role", "role=5", 1, false)]
    [InlineData("start invites role; with role 4; with role", "invites", "role", "", 1, false)]
    [InlineData("start invites role; with missing", "invites", "role", "", 1, false)]
    [InlineData("start invites role; with role 4; start schools list", "schools", "list", "", 2, false)]
    [InlineData("start invites role; with role 4; start invites role", "invites", "role", "", 2, false)]
    [InlineData("start invites role; with role 4; goto school; clear", "", "", "", 3, true)]
    [InlineData("clear", "", "", "", 1, true)]
    [InlineData("clear; clear", "", "", "", 2, true)]
    [InlineData("with page 2", "", "", "page=2", 0, true)]
    [InlineData("goto orphan", "", "orphan", "", 1, true)] // a step without a flow is still idle
    [InlineData("start a s1; goto s2; goto s3; goto s4; goto s5", "a", "s5", "", 5, false)]
    public void Steps_change_flow_step_data_and_version(string steps, string flow, string step, string data, int version, bool idle)
    {
        var c = Run(Fresh, steps);

        Assert.Equal(flow, c.Flow);
        Assert.Equal(step, c.Step);
        Assert.Equal(data, Dump(c));
        Assert.Equal(version, c.Version);
        Assert.Equal(idle, c.IsIdle());
        Assert.Equal("telegram:42", c.Id);
    }

    [Theory]
    // before a button press, the step that happens, is a button of the earlier version stale?
    [InlineData("start invites role", "goto school", true)]
    [InlineData("start invites role", "start invites role", true)]
    [InlineData("start invites role", "clear", true)]
    [InlineData("start invites role", "with role 4", false)]
    [InlineData("start invites role", "with role", false)]
    [InlineData("", "clear", true)]
    public void A_button_from_before_a_step_is_stale(string before, string step, bool stale)
    {
        var c = Run(Fresh, before);
        var buttonVersion = c.Version;

        var after = Run(c, step);

        Assert.Equal(stale, after.Version != buttonVersion);
        Assert.True(after.Version >= buttonVersion);
    }

    [Theory]
    [InlineData("start invites role")]
    [InlineData("start invites role; goto school")]
    [InlineData("start invites role; with role 4")]
    [InlineData("clear")]
    public void Every_change_stamps_the_time(string steps)
    {
        var c = Run(Fresh, steps);

        var count = steps.Split(';').Length;
        Assert.Equal(T0.AddMinutes(count), c.UpdatedAtUtc);
    }

    [Theory]
    [InlineData("role", "4")]
    [InlineData("school", "7")]
    [InlineData("absent", null)]
    public void Get_reads_a_value_or_null(string key, string? expected)
    {
        var c = Run(Fresh, "start invites role; with role 4; with school 7");

        Assert.Equal(expected, c.Get(key));
    }

    [Theory]
    [InlineData("start other step")]
    [InlineData("goto next")]
    [InlineData("with role 5")]
    [InlineData("with role")]
    [InlineData("with added 1")]
    [InlineData("clear")]
    public void Steps_never_change_the_conversation_they_start_from(string step)
    {
        var before = Run(Fresh, "start invites role; with role 4");
        var version = before.Version;
        var updated = before.UpdatedAtUtc;

        _ = Run(before, step);

        Assert.Equal("invites", before.Flow);
        Assert.Equal("role", before.Step);
        Assert.Equal("role=4", Dump(before));
        Assert.Equal(version, before.Version);
        Assert.Equal(updated, before.UpdatedAtUtc);
    }

    [Theory]
    [InlineData("toggle schools 12", "12")]
    [InlineData("toggle schools 12; toggle schools 3", "12,3")]
    [InlineData("toggle schools 12; toggle schools 3; toggle schools 12", "3")]
    [InlineData("toggle schools 12; toggle schools 12", null)]
    [InlineData("with schools 5,1; toggle schools 1", "5")]
    [InlineData("with schools ,,7,; toggle schools 8", "7,8")]
    public void Toggle_adds_or_removes_one_value_and_keeps_the_set_in_order(string steps, string? expected)
    {
        var c = Run(Fresh, steps);

        Assert.Equal(expected, c.Get("schools"));
        Assert.Equal(expected?.Split(',').ToHashSet() ?? [], c.Set("schools"));
    }
}
