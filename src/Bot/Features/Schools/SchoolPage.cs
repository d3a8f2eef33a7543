using System.Globalization;
using SchoolSupport.Domain.Messaging;
using SchoolSupport.Domain.Schools;

namespace SchoolSupport.Bot.Features.Schools;

/// <summary>
/// One page of schools to tick in a wizard: a button per school («✓ » on the chosen ones) and «◀️ Назад» /
/// «Дальше ▶️» to the neighbouring pages. The page number travels in the conversation under "page".
/// </summary>
internal static class SchoolPage
{
    public const int Size = 8;

    public static (List<IReadOnlyList<Button>> Rows, Page<School> Page) Of(
        IReadOnlyList<School> schools, Turn t, IReadOnlySet<string> chosen, Func<int, string> choose, Func<int, string> turnTo)
    {
        var page = Paging.Of(schools, int.TryParse(t.Conversation.Get("page"), CultureInfo.InvariantCulture, out var n) ? n : 0, Size);
        var rows = page.Items
            .Select(s => (IReadOnlyList<Button>)[new Button((chosen.Contains(s.Id.ToString(CultureInfo.InvariantCulture)) ? "✓ " : "") + s.Name, choose(s.Id))])
            .ToList();
        var nav = new List<Button>();
        if (page.HasPrevious) nav.Add(new Button("◀️ Назад", turnTo(page.Number - 1)));
        if (page.HasNext) nav.Add(new Button("Дальше ▶️", turnTo(page.Number + 1)));
        if (nav.Count > 0) rows.Add(nav);
        return (rows, page);
    }

    /// <summary>« Страница 2 из 5.» when there is more than one page.</summary>
    public static string Note(Page<School> page) => page.Pages > 1 ? $" Страница {page.Number + 1} из {page.Pages}." : "";
}
