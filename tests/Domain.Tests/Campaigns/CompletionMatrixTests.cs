using SchoolSupport.Domain.Campaigns;
using static SchoolSupport.Domain.Tests.Campaigns.CampaignWorld;

namespace SchoolSupport.Domain.Tests.Campaigns;

public sealed class CompletionMatrixTests
{
    private static readonly PassportCounts Passport = new() { Teachers = 30, Grade9Students = 50 };

    [Fact]
    public void Rows_go_principal_teachers_parents_students_with_answered_started_and_expected()
    {
        var rows = CompletionMatrix.Of(December(), new Dictionary<int, int> { [0] = 12, [3] = 20 }, new Dictionary<int, int> { [0] = 3, [4] = 1 }, Passport);

        Assert.Equal(
            [(2, 0, 0, (int?)1, ExpectedSource.One), (0, 12, 3, 30, ExpectedSource.Passport), (1, 0, 0, 30, ExpectedSource.Passport),
             (3, 20, 0, 50, ExpectedSource.Passport), (4, 0, 1, 50, ExpectedSource.Passport)],
            rows.Select(r => (r.Slot.Index, r.Answered, r.Started, r.Expected, r.Source)));
        Assert.Equal(40, rows[1].Percent);
    }

    [Fact]
    public void Counts_entered_by_hand_win_over_the_passport_and_fill_its_gaps()
    {
        var c = December() with { ExpectedByHand = new Dictionary<string, int> { ["t"] = 28, ["s9"] = 47 } };

        var rows = CompletionMatrix.Of(c, new Dictionary<int, int>(), new Dictionary<int, int>(), PassportCounts.None);

        Assert.Equal([(int?)1, 28, 28, null, 47], rows.Select(r => r.Expected));
        Assert.Equal([ExpectedSource.One, ExpectedSource.ByHand, ExpectedSource.ByHand, ExpectedSource.Unknown, ExpectedSource.ByHand], rows.Select(r => r.Source));
        Assert.Null(rows[3].Percent);
        Assert.Equal((0, 0, (int?)null), CompletionMatrix.Total(rows));
    }

    [Theory]
    [InlineData(0, 30, 0)]
    [InlineData(1, 3, 33)]
    [InlineData(2, 3, 67)]
    [InlineData(31, 30, 103)] // two parents of one child may both answer
    [InlineData(5, 0, null)]
    public void Percent_of_expected(int answered, int expected, int? percent) =>
        Assert.Equal(percent, new MatrixRow(TeacherSlot, answered, 0, expected, ExpectedSource.ByHand).Percent);

    [Theory]
    [InlineData(0, true)]
    [InlineData(5000, true)]
    [InlineData(5001, false)]
    [InlineData(-1, false)]
    public void Hand_entered_counts_are_bounded(int n, bool valid) => Assert.Equal(valid, CompletionMatrix.IsValidExpected(n));
}
