using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Time.Testing;
using SchoolSupport.Bot.Channels.Console;
using SchoolSupport.Bot.Hosting;

namespace SchoolSupport.Bot.Tests.Channels;

/// <summary>The real host in local console mode (no Telegram token), driven through its input and output streams.</summary>
internal sealed partial class ConsoleSession : IAsyncDisposable
{
    public static readonly DateTimeOffset Start = new(2026, 11, 26, 7, 0, 0, TimeSpan.Zero);

    private ConsoleSession(IHost host, ScriptedInput input, RecordingOutput output, string dataDirectory, FakeTimeProvider time)
    {
        Host = host;
        Input = input;
        Output = output;
        DataDirectory = dataDirectory;
        Time = time;
    }

    public IHost Host { get; }
    public ScriptedInput Input { get; }
    public RecordingOutput Output { get; }
    public string DataDirectory { get; }
    public FakeTimeProvider Time { get; }

    public static IHost Build(string dataDirectory, TimeProvider time, ScriptedInput input, RecordingOutput output) =>
        BotApp.Build([], time,
            c => c.AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["Telegram:Token"] = "",
                ["Storage:DataDirectory"] = dataDirectory,
            }),
            s => s.AddSingleton(new ConsoleIo(input, output)));

    /// <summary>Builds and starts the host; does not wait for the banner.</summary>
    public static async Task<ConsoleSession> StartAsync()
    {
        var dir = Path.Combine(Path.GetTempPath(), "schoolbot-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(dir);
        var time = new FakeTimeProvider(Start);
        var input = new ScriptedInput();
        var output = new RecordingOutput();
        var host = Build(dir, time, input, output);
        await host.StartAsync();
        return new ConsoleSession(host, input, output, dir, time);
    }

    public T Get<T>() where T : notnull => Host.Services.GetRequiredService<T>();

    /// <summary>Types a line and waits until the console shows <paramref name="expect"/>; returns everything shown since.</summary>
    public Task<string> Type(string line, string expect)
    {
        var mark = Output.Length;
        Input.Type(line);
        return Output.WaitForAsync(mark, expect);
    }

    /// <summary>The number printed before the last button whose text contains <paramref name="button"/> in <paramref name="screen"/>.</summary>
    public static int NumberOf(string screen, string button)
    {
        var found = ButtonLine().Matches(screen).LastOrDefault(m => m.Groups["text"].Value.Contains(button, StringComparison.Ordinal))
            ?? throw new InvalidOperationException($"No numbered button «{button}» on the screen:\n{screen}");
        return int.Parse(found.Groups["n"].Value, CultureInfo.InvariantCulture);
    }

    /// <summary>Presses a button by typing its number.</summary>
    public Task<string> Press(string screen, string button, string expect) =>
        Type(NumberOf(screen, button).ToString(CultureInfo.InvariantCulture), expect);

    public async ValueTask DisposeAsync()
    {
        try
        {
            using var stop = new CancellationTokenSource(TimeSpan.FromSeconds(30));
            await Host.StopAsync(stop.Token);
        }
        finally
        {
            Host.Dispose();
            Input.Dispose();
            await Output.DisposeAsync();
            try { Directory.Delete(DataDirectory, recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
        }
    }

    [GeneratedRegex(@"^\s*\[(?<n>\d+)\] (?<text>.*)$", RegexOptions.Multiline)]
    private static partial Regex ButtonLine();
}
