using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using SchoolSupport.Bot.Channels.Console;
using SchoolSupport.Bot.Channels.Max;
using SchoolSupport.Bot.Delivery;
using SchoolSupport.Bot.Hosting;

namespace SchoolSupport.Bot.Tests.Hosting;

public sealed class MaxConfigurationTests : IDisposable
{
    private const string MaxToken = "f9LHodD0cOKd7b1YbmKn_max-token-0123456789";
    private const string TelegramToken = "1234567:AAHk_valid-looking-key-0123456789";
    private readonly string dataDirectory = Path.Combine(Path.GetTempPath(), "schoolbot-tests", Guid.NewGuid().ToString("N"));

    [Theory]
    [InlineData("short")]
    [InlineData("has spaces in the middle of it")]
    public void A_malformed_MAX_token_stops_the_start_and_the_message_names_the_setting_but_not_the_token(string token)
    {
        var error = Assert.Throws<InvalidOperationException>(() => Build(new() { ["Max:Token"] = token }));

        Assert.Contains("Max:Token", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(token, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void MAX_webhook_mode_without_an_address_and_a_secret_explains_both_without_echoing_the_token()
    {
        var error = Assert.Throws<InvalidOperationException>(() => Build(new() { ["Max:Token"] = MaxToken, ["Max:Mode"] = "Webhook" }));

        Assert.Contains("Max:WebhookUrl", error.Message, StringComparison.Ordinal);
        Assert.Contains("Max:WebhookSecret", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(MaxToken, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unknown_mode_a_bad_api_address_and_a_bad_coordinator_id_are_all_named()
    {
        var error = Assert.Throws<InvalidOperationException>(() => Build(new()
        {
            ["Max:Token"] = MaxToken,
            ["Max:Mode"] = "Push",
            ["Max:ApiBaseUrl"] = "platform-api.max.ru",
            ["Max:Coordinators"] = "12,abc",
        }));

        Assert.Contains("Max:Mode", error.Message, StringComparison.Ordinal);
        Assert.Contains("Max:ApiBaseUrl", error.Message, StringComparison.Ordinal);
        Assert.Contains("«abc»", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void With_both_tokens_one_process_runs_Telegram_and_MAX_and_no_console()
    {
        using var host = Build(new() { ["Telegram:Token"] = TelegramToken, ["Max:Token"] = MaxToken, ["Max:Coordinators"] = "42" });

        Assert.Equal(["max", "telegram"], host.Services.GetServices<IChannel>().Select(c => c.Name).Order().ToArray());
        Assert.Equal(MaxOptions.PublicApi, host.Services.GetRequiredService<MaxOptions>().ApiBaseUrl);
        Assert.Equal([42L], host.Services.GetRequiredService<MaxOptions>().Coordinators);
    }

    [Fact]
    public void With_only_a_MAX_token_the_bot_runs_in_MAX_alone()
    {
        using var host = Build(new() { ["Max:Token"] = MaxToken, ["Max:Mode"] = "Webhook", ["Max:WebhookUrl"] = "https://bot.example.org/max/hook", ["Max:WebhookSecret"] = "a-long-enough-secret_0123456789" });

        Assert.Equal("max", Assert.Single(host.Services.GetServices<IChannel>()).Name);
        Assert.Equal(MaxMode.Webhook, host.Services.GetRequiredService<MaxOptions>().Mode);
    }

    [Fact]
    public void Without_tokens_the_console_runs_as_before()
    {
        using var host = Build([]);

        Assert.Equal("console", Assert.Single(host.Services.GetServices<IChannel>()).Name);
    }

    [Fact]
    public void MAX_gets_its_own_pace_in_the_delivery_engine()
    {
        using var host = Build(new() { ["Delivery:Max:GlobalPerSecond"] = "20", ["Delivery:GlobalPerSecond"] = "28" });
        var delivery = host.Services.GetRequiredService<DeliveryOptions>();

        Assert.Equal(20, delivery.LimitsFor("max").GlobalPerSecond);
        Assert.Equal(28, delivery.LimitsFor("telegram").GlobalPerSecond);
        var error = Assert.Throws<InvalidOperationException>(() => Build(new() { ["Delivery:Max:GlobalPerSecond"] = "fast" }));
        Assert.Contains("Delivery:Max:GlobalPerSecond", error.Message, StringComparison.Ordinal);
    }

    public void Dispose()
    {
        try { Directory.Delete(dataDirectory, recursive: true); } catch (DirectoryNotFoundException) { } catch (IOException) { }
    }

    private IHost Build(Dictionary<string, string?> settings)
    {
        var all = new Dictionary<string, string?> { ["Telegram:Token"] = "", ["Max:Token"] = "", ["Storage:DataDirectory"] = dataDirectory };
        foreach (var (key, value) in settings) all[key] = value;
        return BotApp.Build([], TimeProvider.System, c => c.AddInMemoryCollection(all),
            s => s.AddSingleton(new ConsoleIo(TextReader.Null, TextWriter.Null)));
    }
}
