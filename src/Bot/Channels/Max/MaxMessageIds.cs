using LiteDB;
using SchoolSupport.Bot.Storage;

namespace SchoolSupport.Bot.Channels.Max;

/// <summary>
/// MAX names messages by strings ("mid.…"); the neutral model numbers them. Each MAX message the bot sent or
/// a button was pressed on gets a stored number, so an edit after a restart still finds its message. Numbers
/// older than two months are forgotten by housekeeping; a press on such an old message simply gets a new number.
/// </summary>
internal sealed class MaxMessageIds : IPrunable
{
    public static readonly TimeSpan Keep = TimeSpan.FromDays(60);
    private readonly Store store;
    private readonly TimeProvider time;
    private readonly ILiteCollection<MaxMessageRef> items;

    public MaxMessageIds(Store store, TimeProvider time)
    {
        this.store = store;
        this.time = time;
        items = store.Collection<MaxMessageRef>("max_messages");
        items.EnsureIndex(m => m.Mid, unique: true);
        items.EnsureIndex(m => m.AtUtc);
    }

    public int NumberOf(string mid) => store.Write(() =>
    {
        if (items.FindOne(m => m.Mid == mid) is { } known) return known.Id;
        var item = new MaxMessageRef { Mid = mid, AtUtc = time.GetUtcNow().UtcDateTime };
        return items.Insert(item).AsInt32;
    });

    public int Prune(DateTime nowUtc)
    {
        var before = nowUtc - Keep;
        return items.DeleteMany(m => m.AtUtc < before);
    }

    public string? MidOf(int number) => items.FindById(number)?.Mid;

    internal sealed class MaxMessageRef
    {
        public int Id { get; set; }
        public string Mid { get; set; } = "";
        public DateTime AtUtc { get; set; }
    }
}
