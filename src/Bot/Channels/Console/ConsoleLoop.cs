using System.Globalization;
using Microsoft.Extensions.Hosting;
using SchoolSupport.Bot.Delivery;
using SchoolSupport.Bot.Hosting;
using SchoolSupport.Bot.Storage;
using SchoolSupport.Domain.Messaging;

namespace SchoolSupport.Bot.Channels.Console;

/// <summary>
/// Reads the terminal: bot commands and text as a chat would send them, a number to press a button,
/// and a few console-only commands to play several people (/as, /who) and send files (/file).
/// </summary>
internal sealed class ConsoleLoop(
    ConsoleIo io,
    ConsoleChannel channel,
    ConsolePersonas personas,
    DemoSeed seed,
    Bootstrap bootstrap,
    UpdatePipeline pipeline,
    Outbox outbox,
    BotOptions limits,
    TimeProvider time,
    IHostApplicationLifetime lifetime) : BackgroundService
{
    private ConsolePersonas.Persona current = personas.GetOrAdd(ConsolePersonas.DemoCoordinatorName);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await Task.Yield();
        var demo = seed.Ensure();
        bootstrap.AddCoordinator(new ChannelUser(ConsoleChannel.ChannelName, ConsolePersonas.DemoCoordinatorId), demo.Coordinator.MunicipalityIds);
        channel.WriteLine(ConsoleTexts.Banner(current.Name));
        while (!stoppingToken.IsCancellationRequested)
        {
            string? line;
            try
            {
                line = await io.In.ReadLineAsync(stoppingToken);
            }
            catch (OperationCanceledException)
            {
                break;
            }
            if (line is null)
            {
                await DrainAsync(stoppingToken);
                lifetime.StopApplication();
                break;
            }
            if (Handle(line.Trim())) await DrainAsync(stoppingToken);
        }
    }

    /// <summary>Handles one typed line; true when it went to the bot (and a reply is on its way).</summary>
    private bool Handle(string line)
    {
        if (line.Length == 0) return false;
        if (line is "/quit" or "/exit")
        {
            lifetime.StopApplication();
            return false;
        }
        if (line.StartsWith("/as ", StringComparison.Ordinal))
        {
            current = personas.GetOrAdd(line[4..]);
            channel.WriteLine(ConsoleTexts.NowYouAre(current.Name, current.Id));
            return false;
        }
        if (line == "/who")
        {
            channel.WriteLine(ConsoleTexts.Personas(personas.All().Select(p => (p.Name, p.Id == current.Id))));
            return false;
        }
        Incoming? incoming = line switch
        {
            _ when line.StartsWith("/file ", StringComparison.Ordinal) => ReadFile(line[6..].Trim()),
            _ when int.TryParse(line, NumberStyles.None, CultureInfo.InvariantCulture, out var number) && channel.HasButtons(current.Id) => Press(number),
            _ when CommandText.TryParse(line, out var name, out var argument) => new CommandIn(name, argument),
            _ => new TextIn(line),
        };
        if (incoming is null) return false;
        incoming = incoming with { From = new ChannelUser(ConsoleChannel.ChannelName, current.Id), ChatId = current.Id, ProfileName = current.Name };
        pipeline.Process([new InboundUpdate($"console:{Guid.NewGuid():N}", incoming)], channel);
        return true;
    }

    private ButtonIn? Press(int number)
    {
        if (channel.ButtonFor(current.Id, number) is not { } found)
        {
            channel.WriteLine(ConsoleTexts.NoSuchButton(number));
            return null;
        }
        if (found.Button.Data is null)
        {
            channel.WriteLine(ConsoleTexts.Link(found.Button.Url ?? ""));
            return null;
        }
        return new ButtonIn(Guid.NewGuid().ToString("N"), found.Button.Data, found.MessageId);
    }

    private FileIn? ReadFile(string argument)
    {
        var (path, caption) = SplitPath(argument);
        if (!File.Exists(path))
        {
            channel.WriteLine(ConsoleTexts.NoFile(path));
            return null;
        }
        var size = new FileInfo(path).Length;
        var content = size <= limits.MaxFileBytes ? File.ReadAllBytes(path) : null;
        return new FileIn(Path.GetFileName(path), null, size, caption, content);
    }

    /// <summary>"/file "a b.csv" caption" or "/file a.csv caption".</summary>
    internal static (string Path, string? Caption) SplitPath(string argument)
    {
        if (argument.StartsWith('"') && argument.IndexOf('"', 1) is var end and > 0)
            return (argument[1..end], NullIfEmpty(argument[(end + 1)..].Trim()));
        var space = argument.IndexOf(' ', StringComparison.Ordinal);
        return space < 0 ? (argument, null) : (argument[..space], NullIfEmpty(argument[(space + 1)..].Trim()));
    }

    private static string? NullIfEmpty(string s) => s.Length == 0 ? null : s;

    /// <summary>
    /// Waits (up to 10 s) until the replies already queued are on the screen, so the next line sees them. Only replies
    /// due now count: a mailing scheduled for tomorrow or held by quiet hours must not stall the prompt.
    /// </summary>
    private async Task DrainAsync(CancellationToken ct)
    {
        for (var i = 0; i < 500 && outbox.DueReplies(time.GetUtcNow().UtcDateTime, 1).Count > 0 && !ct.IsCancellationRequested; i++)
        {
            try { await Task.Delay(20, ct); } catch (OperationCanceledException) { return; }
        }
    }
}
