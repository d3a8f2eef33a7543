using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using SchoolSupport.Bot.Channels.Console;
using SchoolSupport.Bot.Features.Reviews;
using SchoolSupport.Bot.Hosting;

namespace SchoolSupport.Bot.Tests.Reviews;

public sealed class ReviewOptionsTests : IDisposable
{
    private readonly string dataDirectory = Path.Combine(Path.GetTempPath(), "schoolbot-tests", Guid.NewGuid().ToString("N"));

    [Theory]
    [InlineData(null, null, 20L * 1024 * 1024)]
    [InlineData("1000", null, 1000L)]
    [InlineData("50000000", null, 20L * 1024 * 1024)]
    [InlineData("50000000", "30000000", 30000000L)]
    [InlineData("5000", "3000", 3000L)]
    public void The_limit_defaults_to_20_MB_and_is_capped_by_Bot_MaxFileBytes(string? reviews, string? bot, long expected)
    {
        var config = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Reviews:MaxFileBytes"] = reviews,
            ["Bot:MaxFileBytes"] = bot,
        }).Build();

        var options = ReviewOptions.Read(config, config.GetValue("Bot:MaxFileBytes", 20L * 1024 * 1024), out var errors);

        Assert.Empty(errors);
        Assert.Equal(expected, options.MaxFileBytes);
    }

    [Theory]
    [InlineData("0")]
    [InlineData("-5")]
    [InlineData("3000000000")]
    public void A_bad_limit_stops_the_start_and_names_the_setting(string value)
    {
        var error = Assert.Throws<InvalidOperationException>(() => BotApp.Build([], TimeProvider.System,
            c => c.AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["Telegram:Token"] = "",
                ["Storage:DataDirectory"] = dataDirectory,
                ["Reviews:MaxFileBytes"] = value,
            }),
            s => s.AddSingleton(new ConsoleIo(TextReader.Null, TextWriter.Null))));

        Assert.Contains("Reviews:MaxFileBytes", error.Message, StringComparison.Ordinal);
    }

    public void Dispose()
    {
        try { Directory.Delete(dataDirectory, recursive: true); } catch (DirectoryNotFoundException) { }
    }
}
