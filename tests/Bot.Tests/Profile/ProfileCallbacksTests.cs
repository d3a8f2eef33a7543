using System.Text;
using SchoolSupport.Bot.Features.Profile;
using SchoolSupport.Domain.Messaging;
using SchoolSupport.Domain.Risks;

namespace SchoolSupport.Bot.Tests.Profile;

public sealed class ProfileCallbacksTests
{
    /// <summary>A long municipality code (the demo ones are up to 12 characters).</summary>
    private static readonly string LongMunicipality = new('m', 32);

    [Fact]
    public void The_longest_payloads_stay_below_64_bytes_and_parse_back()
    {
        string[] all =
        [
            ProfileCallbacks.Decide(int.MaxValue, 10, VerificationTrigger.Deactivate, int.MaxValue),
            ProfileCallbacks.NoComment(int.MaxValue, 10, VerificationTrigger.Reject, int.MaxValue),
            ProfileCallbacks.Export(ProfileCallbacks.MunicipalityScope, LongMunicipality, ProfileCallbacks.Csv),
            ProfileCallbacks.HeatXlsx(LongMunicipality),
            ProfileCallbacks.Risk(int.MaxValue, 10),
        ];
        Assert.All(all, data => Assert.True(Encoding.UTF8.GetByteCount(data) <= 48, data));

        Assert.True(CallbackData.TryParse(ProfileCallbacks.Decide(7, 3, VerificationTrigger.Activate, 12), out var d));
        Assert.Equal(("rp", "d", 7, 3, 3, 12), (d.Action, d.Arg(0), d.IntArg(1), d.IntArg(2), d.IntArg(3), d.IntArg(4)));
    }
}
