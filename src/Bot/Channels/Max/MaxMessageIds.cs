using LiteDB;
using SchoolSupport.Bot.Storage;

namespace SchoolSupport.Bot.Channels.Max;

/// <summary>
/// MAX names messages by strings ("mid.…"); the neutral model numbers them. Each MAX message the bot sent or
/// a button was pressed on gets a stored number, so an edit after a restart still finds its message.
/// </summary>
internal sealed class MaxMessageIds
{
    private readonly Store store;
    private readonly ILiteCollection<MaxMessageRef> items;

    public MaxMessageIds(Store store)
    {
        this.store = store;
        items = store.Collection<MaxMessageRef>("max_messages");
        items.EnsureIndex(m => m.Mid, unique: true);
    }

    public int NumberOf(string mid) => store.Write(() =>
    {
        if (items.FindOne(m => m.Mid == mid) is { } known) return known.Id;
        var item = new MaxMessageRef { Mid = mid };
        return items.Insert(item).AsInt32;
    });

    public string? MidOf(int number) => items.FindById(number)?.Mid;

    internal sealed class MaxMessageRef
    {
        public int Id { get; set; }
        public string Mid { get; set; } = "";
    }
}
