using Microsoft.Extensions.Hosting;
using SchoolSupport.Bot.Hosting;

// The school-support bot: Telegram when a token is configured, otherwise the local console channel.
try
{
    using var host = BotApp.Build(args);
    await host.RunAsync();
    return 0;
}
catch (InvalidOperationException e)
{
    // Configuration and start-up problems are explained, not dumped as a stack trace.
    await Console.Error.WriteLineAsync(e.Message);
    return 2;
}
