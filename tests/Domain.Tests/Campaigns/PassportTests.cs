using SchoolSupport.Domain.Campaigns;
using SchoolSupport.Domain.Questionnaires;

namespace SchoolSupport.Domain.Tests.Campaigns;

public sealed class PassportTests
{
    private static AnswerSheet Sheet(int day, int? teachers, int? grade9) => new()
    {
        Id = $"7|principal-passport|h|{day}{teachers}{grade9}",
        CampaignId = "c",
        SchoolId = 7,
        InstrumentId = Passport.InstrumentId,
        InstrumentVersion = 1,
        Group = CampaignGroup.Principal,
        Day = new DateOnly(2026, 12, day),
        Answers = [.. new[] { (Passport.Teachers, teachers), (Passport.Grade9, grade9) }
            .Where(x => x.Item2 is not null)
            .Select(x => new ItemAnswer { ItemId = x.Item1, Value = AnswerValue.Of(x.Item2!.Value) })],
    };

    [Fact]
    public void No_passport_gives_no_counts() => Assert.Equal(PassportCounts.None, Passport.Counts([]));

    [Fact]
    public void The_latest_day_counts_and_on_one_day_the_largest_number()
    {
        var counts = Passport.Counts([Sheet(1, 40, 80), Sheet(3, 30, null), Sheet(3, 28, 52)]);

        Assert.Equal(new PassportCounts { Teachers = 30, Grade9Students = 52 }, counts);
    }
}
