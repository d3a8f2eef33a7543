using System.Diagnostics;
using System.Globalization;
using SchoolSupport.Bot.Hosting;
using SchoolSupport.TestBotApi;

namespace SchoolSupport.Bot.Tests.Delivery;

/// <summary>The bot as a separate OS process with extra settings (environment variables), killable with SIGKILL.</summary>
internal sealed class ChildBot : IDisposable
{
    private readonly Process process;

    private ChildBot(Process process) => this.process = process;

    public static ChildBot Start(TestBotApiServer api, string dataDirectory, IReadOnlyDictionary<string, string> settings)
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
        info.Environment["Telegram__Token"] = api.Token;
        info.Environment["Telegram__ApiBaseUrl"] = api.BaseUrl;
        info.Environment["Storage__DataDirectory"] = dataDirectory;
        info.Environment["Bot__Coordinators"] = DeliveryPeople.Sender.ToString(CultureInfo.InvariantCulture);
        foreach (var (key, value) in settings) info.Environment[key] = value;
        var p = Process.Start(info) ?? throw new InvalidOperationException("Could not start the bot process.");
        p.OutputDataReceived += (_, _) => { };
        p.ErrorDataReceived += (_, _) => { };
        p.BeginOutputReadLine();
        p.BeginErrorReadLine();
        return new ChildBot(p);
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
