using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using SchoolSupport.Bot.Channels.Console;
using SchoolSupport.Bot.Hosting;
using SchoolSupport.Bot.Storage;
using SchoolSupport.Bot.Tests.Channels;
using SchoolSupport.Bot.Tests.Harness;

namespace SchoolSupport.Bot.Tests.Hosting;

public sealed class ConfigurationTests : IDisposable
{
    private const string ValidToken = "1234567:AAHk_valid-looking-key-0123456789";
    private readonly string dataDirectory = Path.Combine(Path.GetTempPath(), "schoolbot-tests", Guid.NewGuid().ToString("N"));

    [Theory]
    [InlineData("not-a-token")]
    [InlineData("1234567:short")]
    [InlineData("1234567:Secret/Key+With-Wrong_Characters")]
    public void A_malformed_token_stops_the_start_and_the_message_names_the_setting_but_not_the_token(string token)
    {
        var error = Assert.Throws<InvalidOperationException>(() => Build(new() { ["Telegram:Token"] = token }));

        Assert.Contains("Telegram:Token", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(token, error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(token.Split(':')[^1], error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Webhook_mode_without_an_address_and_a_secret_explains_both()
    {
        var error = Assert.Throws<InvalidOperationException>(() => Build(new()
        {
            ["Telegram:Token"] = ValidToken,
            ["Telegram:Mode"] = "Webhook",
        }));

        Assert.Contains("Telegram:WebhookUrl", error.Message, StringComparison.Ordinal);
        Assert.Contains("Telegram:WebhookSecret", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(ValidToken.Split(':')[1], error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Webhook_mode_with_a_plain_http_address_and_a_short_secret_is_refused_without_echoing_the_secret()
    {
        const string secret = "tiny-secret";
        var error = Assert.Throws<InvalidOperationException>(() => Build(new()
        {
            ["Telegram:Token"] = ValidToken,
            ["Telegram:Mode"] = "Webhook",
            ["Telegram:WebhookUrl"] = "http://bot.example.org/tg/hook",
            ["Telegram:WebhookSecret"] = secret,
        }));

        Assert.Contains("Telegram:WebhookUrl", error.Message, StringComparison.Ordinal);
        Assert.Contains("https://", error.Message, StringComparison.Ordinal);
        Assert.Contains("Telegram:WebhookSecret", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(secret, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_complete_webhook_configuration_builds()
    {
        using var host = Build(new()
        {
            ["Telegram:Token"] = ValidToken,
            ["Telegram:Mode"] = "Webhook",
            ["Telegram:WebhookUrl"] = "https://bot.example.org/tg/hook",
            ["Telegram:WebhookSecret"] = "a-long-enough-secret_0123456789",
        });

        Assert.Equal(TelegramMode.Webhook, host.Services.GetRequiredService<TelegramOptions>().Mode);
    }

    [Fact]
    public void An_unknown_time_zone_is_named_in_the_error()
    {
        var error = Assert.Throws<InvalidOperationException>(() => Build(new() { ["Bot:TimeZone"] = "Mars/Olympus_Mons" }));

        Assert.Contains("Bot:TimeZone", error.Message, StringComparison.Ordinal);
        Assert.Contains("Mars/Olympus_Mons", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("1, 2")]
    [InlineData("1,2")]
    [InlineData("1;2")]
    public void Coordinators_bind_from_one_comma_separated_value(string value)
    {
        using var host = Build(new() { ["Bot:Coordinators"] = value });

        Assert.Equal([1L, 2L], host.Services.GetRequiredService<BotOptions>().Coordinators);
    }

    [Fact]
    public void Coordinators_bind_from_the_array_form_of_environment_variables()
    {
        using var host = Build(new() { ["Bot:Coordinators:0"] = "1", ["Bot:Coordinators:1"] = "2" });

        Assert.Equal([1L, 2L], host.Services.GetRequiredService<BotOptions>().Coordinators);
    }

    [Theory]
    [InlineData("abc")]
    [InlineData("1, abc")]
    public void A_coordinator_id_that_is_not_a_number_is_refused_clearly(string value)
    {
        var error = Assert.Throws<InvalidOperationException>(() => Build(new() { ["Bot:Coordinators"] = value }));

        Assert.Contains("Bot:Coordinators", error.Message, StringComparison.Ordinal);
        Assert.Contains("«abc»", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_negative_coordinator_id_is_refused()
    {
        var error = Assert.Throws<InvalidOperationException>(() => Build(new() { ["Bot:Coordinators"] = "-5" }));

        Assert.Contains("Bot:Coordinators", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_data_directory_that_cannot_be_created_is_named_in_the_error()
    {
        Directory.CreateDirectory(dataDirectory);
        var file = Path.Combine(dataDirectory, "a-regular-file");
        File.WriteAllText(file, "not a folder");

        var error = Assert.Throws<InvalidOperationException>(() => Build(new() { ["Storage:DataDirectory"] = Path.Combine(file, "data") }));

        Assert.Contains("Storage:DataDirectory", error.Message, StringComparison.Ordinal);
        Assert.Contains(file, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_second_instance_on_the_same_data_directory_fails_to_start_while_the_first_runs()
    {
        await using var bot = await BotHarness.StartAsync();
        using var input = new ScriptedInput();
        await using var output = new RecordingOutput();

        using (var second = ConsoleSession.Build(bot.DataDirectory, TimeProvider.System, input, output))
        {
            var error = await Assert.ThrowsAsync<InvalidOperationException>(() => second.StartAsync());
            Assert.Contains("уже открыт другим запущенным экземпляром", error.Message, StringComparison.Ordinal);
            Assert.Contains("Storage:DataDirectory", error.Message, StringComparison.Ordinal);
        }

        // The first one is unharmed and still answers.
        await bot.User(555).Says("/start", "Бот работает по приглашениям");

        // Once it stops, the data directory can be opened again.
        await bot.StopHostAsync();
        using (var third = ConsoleSession.Build(bot.DataDirectory, TimeProvider.System, input, output))
        {
            Assert.NotNull(third.Services.GetRequiredService<Store>());
        }
        await bot.StartHostAsync();
    }

    public void Dispose()
    {
        try { Directory.Delete(dataDirectory, recursive: true); } catch (DirectoryNotFoundException) { } catch (IOException) { }
    }

    private IHost Build(Dictionary<string, string?> settings)
    {
        var all = new Dictionary<string, string?> { ["Telegram:Token"] = "", ["Storage:DataDirectory"] = dataDirectory };
        foreach (var (key, value) in settings) all[key] = value;
        return BotApp.Build([], TimeProvider.System, c => c.AddInMemoryCollection(all),
            s => s.AddSingleton(new ConsoleIo(TextReader.Null, TextWriter.Null)));
    }
}
