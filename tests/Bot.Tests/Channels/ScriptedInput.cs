using System.Threading.Channels;

namespace SchoolSupport.Bot.Tests.Channels;

/// <summary>A terminal keyboard the test types into: ReadLineAsync waits for the next line; <see cref="EndOfInput"/> is end of input.</summary>
internal sealed class ScriptedInput : TextReader
{
    private readonly Channel<string> lines = Channel.CreateUnbounded<string>(new UnboundedChannelOptions { SingleReader = true });

    public void Type(string line)
    {
        if (!lines.Writer.TryWrite(line)) throw new InvalidOperationException("The input is already closed.");
    }

    /// <summary>End of stream, as when the terminal's input is closed (Ctrl+D).</summary>
    public void EndOfInput() => lines.Writer.TryComplete();

    public override async ValueTask<string?> ReadLineAsync(CancellationToken cancellationToken)
    {
        try
        {
            return await lines.Reader.ReadAsync(cancellationToken);
        }
        catch (ChannelClosedException)
        {
            return null;
        }
    }

    public override Task<string?> ReadLineAsync() => ReadLineAsync(CancellationToken.None).AsTask();

    public override string? ReadLine() => ReadLineAsync(CancellationToken.None).AsTask().GetAwaiter().GetResult();
}
