namespace SchoolSupport.Bot.Features.Schools;

/// <summary>One page of a list: its items, the page number (0-based), how many pages and items there are, and the index of its first item.</summary>
internal sealed record Page<T>(IReadOnlyList<T> Items, int Number, int Pages, int Total, int FirstIndex)
{
    public bool HasPrevious => Number > 0;

    public bool HasNext => Number < Pages - 1;
}

internal static class Paging
{
    /// <summary>The requested page, clamped to the pages that exist (an empty list has one empty page).</summary>
    public static Page<T> Of<T>(IReadOnlyList<T> items, int page, int size)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(size);
        var pages = Math.Max(1, (items.Count + size - 1) / size);
        var number = Math.Clamp(page, 0, pages - 1);
        var first = number * size;
        return new Page<T>(items.Skip(first).Take(size).ToList(), number, pages, items.Count, first);
    }
}
