using System.Diagnostics;
using SchoolSupport.Bot.Hosting;
using SchoolSupport.TestBotApi;
using SchoolSupport.TestMaxApi;

namespace SchoolSupport.Bot.Tests.Durability;

/// <summary>The bot as a separate OS process, so a test can kill it with SIGKILL like a crash would.</summary>
internal sealed class BotProcess : IDisposable
{
    private readonly Process process;

    private BotProcess(Process process) => this.process = process;

    public static BotProcess Start(TestBotApiServer api, string dataDirectory, long coordinatorId) =>
        Start(dataDirectory, new()
        {
            ["Telegram__Token"] = api.Token,
            ["Telegram__ApiBaseUrl"] = api.BaseUrl,
            ["Bot__Coordinators"] = coordinatorId.ToString(System.Globalization.CultureInfo.InvariantCulture),
        });

    /// <summary>The bot in MAX only.</summary>
    public static BotProcess Start(TestMaxApiServer max, string dataDirectory, long coordinatorId) =>
        Start(dataDirectory, new()
        {
            ["Telegram__Token"] = "",
            ["Max__Token"] = max.Token,
            ["Max__ApiBaseUrl"] = max.BaseUrl,
            ["Max__Coordinators"] = coordinatorId.ToString(System.Globalization.CultureInfo.InvariantCulture),
        });

    private static BotProcess Start(string dataDirectory, Dictionary<string, string> environment)
    {
        var testBin = AppContext.BaseDirectory;
        var botBin = testBin.Replace(Path.Combine("tests", "Bot.Tests"), Path.Combine("src", "Bot"), StringComparison.Ordinal);
        var dll = Path.Combine(botBin, "SchoolSupport.Bot.dll");
        if (!File.Exists(dll)) dll = typeof(BotApp).Assembly.Location;
        var info = new ProcessStartInfo("dotnet", [dll])
        {
            WorkingDirectory = Path.GetDirectoryName(dll)!,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
        };
        foreach (var (key, value) in environment) info.Environment[key] = value;
        info.Environment["Storage__DataDirectory"] = dataDirectory;
        var p = Process.Start(info) ?? throw new InvalidOperationException("Could not start the bot process.");
        p.OutputDataReceived += (_, _) => { };
        p.ErrorDataReceived += (_, _) => { };
        p.BeginOutputReadLine();
        p.BeginErrorReadLine();
        return new BotProcess(p);
    }

    /// <summary>SIGKILL: no shutdown code runs, exactly like a crash or kill -9.</summary>
    public void Kill()
    {
        process.Kill(entireProcessTree: true);
        process.WaitForExit(30_000);
    }

    public void Dispose()
    {
        if (!process.HasExited) Kill();
        process.Dispose();
    }
}
