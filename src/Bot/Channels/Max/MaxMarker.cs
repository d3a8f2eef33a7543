using LiteDB;
using SchoolSupport.Bot.Storage;

namespace SchoolSupport.Bot.Channels.Max;

/// <summary>
/// The long-polling marker, stored after the batch it confirms is committed: after a restart the bot asks
/// for what follows it (MAX answers a call without a marker with the latest update only).
/// </summary>
internal sealed class MaxMarker(Store store)
{
    private const string Key = "max.marker";
    private readonly ILiteCollection<ChannelState> items = store.Collection<ChannelState>("channel_state");

    public long? Load() => items.FindById(Key)?.Value;

    public void Save(long marker) => store.Write(() => items.Upsert(new ChannelState { Id = Key, Value = marker }));

    internal sealed class ChannelState
    {
        public string Id { get; set; } = "";
        public long Value { get; set; }
    }
}
