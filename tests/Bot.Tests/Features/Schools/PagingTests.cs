using SchoolSupport.Bot.Features.Schools;

namespace SchoolSupport.Bot.Tests.Features.Schools;

public sealed class PagingTests
{
    private static readonly int[] Forty = [.. Enumerable.Range(1, 40)];

    [Fact]
    public void Forty_items_make_five_pages_of_eight()
    {
        var page = Paging.Of(Forty, 4, 8);

        Assert.Equal(5, page.Pages);
        Assert.Equal(40, page.Total);
        Assert.Equal(32, page.FirstIndex);
        Assert.Equal([33, 34, 35, 36, 37, 38, 39, 40], page.Items);
        Assert.True(page.HasPrevious);
        Assert.False(page.HasNext);
    }

    [Theory]
    [InlineData(-3, 0)]
    [InlineData(99, 4)]
    public void A_page_out_of_range_is_clamped(int requested, int expected) =>
        Assert.Equal(expected, Paging.Of(Forty, requested, 8).Number);

    [Fact]
    public void An_empty_list_has_one_empty_page()
    {
        var page = Paging.Of(Array.Empty<int>(), 2, 8);

        Assert.Equal(1, page.Pages);
        Assert.Empty(page.Items);
        Assert.False(page.HasPrevious);
        Assert.False(page.HasNext);
    }
}
