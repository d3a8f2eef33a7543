using Telegram.Bot.Types;

namespace SchoolSupport.TestBotApi.Internal;

/// <summary>Everything the server keeps; each part has its own lock and pulses <see cref="Signal"/> on changes.</summary>
internal sealed class ServerState
{
    public ServerState(User bot, TimeProvider clock)
    {
        Bot = bot;
        Clock = clock;
        Signal = new ChangeSignal();
        Updates = new UpdateQueue(Signal);
        Chats = new ChatStore(bot, Signal, clock);
        Files = new FileStore();
        Commands = new CommandStore(Signal);
        Log = new CallLog(Signal);
        Faults = new FaultBox();
        Gate = new SendGate(clock);
    }

    public User Bot { get; }

    public TimeProvider Clock { get; }

    public ChangeSignal Signal { get; }

    public UpdateQueue Updates { get; }

    public ChatStore Chats { get; }

    public FileStore Files { get; }

    public CommandStore Commands { get; }

    public CallLog Log { get; }

    public FaultBox Faults { get; }

    public SendGate Gate { get; }
}
