using SchoolSupport.Bot.Features.Schools;
using SchoolSupport.Domain.Messaging;
using SchoolSupport.Domain.Schools;

namespace SchoolSupport.Bot.Tests.Features.Schools;

public sealed class SchoolCallbacksTests
{
    [Fact]
    public void Formats_are_short_and_stable()
    {
        Assert.Equal("sc:ls", SchoolCallbacks.List());
        Assert.Equal("sc:ls:3", SchoolCallbacks.List(3));
        Assert.Equal("sc:m:vpyshma", SchoolCallbacks.Municipality("vpyshma"));
        Assert.Equal("sc:m:vpyshma:2", SchoolCallbacks.Municipality("vpyshma", 2));
        Assert.Equal("sc:add:vpyshma", SchoolCallbacks.Add("vpyshma"));
        Assert.Equal("sc:csv", SchoolCallbacks.Csv());
        Assert.Equal("sc:f:8:12", SchoolCallbacks.Flag(SchoolFlags.RiskZone, 12));
        Assert.Equal("sc:ok:12", SchoolCallbacks.Save(12));
    }

    [Fact]
    public void A_long_municipality_code_and_big_numbers_still_fit_in_64_bytes()
    {
        var id = new string('m', 40);

        foreach (var data in new[] { SchoolCallbacks.Municipality(id, 9999), SchoolCallbacks.Add(id), SchoolCallbacks.Flag(SchoolFlags.RiskZone, int.MaxValue), SchoolCallbacks.Save(int.MaxValue) })
        {
            Assert.True(CallbackData.TryParse(data, out var parsed));
            Assert.Equal("sc", parsed.Action);
        }
    }

    [Fact]
    public void A_page_round_trips()
    {
        Assert.True(CallbackData.TryParse(SchoolCallbacks.Municipality("kalininsky", 4), out var parsed));

        Assert.Equal(["m", "kalininsky", "4"], parsed.Args);
        Assert.Equal(4, parsed.IntArg(2));
    }
}
