namespace SchoolSupport.Bot.Channels.Console;

/// <summary>The terminal the local channel talks to; tests pass their own reader and writer.</summary>
internal sealed record ConsoleIo(TextReader In, TextWriter Out);
